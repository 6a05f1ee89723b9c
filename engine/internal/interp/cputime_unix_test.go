//go:build unix

package interp

import (
	"syscall"
	"time"
)

// cpuTime is the process's CPU time: a bound on it holds on a busy machine,
// where wall-clock time does not.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// cpuTimeKnown is true: cpuTime is the CPU's own.
const cpuTimeKnown = true
