package interp

import (
	"runtime"
	"runtime/metrics"
	"sync/atomic"
)

// running counts the runs under way in this process: the variants of a
// matrix run side by side, and a server serves several requests.
var running atomic.Int64

// liveHeap is the Go heap's live bytes as the last collection marked them.
func liveHeap() int64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return int64(s[0].Value.Uint64())
}

// heapBase is the least known upper bound of the live heap now, without
// a collection: the live bytes the last one marked (some may have died
// since) or every object allocated and not yet swept (garbage included).
// It is above what is live by at most what died since the last collection:
// a run's budget is that much more lenient, never stricter.
func heapBase() int64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return int64(min(s[0].Value.Uint64(), s[1].Value.Uint64()))
}

// fits charges n bytes the run is about to create or keep and reports
// whether what the run keeps stays within its memory budget. The charges
// count garbage too: a loop making a million short strings creates more
// than the budget and keeps almost none of it, as CPython would run it.
// So once they pass the budget, a collection measures what is kept: the
// live heap's growth since the run began, all runs under way sharing the
// budget's multiple. The next measure comes after another quarter of the
// budget at least, so a run keeping close to its budget does not collect
// at every charge.
func (th *Thread) fits(n int64) bool {
	th.mem += n
	if th.mem <= th.opts.MaxMemory {
		return true
	}
	runtime.GC()
	runs := running.Load()
	kept := (liveHeap() - th.base) / max(runs, 1)
	if kept+n > th.opts.MaxMemory {
		return false
	}
	th.mem = max(kept+n, th.opts.MaxMemory*3/4)
	return true
}
