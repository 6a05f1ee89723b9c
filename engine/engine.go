// Package engine is cascadelab's facade: run a SQLAlchemy script on real
// SQLite and get back what SQLAlchemy 2.0 would have done, or run every
// cascade variant of a model. The browser, the CLI, the worker and the tests
// all call these functions; a user's mistake comes back as data
// (diagnostics, a Python exception), never as a Go error.
//
// The types here are the facade's own: the phases under internal/ convert
// into them (see convert.go), so nothing a caller holds reaches back into
// the engine, and positions are already in the units the callers count in.
package engine

import (
	"fmt"
	"time"

	"cascadelab/engine/internal/budget"
	"cascadelab/engine/internal/sa"
	"cascadelab/engine/internal/script"
	"cascadelab/engine/internal/store"
	"cascadelab/engine/internal/trace"
	"cascadelab/engine/internal/variant"
)

// SQLAlchemyVersion is the version whose behaviour the engine reproduces.
const SQLAlchemyVersion = script.SQLAlchemyVersion

// File is one input script.
type File struct {
	Name string
	Text string
}

// Options bound a run (for Variants, Timeout bounds the whole matrix); a
// zero field takes the engine's default.
type Options struct {
	MaxSteps  int64         // interpreter steps and SQLite instructions; 0 means 5,000,000
	MaxRows   int           // rows one statement may touch; 0 means 1,000,000
	MaxMemory int64         // bytes of Python values a run keeps; 0 means 64 MB
	Timeout   time.Duration // wall clock; 0 means 10 s (Bounds.Timeout is the interactive limit)
	// Yield, when set, is called now and then during a run and before each
	// variant, for a single-threaded host to answer other requests.
	Yield func()
}

func (o Options) internal() script.Options {
	return script.Options{MaxSteps: o.MaxSteps, MaxRows: o.MaxRows, MaxMemory: o.MaxMemory, Timeout: o.Timeout, Yield: o.Yield}
}

// Result is everything a run produced.
type Result struct {
	Diagnostics []Diagnostic
	Exception   *Exception     // the uncaught exception, also the last diagnostic
	Stdout      string         // what the script printed
	Rows        map[string]int // rows per table when the script ended
	trace       trace.Trace
}

// TraceJSON is the run as the SQLAlchemy oracle prints it (conformance/).
func (r Result) TraceJSON() []byte { return r.trace.JSON() }

// EchoLog is the run's SQL as echo=True logs it, without timings.
func (r Result) EchoLog() string { return trace.EchoLog(r.trace.Statements) }

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
func Run(f File, opts Options) Result {
	res := script.Run(script.File{Name: f.Name, Text: f.Text}, opts.internal())
	out := Result{Diagnostics: raised(diagnostics(f.Text, res.Diagnostics), res.Exception), Exception: exception(res.Exception), Stdout: res.Trace.Stdout, Rows: map[string]int{}, trace: res.Trace}
	for name, t := range res.Trace.Tables {
		out.Rows[name] = len(t.Rows)
	}
	return out
}

// Diagnostic is a message about a place in the user's text.
type Diagnostic struct {
	Severity string `json:"severity"`       // error, warning, info
	Code     string `json:"code,omitempty"` // rule id or Python exception class
	Message  string `json:"message"`
	Fix      string `json:"fix,omitempty"` // what to do about it, in plain words
	File     string `json:"file"`
	Line     int    `json:"line"` // 1-based
	Col      int    `json:"col"`  // 1-based, in characters (runes)
	// Start and End delimit the span in UTF-16 code units, as JavaScript
	// strings and editors count: the page marks them without converting.
	Start    int    `json:"start"`
	End      int    `json:"end"` // exclusive
	LineText string `json:"lineText,omitempty"`
	Lesson   string `json:"lesson,omitempty"` // slug of the lesson that explains it
}

// String renders the diagnostic the way compilers do, so editors can jump to it.
func (d Diagnostic) String() string {
	s := fmt.Sprintf("%s:%d:%d: %s: %s", d.File, d.Line, d.Col, d.Severity, d.Message)
	if d.Fix != "" {
		s += "\n  fix: " + d.Fix
	}
	return s
}

// Exception is a Python exception that ended a run: the script's, or the
// one that kept a model from running. Line is 0 when it has no place.
type Exception struct {
	Class   string `json:"class"`
	Message string `json:"message"`
	Line    int    `json:"line"` // 1-based
	Col     int    `json:"col"`  // 1-based, in characters (runes)
	// Traceback is the text python3 prints to stderr for it (frames,
	// chained exceptions, the last line); "" for an exception raised
	// before the script ran (a syntax error) or by a budget.
	Traceback string `json:"traceback,omitempty"`
	err       error  // the engine's error behind it, for errors.Is (ErrBudget)
}

