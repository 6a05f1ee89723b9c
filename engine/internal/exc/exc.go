// Package exc names the Python exceptions the engine raises as values:
// each class with its base (CPython's and SQLAlchemy 2.0's hierarchies),
// and Error, one exception as a value, whichever phase raised it. The
// interpreter makes each Class a Python class once.
package exc

import (
	"cascadelab/engine/internal/source"
	"errors"
	"strings"
)

// Class is a Python exception class.
type Class struct {
	Name string
	Base *Class // nil for BaseException
}

// CPython's built-in exception classes a script can name.
var (
	BaseException       = &Class{Name: "BaseException"}
	Exception           = &Class{Name: "Exception", Base: BaseException}
	SystemExit          = &Class{Name: "SystemExit", Base: BaseException}
	KeyboardInterrupt   = &Class{Name: "KeyboardInterrupt", Base: BaseException}
	ArithmeticError     = &Class{Name: "ArithmeticError", Base: Exception}
	ZeroDivisionError   = &Class{Name: "ZeroDivisionError", Base: ArithmeticError}
	OverflowError       = &Class{Name: "OverflowError", Base: ArithmeticError}
	LookupError         = &Class{Name: "LookupError", Base: Exception}
	KeyError            = &Class{Name: "KeyError", Base: LookupError}
	IndexError          = &Class{Name: "IndexError", Base: LookupError}
	ValueError          = &Class{Name: "ValueError", Base: Exception}
	TypeError           = &Class{Name: "TypeError", Base: Exception}
	AttributeError      = &Class{Name: "AttributeError", Base: Exception}
	NameError           = &Class{Name: "NameError", Base: Exception}
	UnboundLocalError   = &Class{Name: "UnboundLocalError", Base: NameError}
	AssertionError      = &Class{Name: "AssertionError", Base: Exception}
	RuntimeError        = &Class{Name: "RuntimeError", Base: Exception}
	RecursionError      = &Class{Name: "RecursionError", Base: RuntimeError}
	NotImplementedError = &Class{Name: "NotImplementedError", Base: RuntimeError}
	StopIteration       = &Class{Name: "StopIteration", Base: Exception}
	ImportError         = &Class{Name: "ImportError", Base: Exception}
	ModuleNotFoundError = &Class{Name: "ModuleNotFoundError", Base: ImportError}
	MemoryError         = &Class{Name: "MemoryError", Base: Exception}
	UnicodeError        = &Class{Name: "UnicodeError", Base: ValueError}
	UnicodeEncodeError  = &Class{Name: "UnicodeEncodeError", Base: UnicodeError}
	UnicodeDecodeError  = &Class{Name: "UnicodeDecodeError", Base: UnicodeError}
	SyntaxError         = &Class{Name: "SyntaxError", Base: Exception}
	IndentationError    = &Class{Name: "IndentationError", Base: SyntaxError}
	TabError            = &Class{Name: "TabError", Base: IndentationError}
	GeneratorExit       = &Class{Name: "GeneratorExit", Base: BaseException}

	Warning                   = &Class{Name: "Warning", Base: Exception}
	UserWarning               = &Class{Name: "UserWarning", Base: Warning}
	DeprecationWarning        = &Class{Name: "DeprecationWarning", Base: Warning}
	PendingDeprecationWarning = &Class{Name: "PendingDeprecationWarning", Base: Warning}
	SyntaxWarning             = &Class{Name: "SyntaxWarning", Base: Warning}
	RuntimeWarning            = &Class{Name: "RuntimeWarning", Base: Warning}
	FutureWarning             = &Class{Name: "FutureWarning", Base: Warning}
	ImportWarning             = &Class{Name: "ImportWarning", Base: Warning}
	UnicodeWarning            = &Class{Name: "UnicodeWarning", Base: Warning}
	BytesWarning              = &Class{Name: "BytesWarning", Base: Warning}
	ResourceWarning           = &Class{Name: "ResourceWarning", Base: Warning}
	EncodingWarning           = &Class{Name: "EncodingWarning", Base: Warning}
)

// OSError and the subclasses its errno selects.
var (
	OSError            = &Class{Name: "OSError", Base: Exception}
	FileNotFoundError  = &Class{Name: "FileNotFoundError", Base: OSError}
	FileExistsError    = &Class{Name: "FileExistsError", Base: OSError}
	PermissionError    = &Class{Name: "PermissionError", Base: OSError}
	IsADirectoryError  = &Class{Name: "IsADirectoryError", Base: OSError}
	NotADirectoryError = &Class{Name: "NotADirectoryError", Base: OSError}
	InterruptedError   = &Class{Name: "InterruptedError", Base: OSError}
	TimeoutError       = &Class{Name: "TimeoutError", Base: OSError}
	ConnectionError    = &Class{Name: "ConnectionError", Base: OSError}
)

// StepLimitExceeded and InternalError stop a run; a script cannot name or
// catch them.
var (
	StepLimitExceeded = &Class{Name: "StepLimitExceeded", Base: BaseException}
	InternalError     = &Class{Name: "InternalError", Base: BaseException}
)

