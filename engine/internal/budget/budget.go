// Package budget names the limits a run stops at. Every budget error
// matches errors.Is(err, budget.Err); errors.Is(err, budget.Time) and the
// other kinds tell which limit was hit.
package budget

import (
	"context"
	"errors"
	"sync/atomic"
	"time"
)

// Err matches every budget error.
var Err = errors.New("run budget exceeded")

// Kind is one limit of a run.
type Kind uint8

const (
	Time   Kind = iota + 1 // wall clock
	Steps                  // interpreter steps and SQLite instructions (Meter)
	Memory                 // items in one collection or string
	Rows                   // rows one statement returns
)

var kindNames = [...]string{Time: "time", Steps: "step", Memory: "memory", Rows: "row"}

func (k Kind) Error() string { return kindNames[k] + " budget exceeded" }

// Is makes every kind match Err.
func (k Kind) Is(target error) bool { return target == Err }

// Exceeded is a budget error with the message the user reads.
type Exceeded struct {
	Kind Kind
	Msg  string
}

func (e *Exceeded) Error() string { return e.Msg }

func (e *Exceeded) Unwrap() error { return e.Kind }

// Meter counts one run's work against its step budget: the interpreter's
// statements and calls and SQLite's virtual machine instructions, one
// step each. Unlike the clock it stops a runaway at the same point on an
// idle and on a busy machine. A run is one goroutine: a Meter is not safe
// for concurrent use.
type Meter struct {
	Used, Max int64
}

// Over reports whether the run went over its budget.
func (m *Meter) Over() bool { return m.Used > m.Max }

type meterKey struct{}

// WithMeter carries m in ctx, for the phases a run's context reaches
// (the databases) to charge their work to it.
func WithMeter(ctx context.Context, m *Meter) context.Context {
	return context.WithValue(ctx, meterKey{}, m)
}

// MeterOf is the Meter ctx carries, or nil.
func MeterOf(ctx context.Context) *Meter {
	m, _ := ctx.Value(meterKey{}).(*Meter)
	return m
}

// clock is a context whose deadline is checked against the clock on its
// Err calls. In WebAssembly (the browser, the Worker) a busy run never lets
// the runtime fire a timer, so a plain WithTimeout context would never end
// a loop inside the interpreter or inside SQLite. It reads the clock on one
// call in clockEvery: SQLite asks before each step and every 1000
// instructions, and in WebAssembly reading the clock is two calls out to
// JavaScript (3 % of a matrix's time in V8 when read on every call).
type clock struct {
	context.Context
	deadline time.Time
	calls    atomic.Uint32
	over     atomic.Bool // once the deadline has passed, Err says so on every call
}

const clockEvery = 16

// WithTimeout is context.WithTimeout whose Err reads the clock, so that it
// ends a busy run in WebAssembly too.
func WithTimeout(d time.Duration) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	dl, _ := ctx.Deadline()
	return &clock{Context: ctx, deadline: dl}, cancel
}

func (b *clock) Err() error {
	if err := b.Context.Err(); err != nil {
		return err
	}
	if !b.over.Load() && (b.calls.Add(1)%clockEvery != 0 || !time.Now().After(b.deadline)) {
		return nil
	}
	b.over.Store(true)
	return context.DeadlineExceeded
}
