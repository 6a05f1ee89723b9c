// Package interp is a tree-walking interpreter for the Python subset
// cascadelab runs. Python values are plain Go values where they can be
// (nil is None, bool, int64, float64, string) and host objects implement the
// interfaces in host.go.
package interp

import (
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"

	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/pyrepr"
	"cascadelab/engine/internal/source"
)

// List is a Python list.
type List struct{ Items []Value }

// Tuple is a Python tuple.
type Tuple []Value

// Function is a user-defined function or lambda.
type Function struct {
	Name     string
	Args     *py.Arguments
	Defaults []Value
	KwDefs   []Value
	Body     []py.Stmt
	Expr     py.Expr // lambda body
	scope    *scope
	info     *funcInfo
	Span     source.Span
	class    *Class // the class whose body defined it, for super()
	Returns  py.Expr
	// anns is __annotations__, made when the def ran (defAnnotations);
	// annErr is a refusal met making it, raised when it is read.
	anns     *Dict
	annErr   error
	qualname string
	attrs    *Dict // attributes a script sets on the function
	// special are __doc__, __module__ and __annotations__ once set (or
	// __annotations__ once read): not in __dict__
	special map[string]Value
	code    *codeObj
	// native is the body of a function the interpreter writes itself (a
	// dataclass's __init__): called with the parameters bound as a def's.
	native func(th *Thread, sc *scope) (Value, error)
}

// Builtin is a function implemented in Go (by the interpreter or a host).
type Builtin struct {
	Name string
	Fn   func(th *Thread, c *Call) (Value, error)
	// qual names a built-in of Python's own in the keyword table
	// (keywords.go): "len", "str.split"; "" for the others.
	qual string
	// descr marks a method read from its type (list.append), which CPython
	// shows as a method descriptor: <method 'append' of 'list' objects>.
	descr bool
}

// TypeName implements Object.
func (b *Builtin) TypeName() string {
	if b.descr {
		return "method_descriptor"
	}
	if b.qual == b.Name && funcClasses[b.Name] { // a class in CPython
		return "type"
	}
	return "builtin_function_or_method"
}

// CallHost implements Callable.
func (b *Builtin) CallHost(th *Thread, c *Call) (Value, error) { return b.Fn(th, c) }

// boundMethod is a function bound to an instance.
type boundMethod struct {
	self Value
	fn   Value
}

// Module is an imported module.
type Module struct {
	Name  string
	Attrs *Dict
}

// Class is a Python class.
type Class struct {
	Name  string
	Bases []*Class
	MRO   []*Class
	Dict  *Dict
	Hook  ClassHook
	Span  source.Span
	// Body is what the class statement saw (names in order, annotations), for
	// hosts that read a mixin's declarations; nil for classes made in Go.
	Body *ClassBody
	// hookRoot is the class that first carried Hook: __init__ lookups stop there.
	hookRoot *Class
	exc      bool // an exception class
	// module is __module__: "" for the script's classes (__main__).
	module string
	// doc is __doc__; qualname is __qualname__ when it differs from Name.
	doc      Value
	qualname string
	// subclasses are the classes deriving directly from this one, in order.
	subclasses []*Class
	// builtin is the built-in type a shadow class stands for (subclass.go);
	// native marks a class made in Go whose dict holds its methods, which
	// dispatch sees as it sees a script's.
	builtin *builtinType
	native  bool
	// stored marks a class made in Go that keeps its instances in a built-in
	// base CPython's class does not have (os._Environ is a MutableMapping
	// kept in a dict): isinstance, issubclass, __mro__ and json do not see it.
	stored bool
	// hashed marks a class made in Go whose __hash__ and __eq__ key its
	// instances in dicts and sets as a script's class's do (pathlib's).
	hashed bool
	// enum is what an enum class keeps (mod_enum.go), nil for other classes.
	enum *enumInfo
	// typedDict marks a typing.TypedDict class: calling it makes a dict.
	typedDict bool
	// abc is what ABCMeta keeps (mod_abc.go), nil for other classes.
	abc *abcInfo
	// meta is the class's metaclass when a script's (metaclass.go), nil for type.
	meta *Class
	// annotations is __annotations__ once read (ownAnnotations).
	annotations *Dict
	// ns is what __dict__ shows besides Dict (classdict.go), nil for the
	// classes made in Go.
	ns *classNS
}

