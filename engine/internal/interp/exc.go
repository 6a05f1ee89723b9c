package interp

import (
	"cascadelab/engine/internal/budget"
	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/pyrepr"
	"errors"
	"fmt"
	"slices"

	"cascadelab/engine/internal/source"
)

// Exception is a raised Python exception.
type Exception struct {
	Class  *Class
	Args   []Value
	Span   source.Span
	Frames []Frame
	Cause  *Exception
	// Context is the exception being handled when this one was raised;
	// suppressContext is raise ... from's __suppress_context__.
	Context         *Exception
	suppressContext bool
	// Dict holds attributes a script sets on the exception.
	Dict *Dict
	msg  *string // preformatted message for exceptions raised from Go
	// Err is the Go error behind an exception raised from Go, for
	// errors.Is and errors.As (a budget.Kind, a database error).
	Err error
	// fatal marks budget errors that user code cannot catch.
	fatal bool
	// caught is 1 + the depth of the outermost frame that caught it: its
	// traceback starts there (0: never caught).
	caught int
	// traceback is CPython's text for the exception when it ended the run,
	// formatted by Exec while the thread could still call its __str__.
	traceback string
	// group is an exception group's exceptions (nil for the others); meta
	// is the exception whose metadata a part split from a group copied.
	group Tuple
	meta  *Exception
}

// Frame is one traceback entry.
type Frame struct {
	Func string
	Span source.Span
}

func (e *Exception) Error() string { return e.Class.Name + ": " + e.Message() }

func (e *Exception) Unwrap() error { return e.Err }

// osErrorClass is OSError.
var osErrorClass = classes[exc.OSError]

// osErrors are the subclasses OSError(errno, ...) makes, by Linux's errno.
var osErrors = map[int64]*exc.Class{2: exc.FileNotFoundError, 17: exc.FileExistsError, 1: exc.PermissionError, 13: exc.PermissionError, 21: exc.IsADirectoryError, 20: exc.NotADirectoryError, 4: exc.InterruptedError, 110: exc.TimeoutError}

// Message is str(e) where no run is at hand (its args' own __str__ and
// __repr__ need one: message).
func (e *Exception) Message() string { return e.message(&Thread{}) }

// message is str(e), th running its args' __str__ or __repr__.
func (e *Exception) message(th *Thread) string {
	if e.msg != nil {
		return *e.msg
	}
	if e.group != nil {
		return sprintf("%s (%d sub-exception%s)", e.Args[0], len(e.group), plural(len(e.group)))
	}
	if e.Class.IsSubclass(osErrorClass) && len(e.Args) == 2 && e.Dict != nil {
		// [Errno n] strerror, then ": 'filename'"
		no, _ := th.str(e.Args[0])
		text, _ := th.str(e.Args[1])
		s := "[Errno " + no + "] " + text
		if f, ok := e.Dict.GetStr("filename"); ok && f != nil {
			r, _ := th.repr(f)
			s += ": " + r
		}
		return s
	}
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		if s, ok := e.Args[0].(string); ok {
			if slices.Contains(e.Class.MRO, KeyError) { // KeyError.__str__, inherited
				return pyrepr.Str(s)
			}
			return s
		}
		if slices.Contains(e.Class.MRO, KeyError) {
			s, _ := th.repr(e.Args[0])
			return s
		}
		s, _ := th.str(e.Args[0])
		return s
	}
	s, _ := th.repr(Tuple(e.Args))
	return s
}

// classes are the Python classes of package exc's classes, made once.
var classes = func() map[*exc.Class]*Class {
	m := map[*exc.Class]*Class{}
	for _, c := range append(append(exc.Builtins, exc.StepLimitExceeded, exc.InternalError), exc.SQLAlchemy...) {
		var bases []*Class
		if c.Base != nil {
			bases = append(bases, m[c.Base])
		}
		m[c] = newExceptionClass(c.Name, bases...)
		m[c].module = "builtins"
	}
	for _, c := range exc.SQLAlchemy {
		m[c].module = "sqlalchemy.exc"
	}
	return m
}()

// fromSQLAlchemy reports whether k is, or derives from, one of sqlalchemy.exc's classes.
func fromSQLAlchemy(k *Class) bool {
	for _, m := range k.MRO {
		for _, c := range exc.SQLAlchemy {
			if classes[c] == m {
				return true
			}
		}
	}
	return false
}

