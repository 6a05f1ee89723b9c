// Package engine is cascadelab's facade: run a SQLAlchemy script on real
// SQLite and get back what SQLAlchemy 2.0 would have done, or run every
// cascade variant of a model. The browser, the CLI, the worker and the tests
// all call these functions; a user's mistake comes back as data
// (diagnostics, a Python exception), never as a Go error.
package engine

import (
	"cascadelab/engine/internal/budget"
	"cascadelab/engine/internal/script"
	"cascadelab/engine/internal/trace"
	"cascadelab/engine/internal/variant"
)

// SQLAlchemyVersion is the version whose behaviour the engine reproduces.
const SQLAlchemyVersion = script.SQLAlchemyVersion

type (
	// File is one input script.
	File = script.File
	// Options bound a run.
	Options = script.Options
	// Result is everything a run produced.
	Result = script.Result
	// Exception is the script's uncaught Python exception.
	Exception = script.Exception
)

// ErrBudget matches, with errors.Is, an exception raised because the run
// went over one of its budgets; the Budget kinds tell which.
var ErrBudget = budget.Err

// The budgets a run can go over, each matching ErrBudget.
const (
	BudgetTime   = budget.Time
	BudgetSteps  = budget.Steps
	BudgetMemory = budget.Memory
	BudgetRows   = budget.Rows
)

// Run parses and executes the script.
func Run(f File, opts Options) Result { return script.Run(f, opts) }

// EchoLog is the run's SQL as echo=True logs it, without timings.
func EchoLog(r Result) string { return trace.EchoLog(r.Trace.Statements) }

type (
	// VariantOptions shape the scenario the variants run.
	VariantOptions = variant.Options
	// Matrix is every variant's result.
	Matrix = variant.Matrix
	// Variant is one row of the matrix.
	Variant = variant.Variant
)

// Variants runs every cascade variant of the models (or whole script) in f.
func Variants(f File, opts VariantOptions) *Matrix { return variant.Run(f, opts) }