// ownAnnotations is a class statement's __annotations__: its own annotated
// names in order (an empty dict for none: the type's getter makes one and
// keeps it, a base's are not inherited); ok is false for classes made in Go.
func (c *Class) ownAnnotations(th *Thread) (*Dict, bool) {
	if v, ok := c.Dict.GetStr("__annotations__"); ok {
		d, isDict := v.(*Dict)
		return d, isDict
	}
	if c.Body == nil {
		return nil, false
	}
	if c.annotations == nil {
		c.annotations = NewDict()
		for _, n := range c.Body.AnnNames {
			c.annotations.SetStr(n, c.Body.Annotations[n])
		}
	}
	return c.annotations, true
}

// moduleName is the class's __module__.
func (c *Class) moduleName() string {
	if c.module == "" {
		return "__main__"
	}
	return c.module
}

// Instance is an instance of a user class.
type Instance struct {
	Class *Class
	Dict  *Dict
	Host  any
	addr  int
	// Base is the built-in value of an instance of a built-in's subclass.
	Base Value
	// slots holds the values of the slots __slots__ gives (nil when none
	// was set); the members in the class dict read and write them
	slots *Dict
}

// Generic is a typing construct such as List["Child"] or Optional[str].
type Generic struct {
	Origin string
	Args   []Value
	Alias  bool // list[int]: a built-in type subscripted (PEP 585)
	Pipe   bool // int | None: a types.UnionType (PEP 604)
}

// TypeName implements Object.
func (g *Generic) TypeName() string {
	if g.Pipe {
		return "UnionType"
	}
	return "_GenericAlias"
}

// GetItem lets typing names be subscripted: List[int].
func (g *Generic) GetItem(th *Thread, key Value) (Value, error) {
	args := []Value{key}
	if t, ok := key.(Tuple); ok {
		args = t
	}
	if params := typeVars(g.Args, nil); len(params) > 0 {
		// a generic alias subscripted: its TypeVars take the values
		if len(args) != len(params) {
			return nil, th.Raise(TypeError, "Too %s arguments for %s", map[bool]string{true: "many", false: "few"}[len(args) > len(params)], typeName(g))
		}
		with := map[*TypeVar]Value{}
		for i, p := range params {
			with[p] = args[i]
		}
		return &Generic{Origin: g.Origin, Args: substitute(g.Args, with), Alias: g.Alias}, nil
	}
	return &Generic{Origin: g.Origin, Args: args}, nil
}

// Binary gives X | None for typing values.
func (g *Generic) Binary(th *Thread, op py.Op, other Value, right bool) (Value, bool, error) {
	if y, ok := other.(*Generic); ok && (op == py.Eq || op == py.NotEq) {
		eq, err := th.typingEqual(g, y)
		return eq == (op == py.Eq), true, err
	}
	if op != py.BitOr {
		return nil, false, nil
	}
	if g.Pipe { // int | str | None: one union
		args := append([]Value(nil), g.Args...)
		if right {
			return &Generic{Origin: "Union", Args: append([]Value{other}, args...), Pipe: true}, true, nil
		}
		return &Generic{Origin: "Union", Args: append(args, other), Pipe: true}, true, nil
	}
	if right {
		return &Generic{Origin: "Union", Args: []Value{other, g}}, true, nil
	}
	return &Generic{Origin: "Union", Args: []Value{g, other}}, true, nil
}

// Unary implements Operand.
func (g *Generic) Unary(th *Thread, op py.Op) (Value, bool, error) { return nil, false, nil }

// Repr implements Reprer.
func (g *Generic) Repr(th *Thread) (string, error) {
	origin, args := "typing."+g.Origin, g.Args
	if g.Pipe {
		parts, err := typeReprs(th, args, "|")
		return strings.Join(parts, " | "), err
	}
	if g.Alias {
		origin = g.Origin
	}
	none := func(v Value) bool { return v == nil || v == TypeNone }
	switch {
	case g.Origin == "Optional":
		origin, args = "typing.Optional", args[:1]
	case g.Origin == "Union" && len(args) == 2 && none(args[1]):
		origin, args = "typing.Optional", args[:1]
	case g.Origin == "Union" && len(args) == 2 && none(args[0]):
		origin, args = "typing.Optional", args[1:]
	}
	if len(args) == 0 {
		return origin, nil
	}
	parts, err := typeReprs(th, args, g.Origin)
	if err != nil {
		return "", err
	}
	return origin + "[" + strings.Join(parts, ", ") + "]", nil
}

