package interp

import (
	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/source"
)

// This file is the contract between the interpreter and its host (the
// SQLAlchemy layer): the interfaces a host value may implement, the class
// hook that implements declarative models, and how host code raises and
// calls back into Python.

// Value is any Python value. The interpreter's own values are defined in
// value.go; a host value is any Go value implementing Object.
type Value any

// Object is a host value. Its Python type name is used in messages
// ("'Engine' object has no attribute 'x'") and by type(x).__name__.
type Object interface {
	TypeName() string
}

// KV is one keyword argument, in call order.
type KV struct {
	Name  string
	Value Value
}

// Call describes one call of a host callable.
type Call struct {
	Args []Value
	Kw   []KV
	Span source.Span // the whole call expression
}

// Attrs is a host object with attributes. ok=false means "no such
// attribute" and the interpreter raises AttributeError.
type Attrs interface {
	Attr(th *Thread, name string) (v Value, ok bool, err error)
}

// SetAttrs is a host object whose attributes can be assigned.
type SetAttrs interface {
	SetAttr(th *Thread, name string, v Value) error
}

// Callable is a host object that can be called.
type Callable interface {
	CallHost(th *Thread, c *Call) (Value, error)
}

// Iterable is a host object that can be iterated (materialized).
type Iterable interface {
	Iterate(th *Thread) ([]Value, error)
}

// Stepper is a host object iterated live, as CPython iterates the list or
// dict it stands for: its iterator (reversed's when reverse) sees the
// changes made while it runs.
type Stepper interface {
	Step(th *Thread, reverse bool) (func() (Value, bool, error), error)
}

// Sized is a host object with len().
type Sized interface {
	Len(th *Thread) (int, error)
}

// Reprer gives repr() (and str() unless Stringer is implemented).
type Reprer interface {
	Repr(th *Thread) (string, error)
}

// Stringer gives str().
type Stringer interface {
	Str(th *Thread) (string, error)
}

// Truther gives bool().
type Truther interface {
	Truth(th *Thread) (bool, error)
}

// Operand is a host value taking part in binary operators (+ - * / % & | ^
// << >> // ** @), comparisons (== != < <= > >=) and unary operators
// (- + ~, and "not" is never delegated). right is true when the
// host value is the right operand. ok=false means NotImplemented: the
// interpreter then tries the other operand and finally raises TypeError
// (or, for Eq/NotEq, falls back to identity).
type Operand interface {
	Binary(th *Thread, op py.Op, other Value, right bool) (v Value, ok bool, err error)
	Unary(th *Thread, op py.Op) (v Value, ok bool, err error)
}

// Container gives `x in obj`.
type Container interface {
	Contains(th *Thread, v Value) (bool, error)
}

// Indexable gives obj[key].
type Indexable interface {
	GetItem(th *Thread, key Value) (Value, error)
}

// Slicer gives obj[lo:hi:step] to hosts that do not slice by iterating
// (a query slices in SQL); absent bounds are nil.
type Slicer interface {
	Slice(th *Thread, lo, hi, step Value) (Value, error)
}

// ContextManager gives `with obj as x:`. Exit receives the exception raised
// in the body (nil if none) and returns true to suppress it.
type ContextManager interface {
	Enter(th *Thread) (Value, error)
	Exit(th *Thread, exc *Exception) (bool, error)
}

// ClassHook implements classes whose instances the host manages (mapped
// classes). A hooked class is one whose Hook is set; subclasses of it get
// the same hook unless Subclassed replaces it.
type ClassHook interface {
	// Subclassed runs after the body of `class X(Base):` when a base carries
	// this hook. It may rewrite cls.Dict (e.g. Column objects become
	// instrumented attributes) and must report user errors with positions.
	Subclassed(th *Thread, cls *Class, body *ClassBody) error
	// New is called when the class is called, before any __init__: it
	// attaches host state to the new instance (inst.Host).
	New(th *Thread, inst *Instance) error
	// Init is the default constructor, used when no class in the MRO up to
	// the hooked base defines __init__, and reached by super().__init__(**kw).
	Init(th *Thread, inst *Instance, c *Call) error
	// GetAttr and SetAttr see instance attribute access first; ok=false
	// falls back to ordinary lookup (instance dict, then class attributes
	// and methods).
	GetAttr(th *Thread, inst *Instance, name string) (v Value, ok bool, err error)
	SetAttr(th *Thread, inst *Instance, name string, v Value) (ok bool, err error)
}

// AttrDeleter is a ClassHook that sees `del inst.name` first; ok=false
// falls back to ordinary deletion.
type AttrDeleter interface {
	DelAttr(th *Thread, inst *Instance, name string) (ok bool, err error)
}

// HostModule is a host value that knows the module its type lives in, for
// type(v)'s repr (<class 'sqlalchemy.engine.row.Row'>).
type HostModule interface {
	TypeModule() string
}

// ClassAttrSetter is a ClassHook that sees `Cls.name = value` on a class
// carrying it (SQLAlchemy's declarative classes map what is set there);
// ok=false falls back to setting the class's own attribute.
type ClassAttrSetter interface {
	SetClassAttr(th *Thread, cls *Class, name string, v Value) (ok bool, err error)
}

// HostDir is a ClassHook that knows what the library puts in the __dict__
// of its classes and instances, for dir().
type HostDir interface {
	// ClassDir is what the library adds to the own __dict__ of k, a class
	// carrying this hook; ok=false when the engine does not know it.
	ClassDir(k *Class) (names []string, ok bool)
	// InstanceDir is what the library adds to an instance's __dict__.
	InstanceDir(inst *Instance) []string
}

// ClassBody is what the class statement saw, for the hook.
type ClassBody struct {
	Span        source.Span            // the whole class statement
	NameSpan    source.Span            // the class name
	Names       []string               // names bound in the body, in order of first binding
	Spans       map[string]source.Span // where each name was bound (its whole statement)
	ValueSpans  map[string]source.Span // the assigned expression's span
	Annotations map[string]Value       // evaluated annotations (x: Mapped[int])
	AnnNames    []string               // the annotated names in order, as __annotations__ keeps them
	AnnSpans    map[string]source.Span // the annotation expression's span
	// Keywords are the class keyword arguments (class X(Base, table=True)),
	// given only to hooked classes, which must refuse the ones they do not know.
	Keywords     []KV
	KeywordSpans []source.Span
	// funcs are the functions defined in the body, for their __class__.
	funcs    []*Function
	qualname string
	// enum is set while an enum class's body runs (auto() takes its value
	// as it is bound).
	enum *enumBody
}
