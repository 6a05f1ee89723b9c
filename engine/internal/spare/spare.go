// Package spare keeps things built ahead, while a host has nothing else to
// do, for a run to take instead of building them in its own time: each is
// handed out once, so a run gets one exactly as fresh as if built for it.
package spare

import "sync"

// MaxWaiting bounds what Fill keeps waiting in one pool.
const MaxWaiting = 16

// Pool holds spare Ts.
type Pool[T any] struct {
	mu    sync.Mutex
	items []T
	asked int // Gets since the last Fill
	want  int // Gets between the last two Fills: what the next busy spell will ask, likely
}

// Get takes a spare, if one is waiting.
func (p *Pool[T]) Get() (t T, ok bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.asked++
	if n := len(p.items); n > 0 {
		t, ok = p.items[n-1], true
		p.items = p.items[:n-1]
	}
	return t, ok
}

// Fill builds one spare with make when fewer wait than the last busy spell
// asked for, and reports whether it did.
func (p *Pool[T]) Fill(make func() (T, bool)) bool {
	p.mu.Lock()
	if p.asked > 0 {
		p.want, p.asked = min(p.asked, MaxWaiting), 0
	}
	short := len(p.items) < p.want
	p.mu.Unlock()
	if !short {
		return false
	}
	t, ok := make()
	if !ok {
		return false
	}
	p.mu.Lock()
	p.items = append(p.items, t)
	p.mu.Unlock()
	return true
}