// typeReprs are a subscription's arguments as typing prints them: types by
// their names, None, ..., the parameter list of Callable[[int], str].
func typeReprs(th *Thread, args []Value, origin string) ([]string, error) {
	parts := make([]string, len(args))
	for i, a := range args {
		switch a := a.(type) {
		case nil:
			parts[i] = "NoneType" // typing's repr of type(None), but values stay None
			if origin == "|" || origin == "Literal" || origin == "Annotated" && i > 0 {
				parts[i] = "None"
			}
		case ellipsis:
			parts[i] = "..."
		case *List:
			inner, err := typeReprs(th, a.Items, origin)
			if err != nil {
				return nil, err
			}
			parts[i] = "[" + strings.Join(inner, ", ") + "]"
		case string:
			parts[i] = "ForwardRef(" + pyrepr.Str(a) + ")"
			if origin == "Literal" || origin == "Annotated" && i > 0 { // values, not forward references
				parts[i] = pyrepr.Str(a)
			}
		default:
			r, err := th.typeRepr(a)
			if err != nil {
				return nil, err
			}
			parts[i] = r
		}
	}
	return parts, nil
}

// typeRepr is typing._type_repr: a class as module.qualname (its qualname
// alone for builtins), anything else by its repr.
func (th *Thread) typeRepr(v Value) (string, error) {
	if !isTypeValue(v) {
		return th.repr(v)
	}
	mod, err := th.getAttr(v, "__module__")
	if err != nil {
		return "", err
	}
	q, err := th.getAttr(v, "__qualname__")
	if err != nil {
		return "", err
	}
	if mod == "builtins" {
		return fmt.Sprint(q), nil
	}
	return fmt.Sprint(mod, ".", q), nil
}

// builtinType is int, str, float, bool, list, dict, tuple, object, type, NoneType.
type builtinType struct {
	name string
	call func(th *Thread, c *Call) (Value, error)
	// module is where a host value's type lives (HostModule), for its repr
	module string
}

// The built-in types, exported for hosts reading annotations.
var (
	TypeInt   = &builtinType{name: "int"}
	TypeStr   = &builtinType{name: "str"}
	TypeFloat = &builtinType{name: "float"}
	TypeBool  = &builtinType{name: "bool"}
	TypeList  = &builtinType{name: "list"}
	TypeDict  = &builtinType{name: "dict"}
	TypeTuple = &builtinType{name: "tuple"}
	TypeSet   = &builtinType{name: "set"}
	TypeNone  = &builtinType{name: "NoneType"}
	typeObj   = &builtinType{name: "object"}
	// TypeObject is object, for hosts that take it where a class may be given.
	TypeObject Value = typeObj
	typeType         = &builtinType{name: "type"}
)

// TypeName implements Object.
func (t *builtinType) TypeName() string { return "type" }

// setObj is a Python set or frozenset.
type setObj struct {
	d      *Dict
	tab    *ctable // CPython's table, for its order (setops.go)
	frozen bool
}

// typeName is type(v).__name__.
func typeName(v Value) string {
	switch v := v.(type) {
	case nil:
		return "NoneType"
	case bool:
		return "bool"
	case int64, *big.Int:
		return "int"
	case float64:
		return "float"
	case string:
		return "str"
	case Bytes:
		return "bytes"
	case *List:
		return "list"
	case Tuple:
		return "tuple"
	case *Dict:
		return "dict"
	case *setObj:
		if v.frozen {
			return "frozenset"
		}
		return "set"
	case *Function:
		return "function"
	case *boundMethod:
		return "method"
	case *Class:
		return "type"
	case *Instance:
		return v.Class.Name
	case *Module:
		return "module"
	case *Exception:
		return v.Class.Name
	case *rangeObj:
		return "range"
	case Object:
		return v.TypeName()
	}
	return fmt.Sprintf("%T", v)
}