// excClasses are package exc's classes of the classes made from them.
var excClasses = func() map[*Class]*exc.Class {
	m := map[*Class]*exc.Class{}
	for c, k := range classes {
		m[k] = c
	}
	return m
}()

// excClass is k as package exc's value: the class made from one, or a new
// value for a script's own class, its base the first exception class among
// its bases.
func excClass(k *Class) *exc.Class {
	if c := excClasses[k]; c != nil {
		return c
	}
	c := &exc.Class{Name: k.Name}
	for _, b := range k.Bases {
		if b.exc {
			c.Base = excClass(b)
			break
		}
	}
	return c
}

// Report is e as the engine reports an exception that ended a run; its
// span points into f.
func (e *Exception) Report(f *source.File) *exc.Error {
	return &exc.Error{Class: excClass(e.Class), Msg: e.Message(), Span: e.Span, File: f, Traceback: e.traceback, Err: e}
}

// ClassOf is the Python class of c.
func ClassOf(c *exc.Class) *Class {
	k := classes[c]
	if k == nil {
		panic("exception class " + c.Name + " is missing from exc.Builtins and exc.SQLAlchemy")
	}
	return k
}

// The built-in exception classes. Exception's class is ExceptionClass:
// Exception is the raised value.
var (
	BaseException       = classes[exc.BaseException]
	ExceptionClass      = classes[exc.Exception]
	SystemExit          = classes[exc.SystemExit]
	KeyboardInterrupt   = classes[exc.KeyboardInterrupt]
	ArithmeticError     = classes[exc.ArithmeticError]
	ZeroDivisionError   = classes[exc.ZeroDivisionError]
	OverflowError       = classes[exc.OverflowError]
	LookupError         = classes[exc.LookupError]
	KeyError            = classes[exc.KeyError]
	IndexError          = classes[exc.IndexError]
	ValueError          = classes[exc.ValueError]
	TypeError           = classes[exc.TypeError]
	AttributeError      = classes[exc.AttributeError]
	NameError           = classes[exc.NameError]
	UnboundLocalError   = classes[exc.UnboundLocalError]
	AssertionError      = classes[exc.AssertionError]
	RuntimeError        = classes[exc.RuntimeError]
	RecursionError      = classes[exc.RecursionError]
	NotImplementedError = classes[exc.NotImplementedError]
	StopIteration       = classes[exc.StopIteration]
	ImportError         = classes[exc.ImportError]
	ModuleNotFoundError = classes[exc.ModuleNotFoundError]
	MemoryError         = classes[exc.MemoryError]
	UnicodeError        = classes[exc.UnicodeError]
	UnicodeEncodeError  = classes[exc.UnicodeEncodeError]
	UnicodeDecodeError  = classes[exc.UnicodeDecodeError]
	SyntaxError         = classes[exc.SyntaxError]
	IndentationError    = classes[exc.IndentationError]
	TabError            = classes[exc.TabError]
	GeneratorExit       = classes[exc.GeneratorExit]
	StepLimitExceeded   = classes[exc.StepLimitExceeded]
	InternalError       = classes[exc.InternalError]
)

// newExceptionClass makes an exception class deriving from bases.
func newExceptionClass(name string, bases ...*Class) *Class {
	c := NewClass(name, bases, NewDict(), nil)
	c.exc = true
	return c
}

// NewClass builds a class and its MRO (C3 linearization).
func NewClass(name string, bases []*Class, dict *Dict, hook ClassHook) *Class {
	c := &Class{Name: name, Bases: bases, Dict: dict, Hook: hook}
	if dict == nil {
		c.Dict = NewDict()
	}
	rest, _ := c3(bases)
	c.MRO = append([]*Class{c}, rest...)
	for _, b := range bases {
		if b.module == "" { // the built-in classes are shared by every run
			b.subclasses = append(b.subclasses, c)
		}
	}
	for _, b := range bases {
		if b.exc {
			c.exc = true
		}
	}
	if hook != nil {
		c.hookRoot = c
	} else {
		for _, b := range c.MRO[1:] {
			if b.Hook != nil {
				c.Hook, c.hookRoot = b.Hook, b.hookRoot
				break
			}
		}
	}
	return c
}

