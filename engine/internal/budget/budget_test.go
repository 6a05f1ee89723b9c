package budget

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"
)

func TestIs(t *testing.T) {
	err := fmt.Errorf("wrapped: %w", &Exceeded{Kind: Rows, Msg: "too many rows"})
	for _, c := range []struct {
		target error
		want   bool
	}{{Err, true}, {Rows, true}, {Time, false}, {Steps, false}, {errors.New("run budget exceeded"), false}} {
		if got := errors.Is(err, c.target); got != c.want {
			t.Errorf("errors.Is(%v, %v) = %v, want %v", err, c.target, got, c.want)
		}
	}
	if errors.Is(errors.New("other"), Err) {
		t.Error("a plain error matched Err")
	}
}

func TestMessages(t *testing.T) {
	for _, c := range []struct {
		err  error
		want string
	}{
		{Time, "time budget exceeded"},
		{Steps, "step budget exceeded"},
		{Memory, "memory budget exceeded"},
		{Rows, "row budget exceeded"},
		{&Exceeded{Kind: Memory, Msg: "the script built a list of more than 10000000 items"}, "the script built a list of more than 10000000 items"},
	} {
		if got := c.err.Error(); got != c.want {
			t.Errorf("Error() = %q, want %q", got, c.want)
		}
	}
}

func TestMeter(t *testing.T) {
	if MeterOf(context.Background()) != nil {
		t.Error("a context without a meter has one")
	}
	m := &Meter{Max: 2}
	ctx, cancel := context.WithCancel(WithMeter(context.Background(), m))
	defer cancel()
	if MeterOf(ctx) != m {
		t.Error("the meter is lost under a derived context")
	}
	for used, over := range []bool{false, false, false, true} {
		if m.Used = int64(used); m.Over() != over {
			t.Errorf("%d of %d: Over() = %v", used, m.Max, !over)
		}
	}
}

// A busy run that never yields still sees its time run out: Err reads the
// clock (in wasm the timer of a plain context never fires meanwhile).
func TestWithTimeout(t *testing.T) {
	start := time.Now() // before the deadline is set, so it cannot be later than it
	ctx, cancel := WithTimeout(20 * time.Millisecond)
	defer cancel()
	for ctx.Err() == nil {
		if time.Since(start) > 10*time.Second {
			t.Fatal("never ran out")
		}
	}
	if ctx.Err() != context.DeadlineExceeded || time.Since(start) < 20*time.Millisecond {
		t.Errorf("%v after %v", ctx.Err(), time.Since(start))
	}
}