// repr is Python's repr for the interpreter's own values.
func (th *Thread) repr(v Value) (string, error) {
	switch v := v.(type) {
	case nil:
		return "None", nil
	case bool:
		if v {
			return "True", nil
		}
		return "False", nil
	case int64:
		return strconv.FormatInt(v, 10), nil
	case *big.Int:
		return th.intText(v)
	case float64:
		return pyrepr.Float(v), nil
	case string:
		// charged before it is made (at least its size) and for its escapes
		// once they are known, as a container's below: s = repr(s) or
		// str([s, s]) in a loop grew without end
		least := int64(len(v)) + 2
		if err := th.alloc(least); err != nil {
			return "", err
		}
		r := pyrepr.Str(v)
		if err := th.alloc(int64(len(r)) - least); err != nil {
			return "", err
		}
		return r, nil
	case Bytes:
		if err := th.alloc(int64(len(v)) + 3); err != nil {
			return "", err
		}
		return bytesRepr(v), nil
	case *List:
		if !th.reprEnter(v) {
			return "[...]", nil
		}
		defer th.reprLeave(v)
		return th.reprSeq("[", "]", v.Items, false)
	case Tuple:
		if len(v) > 0 {
			if !th.reprEnter(&v[0]) {
				return "(...)", nil
			}
			defer th.reprLeave(&v[0])
		}
		return th.reprSeq("(", ")", v, len(v) == 1)
	case *Dict:
		if !th.reprEnter(v) {
			return "{...}", nil
		}
		defer th.reprLeave(v)
		items := make([]string, len(v.keys))
		for i, k := range v.keys {
			ks, err := th.repr(k)
			if err != nil {
				return "", err
			}
			vs, err := th.repr(v.vals[i])
			if err != nil {
				return "", err
			}
			items[i] = ks + ": " + vs
		}
		return th.reprJoin("{", "}", items, false)
	case *setObj:
		return reprSet(th, v)
	case *rangeObj:
		return v.repr(), nil
	case *Function:
		name := v.Name
		if v.qualname != "" {
			name = v.qualname // CPython names a function by its __qualname__
		}
		return fmt.Sprintf("<function %s at 0x7f00000%05x>", name, 0), nil
	case *Class:
		if v.enum != nil && v.enum.flag {
			return fmt.Sprintf("<flag '%s'>", v.Name), nil
		} else if v.enum != nil {
			return fmt.Sprintf("<enum '%s'>", v.Name), nil
		}
		if v.module == "builtins" {
			return fmt.Sprintf("<class '%s'>", v.Name), nil
		}
		name := v.Name
		if v.qualname != "" {
			name = v.qualname
		}
		return fmt.Sprintf("<class '%s.%s'>", v.moduleName(), name), nil
	case *builtinType:
		if v.module != "" {
			return fmt.Sprintf("<class '%s.%s'>", v.module, v.name), nil
		}
		return fmt.Sprintf("<class '%s'>", v.name), nil
	case *Module:
		return fmt.Sprintf("<module '%s'>", v.Name), nil
	case *Exception:
		if m, ok := v.Class.userAttr("__repr__"); ok {
			return th.callStrMethod(m, v, "__repr__")
		}
		args, err := th.reprSeq("(", ")", v.Args, false)
		if err != nil {
			return "", err
		}
		return v.Class.Name + args, nil
	case *Instance:
		if m, ok := v.Class.Lookup("__repr__"); ok {
			r, err := th.Call(m, []Value{v}, nil)
			if err != nil {
				return "", err
			}
			s, ok := r.(string)
			if !ok {
				return "", th.Raise(TypeError, "__repr__ returned non-string (type %s)", typeName(r))
			}
			return s, nil
		}
		return th.objectRepr(v), nil
	case Reprer:
		return v.Repr(th)
	case *Builtin:
		if owner, name, ok := strings.Cut(v.qual, "."); ok && v.descr {
			return "<method '" + name + "' of '" + owner + "' objects>", nil
		}
		if v.qual == v.Name && funcClasses[v.Name] { // a class in CPython
			return "<class '" + v.Name + "'>", nil
		}
		return "<built-in function " + v.Name + ">", nil
	case ellipsis:
		return "Ellipsis", nil
	case Object:
		// a library object whose repr the engine does not write: CPython
		// would print one, so no made-up text stands in for it
		return "", th.Unsupported("repr() of %s objects", v.TypeName())
	case *boundMethod:
		q, err := th.getAttr(v.fn, "__qualname__")
		if err != nil {
			return "", err
		}
		self, err := th.repr(v.self)
		return fmt.Sprintf("<bound method %v of %s>", q, self), err
	}
	// Go's own print of a value would be a made-up text
	return "", th.Unsupported("repr() of %s objects", typeName(v))
}