// c3 is the C3 linearization of bases; ok is false, with the heads it was
// stuck on, for an inconsistent hierarchy (then the order is depth-first).
func c3(bases []*Class) (out []*Class, stuck []*Class) {
	var seqs [][]*Class
	for _, b := range bases {
		seqs = append(seqs, append([]*Class(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Class(nil), bases...))
	for {
		var nonEmpty [][]*Class
		for _, s := range seqs {
			if len(s) > 0 {
				nonEmpty = append(nonEmpty, s)
			}
		}
		if len(nonEmpty) == 0 {
			return out, stuck
		}
		var cand *Class
		for _, s := range nonEmpty {
			head := s[0]
			inTail := false
			for _, t := range nonEmpty {
				for _, x := range t[1:] {
					if x == head {
						inTail = true
					}
				}
			}
			if !inTail {
				cand = head
				break
			}
		}
		if cand == nil { // inconsistent hierarchy: fall back to depth-first
			if stuck == nil {
				for _, s := range nonEmpty {
					if !slices.Contains(stuck, s[0]) {
						stuck = append(stuck, s[0])
					}
				}
			}
			cand = nonEmpty[0][0]
		}
		out = append(out, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// Instrument gives a class defined without a hook one afterwards, as
// classical mapping does to a plain class: its own __init__, anywhere in
// its MRO, stays the constructor.
func (c *Class) Instrument(h ClassHook) { c.Hook, c.hookRoot = h, nil }

// userAttr finds an attribute a script's class defines along the MRO (the
// built-in classes behind it have no Python-level methods).
func (c *Class) userAttr(name string) (Value, bool) {
	if c == nil {
		return nil, false
	}
	for _, k := range c.MRO {
		if k.module != "" && !k.native {
			continue
		}
		if v, ok := k.Dict.GetStr(name); ok {
			return v, true
		}
	}
	return nil, false
}

// Lookup finds a class attribute along the MRO.
func (c *Class) Lookup(name string) (Value, bool) {
	for _, k := range c.MRO {
		if v, ok := k.Dict.GetStr(name); ok {
			return v, true
		}
	}
	return nil, false
}

// IsSubclass reports whether c derives from other.
func (c *Class) IsSubclass(other *Class) bool {
	for _, k := range c.MRO {
		if k == other {
			return true
		}
	}
	return false
}

// Raise builds an exception of class cls at the current position.
func (th *Thread) Raise(cls *Class, format string, args ...any) *Exception {
	msg := format
	if len(args) > 0 {
		msg = sprintf(format, args...)
	}
	if cls == nil {
		cls = RuntimeError
	}
	e := &Exception{Class: cls, Args: []Value{msg}, Span: th.cur, msg: &msg}
	if cls == KeyError {
		e.msg = nil
	}
	e.Frames = th.frames()
	return e
}

// Unsupported refuses what the real library does and cascadelab does not:
// NotImplementedError "cascadelab does not support <thing>" at the current
// position. A script cannot catch it, so a refusal never turns into a
// different answer further on.
func (th *Thread) Unsupported(format string, args ...any) *Exception {
	e := th.Raise(NotImplementedError, "%s", exc.UnsupportedMsg(sprintf(format, args...)))
	e.Err, e.fatal = exc.Refusal, true
	return e
}

// Internal reports err, an error no phase typed, as what it is: a bug of
// cascadelab's, an InternalError that says so. A script cannot catch it, so
// it never passes for an exception of Python's or SQLAlchemy's.
func (th *Thread) Internal(err error) *Exception {
	e := th.Raise(InternalError, "internal error in cascadelab: %v", err)
	e.Err, e.fatal = err, true
	return e
}

// Error raises an exception a phase below the interpreter returned, at its
// span or else at the current position. A refusal stays one, and an
// internal error: the script cannot catch them.
func (th *Thread) Error(err *exc.Error) *Exception {
	msg := err.Msg
	e := &Exception{Class: ClassOf(err.Class), Args: []Value{msg}, Span: err.Span, msg: &msg, Err: err, fatal: errors.Is(err, exc.Refusal) || err.Class == exc.InternalError}
	if e.Span == (source.Span{}) {
		e.Span, e.Frames = th.cur, th.frames()
	}
	return e
}

// overBudget raises cls for a budget the script went over.
func (th *Thread) overBudget(kind budget.Kind, cls *Class, format string, args ...any) *Exception {
	e := th.Raise(cls, format, args...)
	e.Err = kind
	return e
}

func (th *Thread) frames() []Frame {
	out := make([]Frame, len(th.stack))
	copy(out, th.stack)
	return out
}

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }
