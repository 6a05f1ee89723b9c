// Package budget names the limits a run stops at. Every budget error
// matches errors.Is(err, budget.Err); errors.Is(err, budget.Time) and the
// other kinds tell which limit was hit.
package budget

import "errors"

// Err matches every budget error.
var Err = errors.New("run budget exceeded")

// Kind is one limit of a run.
type Kind uint8

const (
	Time   Kind = iota + 1 // wall clock
	Steps                  // interpreter steps
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
