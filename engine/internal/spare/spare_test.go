package spare

import "testing"

func TestPool(t *testing.T) {
	var p Pool[*int]
	made := 0
	mk := func() (*int, bool) { made++; n := made; return &n, true }
	if p.Fill(mk) {
		t.Fatal("filled before anything was asked")
	}
	for range 3 {
		if _, ok := p.Get(); ok {
			t.Fatal("got a spare from an empty pool")
		}
	}
	for p.Fill(mk) {
	}
	if made != 3 {
		t.Fatalf("made %d spares for a spell that asked 3", made)
	}
	seen := map[*int]bool{}
	for range 3 {
		x, ok := p.Get()
		if !ok || seen[x] {
			t.Fatalf("Get = %v, %v: each spare is handed out once", x, ok)
		}
		seen[x] = true
	}
	if _, ok := p.Get(); ok {
		t.Fatal("a fourth spare from a pool of three")
	}
	for p.Fill(mk) {
	}
	if made != 7 {
		t.Fatalf("made %d in all, want 7 (the last spell asked 4)", made)
	}
	for range 3 * MaxWaiting {
		p.Get()
	}
	for p.Fill(mk) {
	}
	if made != 7+MaxWaiting {
		t.Fatalf("made %d in all, want %d (at most MaxWaiting wait)", made, 7+MaxWaiting)
	}
	if p.Fill(func() (*int, bool) { return nil, false }) {
		t.Fatal("a failed make counted as a spare")
	}
}