// SQLAlchemy's exceptions (sqlalchemy.exc, sqlalchemy.orm.exc).
var (
	SQLAlchemyError           = &Class{Name: "SQLAlchemyError", Base: Exception}
	ArgumentError             = &Class{Name: "ArgumentError", Base: SQLAlchemyError}
	NoForeignKeysError        = &Class{Name: "NoForeignKeysError", Base: ArgumentError}
	AmbiguousForeignKeysError = &Class{Name: "AmbiguousForeignKeysError", Base: ArgumentError}
	InvalidRequestError       = &Class{Name: "InvalidRequestError", Base: SQLAlchemyError}
	NoResultFound             = &Class{Name: "NoResultFound", Base: InvalidRequestError}
	MultipleResultsFound      = &Class{Name: "MultipleResultsFound", Base: InvalidRequestError}
	PendingRollbackError      = &Class{Name: "PendingRollbackError", Base: InvalidRequestError}
	ObjectDeletedError        = &Class{Name: "ObjectDeletedError", Base: InvalidRequestError}
	ResourceClosedError       = &Class{Name: "ResourceClosedError", Base: InvalidRequestError}
	DetachedInstanceError     = &Class{Name: "DetachedInstanceError", Base: SQLAlchemyError}
	UnmappedInstanceError     = &Class{Name: "UnmappedInstanceError", Base: InvalidRequestError}
	StatementError            = &Class{Name: "StatementError", Base: SQLAlchemyError}
	DBAPIError                = &Class{Name: "DBAPIError", Base: StatementError}
	IntegrityError            = &Class{Name: "IntegrityError", Base: DBAPIError}
	OperationalError          = &Class{Name: "OperationalError", Base: DBAPIError}
	ProgrammingError          = &Class{Name: "ProgrammingError", Base: DBAPIError}
	FlushError                = &Class{Name: "FlushError", Base: SQLAlchemyError}
	StaleDataError            = &Class{Name: "StaleDataError", Base: SQLAlchemyError}
	CircularDependencyError   = &Class{Name: "CircularDependencyError", Base: SQLAlchemyError}
	CompileError              = &Class{Name: "CompileError", Base: SQLAlchemyError}
	NoReferencedTableError    = &Class{Name: "NoReferencedTableError", Base: InvalidRequestError}
	NoSuchTableError          = &Class{Name: "NoSuchTableError", Base: InvalidRequestError}
	NoInspectionAvailable     = &Class{Name: "NoInspectionAvailable", Base: InvalidRequestError}
	ObjectNotExecutableError  = &Class{Name: "ObjectNotExecutableError", Base: ArgumentError}
	// ConstraintColumnNotFoundError is a constraint or Index naming a column its table lacks
	ConstraintColumnNotFoundError = &Class{Name: "ConstraintColumnNotFoundError", Base: ArgumentError}
)

// Builtins are the classes of Python's builtins module, in hierarchy order.
var Builtins = []*Class{BaseException, Exception, SystemExit, KeyboardInterrupt, ArithmeticError, ZeroDivisionError, OverflowError, LookupError, KeyError, IndexError, ValueError, TypeError, AttributeError, NameError, UnboundLocalError, AssertionError, RuntimeError, RecursionError, NotImplementedError, StopIteration, ImportError, ModuleNotFoundError, MemoryError, UnicodeError, UnicodeEncodeError, UnicodeDecodeError, SyntaxError, IndentationError, TabError, GeneratorExit,
	OSError, FileNotFoundError, FileExistsError, PermissionError, IsADirectoryError, NotADirectoryError, InterruptedError, TimeoutError, ConnectionError,
	Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning}

// SQLAlchemy are sqlalchemy.exc's classes, in hierarchy order.
var SQLAlchemy = []*Class{SQLAlchemyError, ArgumentError, NoForeignKeysError, AmbiguousForeignKeysError, InvalidRequestError, NoResultFound, MultipleResultsFound, PendingRollbackError, ObjectDeletedError, ResourceClosedError, DetachedInstanceError, UnmappedInstanceError, StatementError, DBAPIError, IntegrityError, OperationalError, ProgrammingError, FlushError, StaleDataError, CircularDependencyError, CompileError, NoReferencedTableError, NoSuchTableError, NoInspectionAvailable, ObjectNotExecutableError, ConstraintColumnNotFoundError}

// Refusal is the Go error behind every refusal: a NotImplementedError the
// engine raises for what the real library does and cascadelab does not.
// errors.Is(err, Refusal) finds one; a script cannot catch it.
var Refusal = errors.New("cascadelab does not support this")

// Unsupported is the refusal of thing, worded as every refusal is:
// "cascadelab does not support <thing>".
func Unsupported(span source.Span, thing string) *Error {
	return &Error{Class: NotImplementedError, Msg: UnsupportedMsg(thing), Span: span, Err: Refusal}
}

// UnsupportedMsg is a refusal's message.
func UnsupportedMsg(thing string) string { return "cascadelab does not support " + thing }

// Error is one Python exception as a value, whichever phase raised it: the
// parser and the phases below the interpreter return one, the interpreter
// makes each a Python object (interp.Exception) and reports the one that
// ended a run as an Error again, and the variant runner makes its own.
type Error struct {
	Class *Class
	Msg   string
	Span  source.Span  // where, when the phase knows it
	File  *source.File // the text Span points into; nil when it has no place
	// Traceback is CPython's text for an exception raised by running code,
	// as python3 prints it (frames, chained exceptions, the headline); ""
	// for one raised before the script ran or by a budget.
	Traceback string
	Err       error // the Go error behind it, if any (a database error, a budget)
}

func (e *Error) Error() string { return e.Msg }

// Pos is where the exception was raised, the zero Pos when it has no place.
func (e *Error) Pos() source.Pos {
	if e.File == nil {
		return source.Pos{}
	}
	return e.File.Position(e.Span.Start)
}

// Headline is the class and the message's first line, as a traceback's
// last line starts (and as the oracle records an uncaught exception).
func (e *Error) Headline() string { return e.Class.Name + ": " + e.FirstLine() }

// FirstLine is the message's first line.
func (e *Error) FirstLine() string {
	first, _, _ := strings.Cut(e.Msg, "\n")
	return first
}

func (e *Error) Unwrap() error { return e.Err }

func (c *Class) String() string { return c.Name }