func (th *Thread) reprSeq(open, close string, items []Value, trailingComma bool) (string, error) {
	reprs := make([]string, len(items))
	for i, it := range items {
		s, err := th.repr(it)
		if err != nil {
			return "", err
		}
		reprs[i] = s
	}
	return th.reprJoin(open, close, reprs, trailingComma)
}

// reprJoin is a container's repr from its items' reprs, charged against
// the memory budget before it is made.
func (th *Thread) reprJoin(open, close string, items []string, trailingComma bool) (string, error) {
	n := len(open) + len(close) + 2*max(len(items)-1, 0)
	if trailingComma {
		n++
	}
	for _, s := range items {
		n += len(s)
	}
	if err := th.alloc(int64(n)); err != nil {
		return "", err
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteString(open)
	for i, s := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(s)
	}
	if trailingComma {
		b.WriteString(",")
	}
	b.WriteString(close)
	return b.String(), nil
}

// callStrMethod calls a __str__ or __repr__ that must return a str.
func (th *Thread) callStrMethod(m, self Value, name string) (string, error) {
	r, err := th.Call(m, []Value{self}, nil)
	if err != nil {
		return "", err
	}
	s, ok := r.(string)
	if !ok {
		return "", th.Raise(TypeError, "%s returned non-string (type %s)", name, typeName(r))
	}
	return s, nil
}

// str is Python's str().
func (th *Thread) str(v Value) (string, error) {
	switch v := v.(type) {
	case string:
		return v, nil
	case *Exception:
		if m, ok := v.Class.userAttr("__str__"); ok {
			return th.callStrMethod(m, v, "__str__")
		}
		return v.message(th), nil
	case *Instance:
		if m, ok := v.Class.Lookup("__str__"); ok {
			r, err := th.Call(m, []Value{v}, nil)
			if err != nil {
				return "", err
			}
			s, ok := r.(string)
			if !ok {
				return "", th.Raise(TypeError, "__str__ returned non-string (type %s)", typeName(r))
			}
			return s, nil
		}
	case Stringer:
		return v.Str(th)
	}
	return th.repr(v)
}

// truth is Python's bool().
func (th *Thread) truth(v Value) (bool, error) {
	switch v := v.(type) {
	case nil:
		return false, nil
	case bool:
		return v, nil
	case int64:
		return v != 0, nil
	case *big.Int:
		return true, nil
	case float64:
		return v != 0, nil
	case string:
		return v != "", nil
	case Bytes:
		return v != "", nil
	case *List:
		return len(v.Items) > 0, nil
	case Tuple:
		return len(v) > 0, nil
	case *Dict:
		return len(v.keys) > 0, nil
	case *setObj:
		return len(v.d.keys) > 0, nil
	case *rangeObj:
		return !v.empty(), nil
	case *Instance:
		if m, ok := v.Class.Lookup("__bool__"); ok {
			r, err := th.Call(m, []Value{v}, nil)
			if err != nil {
				return false, err
			}
			b, isBool := r.(bool)
			if !isBool {
				return false, th.Raise(TypeError, "__bool__ should return bool, returned %s", typeName(r))
			}
			return b, nil
		}
		if m, ok := v.Class.Lookup("__len__"); ok {
			r, err := th.Call(m, []Value{v}, nil)
			if err != nil {
				return false, err
			}
			return r != int64(0), nil
		}
		if v.Base != nil {
			return th.truth(v.Base)
		}
	case Truther:
		return v.Truth(th)
	case Sized:
		n, err := v.Len(th)
		return n > 0, err
	}
	return true, nil
}