func (e *Exception) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%d:%d: %s: %s", e.Line, e.Col, e.Class, e.Message)
	}
	return e.Class + ": " + e.Message
}

// Unwrap lets errors.Is find ErrBudget and the Budget kinds.
func (e *Exception) Unwrap() error { return e.err }

// VariantOptions shape the scenario the variants run (docs/variants.md).
type VariantOptions struct {
	Children int    `json:"children"` // per one-to-many relationship; 0 means Bounds.Children.Default
	Depth    int    `json:"depth"`    // levels of rows, the roots included; 0 means Bounds.Depth.Default
	Delete   string `json:"delete"`   // "Class" or "Class:key" (key as Python); "" means the first root
	// ForeignKeys turns on PRAGMA foreign_keys for the variants that keep
	// the models' own setting (the others force it on or off).
	ForeignKeys bool     `json:"foreignKeys"`
	Only        []string `json:"variants,omitempty"` // variant ids to run; empty runs all
	Run         Options  `json:"-"`                  // budgets for each run
	// Steps bounds the steps of the whole matrix, shared by its runs
	// (Bounds.Steps is the interactive budget); 0 bounds each run alone.
	Steps int64 `json:"-"`
}

func (o VariantOptions) internal() variant.Options {
	return variant.Options{Children: o.Children, Depth: o.Depth, Delete: o.Delete, ForeignKeys: o.ForeignKeys, Only: o.Only, Run: o.Run.internal(), Steps: o.Steps}
}

// Check tells, naming the field and its range, what in o is outside Bounds
// (or an unknown variant id), for callers that take options from outside
// (the HTTP API); nil when nothing is. The engine itself clamps them.
func (o VariantOptions) Check() error { return o.internal().Check() }

// Limits are the defaults and bounds of the options and the interactive
// time limit: the CLI's flags, the server's checks and budget, and the
// page's controls and watchdog all read them from here.
type Limits struct {
	// Timeout bounds what a visitor waits for: the server's budget for
	// one /api/run.
	Timeout time.Duration `json:"-"`
	// Steps bound one interactive matrix: the API's and the page's. They,
	// not the clock, stop a runaway in the page, where other work on the
	// visitor's machine can slow a run down many times.
	Steps int64 `json:"-"`
	// Watchdog is the page's wall clock for one matrix, a backstop for
	// what the steps do not count: generous, so that only a run stuck
	// inside one step is stopped by it, however busy the machine.
	Watchdog  time.Duration `json:"-"`
	WatchdogS float64       `json:"watchdog"` // Watchdog in seconds, for the page
	Children  Bound         `json:"children"`
	Depth     Bound         `json:"depth"`
	Delete    int           `json:"delete"`   // longest VariantOptions.Delete
	Variants  int           `json:"variants"` // most VariantOptions.Only ids
}

// Bound is one numeric option's range and default.
type Bound struct {
	Default int `json:"default"`
	Min     int `json:"min"`
	Max     int `json:"max"`
}

const (
	interactive = 5 * time.Second
	watchdog    = 30 * time.Second
)

// Bounds are the engine's limits.
var Bounds = Limits{
	Timeout:   interactive,
	Steps:     script.DefaultMaxSteps,
	Watchdog:  watchdog,
	WatchdogS: watchdog.Seconds(),
	Children:  Bound{variant.DefaultChildren, 1, variant.MaxChildren},
	Depth:     Bound{variant.DefaultDepth, 1, variant.MaxDepth},
	Delete:    variant.MaxDelete,
	Variants:  variant.MaxOnly,
}

// Prepare builds ahead, for a host with nothing else to do (the page's
// worker between calls), one spare of what every run builds first: its
// SQLAlchemy modules and its SQLite database, while fewer wait than the last
// matrix took. A run takes a spare, never used before, instead of building
// its own. It reports whether it built anything: call it, a call at a time,
// until it says no.
func Prepare() bool {
	built := sa.Prepare()
	return store.Prepare() || built
}

// Variants runs every cascade variant of the models (or whole script) in f.
func Variants(f File, opts VariantOptions) *Matrix {
	m := matrix(f, variant.Run(script.File{Name: f.Name, Text: f.Text}, opts.internal()))
	MarkFixes(m.Variants)
	return m
}
