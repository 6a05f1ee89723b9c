// Package script runs one SQLAlchemy script on real SQLite and returns what
// SQLAlchemy 2.0 would have done. A user's mistake comes back as data
// (diagnostics, a Python exception), never as a Go error.
package script

import (
	"cascadelab/engine/internal/exc"
	"errors"
	"fmt"
	"strings"
	"time"

	"cascadelab/engine/internal/budget"
	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/sa"
	"cascadelab/engine/internal/source"
	"cascadelab/engine/internal/store"
	"cascadelab/engine/internal/trace"
)

// SQLAlchemyVersion is the version whose behaviour the engine reproduces.
const SQLAlchemyVersion = "2.0.52"

// File is one input script.
type File struct {
	Name string
	Text string
}

// Options bound a run.
type Options struct {
	MaxSteps int64 // interpreter steps and SQLite instructions (budget.Meter); 0 means 5,000,000
	MaxRows  int   // rows one statement may touch; 0 means 1,000,000
	// MaxMemory bounds the bytes of Python values a run keeps; 0 means
	// interp.DefaultMaxMemory (64 MB).
	MaxMemory int64
	// Yield, when set, is called now and then during a run and before
	// each variant, for a single-threaded host to answer other requests.
	Yield   func()
	Timeout time.Duration // wall clock; 0 means DefaultTimeout
	// SnapshotLine, when positive, copies every table just before the first
	// statement that starts on or after this 1-based line runs.
	SnapshotLine int
	// Replay skips the statements that start on lines [From, SnapshotLine)
	// and loads its tables instead, when the snapshot is taken.
	Replay *Replay
	// Configure configures the mappers after the script, as their first
	// use would: a models-only file then gets its backrefs and directions.
	Configure bool
	// Seed copies the database at the snapshot (Snapshot.Seed), for runs
	// that replay it later.
	Seed bool
}

// DefaultTimeout is a run's wall clock when Options.Timeout is 0.
const DefaultTimeout = 10 * time.Second

// DefaultMaxSteps is a run's step budget when Options.MaxSteps is 0.
const DefaultMaxSteps = 5_000_000

// Replay stands for statements whose only effect is rows in the database:
// another run already made them (a scenario's setup, shared by variants).
type Replay struct {
	From   int                    // first skipped line, 1-based
	Order  []string               // tables in the order to load them
	Tables map[string]store.Table // the rows to load
	// Seeds, when set, are copies of databases with these rows: a run whose
	// schema statements match one starts from it instead of running them and
	// loading the rows, and a run that loads them adds its own.
	Seeds *store.Seeds
}

// Snapshot is the database at Options.SnapshotLine.
type Snapshot struct {
	Tables     map[string]store.Table
	Statements int         // how many statements had been sent by then
	Seed       *store.Seed // the database copied, with Options.Seed
}

// Model is what the script mapped, for the phases that read a model.
type Model struct {
	Mappers []*orm.Mapper // in declaration order
	// Configured is false when the mappers never got configured (their
	// relationships have no direction yet), e.g. when configuring failed.
	Configured bool
	Deleted    *orm.Mapper // the class of the first object given to Session.delete, if any
	Module     *py.Module
	File       *source.File
	// Automapped is set when automap made the classes: they have no source.
	Automapped bool
}

// Result is everything a run produced.
type Result struct {
	// Diagnostics are the runtime's notes; the exception is not among them:
	// the facade marks it in the text where it renders it.
	Diagnostics []source.Diagnostic `json:"diagnostics"`
	Exception   *exc.Error          `json:"-"` // the uncaught exception, whichever phase raised it
	Trace       trace.Trace         `json:"trace"`
	Snapshot    *Snapshot           `json:"-"` // nil when the line was never reached
	// ReplayFailed tells why Options.Replay's rows could not be loaded: the
	// skipped statements must then really run.
	ReplayFailed error  `json:"-"`
	Model        *Model `json:"-"` // nil when the script did not parse
	Steps        int64  `json:"-"` // of Options.MaxSteps, what the run used
}

// Run parses and executes the script.
func Run(f File, opts Options) (res Result) {
	if opts.MaxSteps == 0 {
		opts.MaxSteps = DefaultMaxSteps
	}
	if opts.MaxRows == 0 {
		opts.MaxRows = 1_000_000
	}
	if opts.Timeout == 0 {
		opts.Timeout = DefaultTimeout
	}
	src := source.NewFile(f.Name, f.Text)
	res.Trace = trace.Trace{SQLAlchemy: SQLAlchemyVersion, SQLite: store.Version(), Statements: []trace.Statement{}, Tables: map[string]trace.Table{}}
	rt := sa.New(src)
	rt.MaxRows = opts.MaxRows
	if opts.Replay != nil {
		rt.Seeds = opts.Replay.Seeds
	}
	defer rt.Close()
	defer func() {
		if r := recover(); r != nil {
			res.Exception = &exc.Error{Class: exc.InternalError, Msg: fmt.Sprintf("internal error in cascadelab: %v", r)}
		}
		if res.Exception != nil {
			// the oracle records the class and the message's first line
			res.Trace.Error = &trace.Error{Type: res.Exception.Class.Name, Message: res.Exception.FirstLine()}
		}
	}()
	mod, err := py.Parse(src)
	if err != nil {
		e := &exc.Error{Class: exc.SyntaxError, Msg: err.Error(), File: src, Err: err}
		var se *exc.Error
		if errors.As(err, &se) {
			e.Class, e.Msg, e.Span = se.Class, se.Msg, se.Span
		}
		res.Exception = e
		return res
	}
	ctx, cancel := budget.WithTimeout(opts.Timeout)
	defer cancel()
	meter := &budget.Meter{Max: opts.MaxSteps}
	defer func() { res.Steps = meter.Used }()
	ctx = budget.WithMeter(ctx, meter)
	rt.Ctx = ctx
	var out strings.Builder
	iopts := interp.Options{Stdout: &out, MaxSteps: opts.MaxSteps, Importer: rt.Import, Ctx: ctx, MaxMemory: opts.MaxMemory, Yield: opts.Yield}
	if opts.SnapshotLine > 0 {
		iopts.BeforeStmt = func(s py.Stmt) bool {
			if res.Snapshot != nil {
				return false
			}
			line := src.Position(s.Span().Start).Line
			if opts.Replay != nil && line >= opts.Replay.From && line < opts.SnapshotLine {
				return true
			}
			if line < opts.SnapshotLine {
				return false
			}
			res.Snapshot = &Snapshot{Statements: len(rt.Log)}
			if opts.Replay == nil {
				res.Snapshot.Tables = rt.Tables()
				if opts.Seed {
					res.Snapshot.Seed = rt.Seed()
				}
			} else if res.ReplayFailed = rt.Load(opts.Replay.Order, opts.Replay.Tables); res.ReplayFailed == nil {
				res.Snapshot.Tables = opts.Replay.Tables
			}
			return false
		}
	}
	if opts.Configure {
		iopts.AtEnd = rt.Configure
	}
	e := interp.Exec(src, mod, iopts)
	res.Model = &Model{Mappers: rt.Mappers(), Configured: rt.Configured(), Deleted: rt.Deleted, Module: mod, File: src, Automapped: rt.Automapped()}
	res.Trace.Stdout = out.String()
	res.Trace.Statements = append(res.Trace.Statements, rt.Log...)
	res.Trace.Tables = store.TraceTables(rt.Tables())
	res.Diagnostics = append(res.Diagnostics, rt.Notes...)
	if e != nil {
		res.Exception = e.Report(src)
	}
	return res
}