// equal is Python's ==.
func (th *Thread) equal(a, b Value) (bool, error) {
	if _, ok := b.(*Instance); ok {
		if _, left := a.(*Instance); !left {
			a, b = b, a // the instance's __eq__ (or its built-in base) decides
		}
	}
	if c, nan, ok := numCompare(a, b); ok {
		return c == 0 && !nan, nil
	}
	if isNumber(a) {
		if _, isHost := b.(Operand); !isHost {
			return false, nil
		}
	}
	switch x := a.(type) {
	case nil:
		if _, isHost := b.(Operand); !isHost {
			return b == nil, nil
		}
	case *Generic:
		if y, ok := b.(*Generic); ok {
			return th.typingEqual(x, y)
		}
	case string:
		if y, ok := b.(string); ok {
			return x == y, nil
		}
		if _, isHost := b.(Operand); !isHost {
			return false, nil
		}
	case *List:
		y, ok := b.(*List)
		if !ok {
			return false, nil
		}
		return th.equalSeq(x.Items, y.Items)
	case *rangeObj: // equal as sequences
		y, ok := b.(*rangeObj)
		return ok && x.equal(y), nil
	case Tuple:
		y, ok := b.(Tuple)
		if !ok {
			return false, nil
		}
		return th.equalSeq(x, y)
	case *setObj:
		y, ok := b.(*setObj)
		if !ok || len(x.d.keys) != len(y.d.keys) {
			return false, nil
		}
		for _, k := range x.d.keys {
			if _, found, err := y.d.Get(th, k); err != nil || !found {
				return false, err
			}
		}
		return true, nil
	case *Dict:
		y, ok := b.(*Dict)
		if !ok || len(x.keys) != len(y.keys) {
			return false, nil
		}
		for i, k := range x.keys {
			v, found, err := y.Get(th, k)
			if err != nil || !found {
				return false, err
			}
			eq, err := th.sameOrEqual(x.vals[i], v)
			if err != nil || !eq {
				return false, err
			}
		}
		return true, nil
	}
	r, err := th.binaryOp(py.Eq, a, b)
	if err != nil {
		return false, err
	}
	return th.truth(r)
}

// sameOrEqual is PyObject_RichCompareBool's ==, which containers use: the
// same object is equal to itself (a NaN in a list included).
func (th *Thread) sameOrEqual(a, b Value) (bool, error) {
	if identical(a, b) {
		return true, nil
	}
	return th.equal(a, b)
}

func (th *Thread) equalSeq(a, b []Value) (bool, error) {
	if len(a) != len(b) {
		return false, nil
	}
	for i := range a {
		eq, err := th.sameOrEqual(a[i], b[i])
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// less is Python's < for sorting and comparisons.
func (th *Thread) less(a, b Value) (bool, error) {
	if _, ok := b.(*Instance); ok {
		r, err := th.binaryOp(py.Lt, a, b)
		if err != nil {
			return false, err
		}
		return th.truth(r)
	}
	if c, nan, ok := numCompare(a, b); ok {
		return c < 0 && !nan, nil
	}
	switch x := a.(type) {
	case string:
		if y, ok := b.(string); ok {
			return x < y, nil
		}
	case Bytes:
		if y, ok := b.(Bytes); ok {
			return x < y, nil
		}
	case *List:
		if y, ok := b.(*List); ok {
			return th.lessSeq(x.Items, y.Items)
		}
	case Tuple:
		if y, ok := b.(Tuple); ok {
			return th.lessSeq(x, y)
		}
	}
	r, err := th.binaryOp(py.Lt, a, b)
	if err != nil {
		return false, err
	}
	return th.truth(r)
}

func (th *Thread) lessSeq(a, b []Value) (bool, error) {
	for i := 0; i < len(a) && i < len(b); i++ {
		eq, err := th.equal(a[i], b[i])
		if err != nil {
			return false, err
		}
		if !eq {
			return th.less(a[i], b[i])
		}
	}
	return len(a) < len(b), nil
}

func (th *Thread) sortValues(items []Value, key Value, reverse bool) error {
	keys := items
	if key != nil {
		keys = make([]Value, len(items))
		for i, it := range items {
			k, err := th.Call(key, []Value{it}, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	var ferr error
	sort.SliceStable(idx, func(i, j int) bool {
		a, b := keys[idx[i]], keys[idx[j]]
		if reverse {
			a, b = b, a
		}
		lt, err := th.less(a, b)
		if err != nil && ferr == nil {
			ferr = err
		}
		return lt
	})
	if ferr != nil {
		return ferr
	}
	out := make([]Value, len(items))
	for i, j := range idx {
		out[i] = items[j]
	}
	copy(items, out)
	return nil
}

// Bytes is a Python bytes object (the parser's value of a bytes literal).
type Bytes = py.Bytes
