//go:build !unix

package interp

import "time"

var started = time.Now()

// cpuTime is the time since the tests began where the process's CPU time
// cannot be read (js/wasm, whose one thread runs nothing else).
func cpuTime() time.Duration { return time.Since(started) }

// cpuTimeKnown is false: cpuTime is the clock's, which a busy machine
// stretches, so a bound on it is checked only where it is the CPU's.
const cpuTimeKnown = false
