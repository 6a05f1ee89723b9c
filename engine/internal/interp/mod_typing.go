package interp

import (
	"strings"

	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/pyrepr"
)

// NewType is typing.NewType(name, tp): calling it returns its argument;
// hosts read Super (its __supertype__) when they resolve annotations.
type NewType struct {
	Name  string
	Super Value
}

func (n *NewType) TypeName() string { return "NewType" }
func (n *NewType) CallHost(th *Thread, c *Call) (Value, error) {
	if len(c.Args) != 1 || len(c.Kw) > 0 {
		return nil, th.Raise(TypeError, "NewType.__call__() takes 2 positional arguments but %d were given", len(c.Args)+1)
	}
	return c.Args[0], nil
}
func (n *NewType) Repr(th *Thread) (string, error) { return "__main__." + n.Name, nil }
func (n *NewType) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "__supertype__":
		return n.Super, true, nil
	case "__name__", "__qualname__":
		return n.Name, true, nil
	case "__module__":
		return "__main__", true, nil
	}
	return nil, false, nil
}

// TypeVar is typing.TypeVar(name, ...): a parameter of a generic alias,
// replaced when the alias is subscripted (Annotated[T, x][int]).
type TypeVar struct {
	Name        string
	constraints Tuple
	bound       Value
	co, contra  bool
}

func (v *TypeVar) TypeName() string { return "TypeVar" }
func (v *TypeVar) Repr(th *Thread) (string, error) {
	switch {
	case v.co:
		return "+" + v.Name, nil
	case v.contra:
		return "-" + v.Name, nil
	}
	return "~" + v.Name, nil
}
func (v *TypeVar) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "__name__":
		return v.Name, true, nil
	case "__constraints__":
		return append(Tuple{}, v.constraints...), true, nil
	case "__bound__":
		if _, ok := v.bound.(string); ok {
			return nil, true, th.Unsupported("TypeVar.__bound__ given as a string (typing.ForwardRef)")
		}
		return v.bound, true, nil
	case "__covariant__":
		return v.co, true, nil
	case "__contravariant__":
		return v.contra, true, nil
	}
	return nil, false, nil
}

// typingExtras adds NewType and TypeVar to the typing module's names.
func typingExtras(d *Dict) {
	d.SetStr("NewType", fn("NewType", func(th *Thread, c *Call) (Value, error) {
		if len(c.Args) != 2 || len(c.Kw) > 0 {
			return nil, th.Raise(TypeError, "NewType.__init__() missing required arguments: 'name' and 'tp'")
		}
		name, ok := c.Args[0].(string)
		if !ok {
			return nil, th.Unsupported("NewType() with a name of type %s", typeName(c.Args[0]))
		}
		return &NewType{Name: name, Super: c.Args[1]}, nil
	}))
	d.SetStr("TypeVar", fn("TypeVar", func(th *Thread, c *Call) (Value, error) {
		if len(c.Args) < 1 {
			return nil, th.Raise(TypeError, "TypeVar.__init__() missing 1 required positional argument: 'name'")
		}
		name, ok := c.Args[0].(string)
		if !ok {
			return nil, th.Raise(TypeError, "TypeVar name must be a string")
		}
		tv := &TypeVar{Name: name, constraints: Tuple(c.Args[1:])}
		for _, kv := range c.Kw {
			switch kv.Name {
			case "bound":
				tv.bound = kv.Value
			case "covariant", "contravariant":
				t, err := th.truth(kv.Value)
				if err != nil {
					return nil, err
				}
				if kv.Name == "covariant" {
					tv.co = t
				} else {
					tv.contra = t
				}
			default:
				return nil, th.Raise(TypeError, "TypeVar.__init__() got an unexpected keyword argument '%s'", kv.Name)
			}
		}
		switch {
		case tv.co && tv.contra:
			return nil, th.Raise(ValueError, "Bivariant types are not supported.")
		case len(tv.constraints) == 1:
			return nil, th.Raise(TypeError, "A single constraint is not allowed")
		case len(tv.constraints) > 0 && tv.bound != nil:
			return nil, th.Raise(TypeError, "Constraints cannot be combined with bound=...")
		}
		return tv, nil
	}))
}

// typeVars lists the TypeVars in args, in order of first appearance (an
// alias's __parameters__).
func typeVars(args []Value, seen []*TypeVar) []*TypeVar {
	for _, a := range args {
		switch a := a.(type) {
		case *TypeVar:
			dup := false
			for _, s := range seen {
				dup = dup || s == a
			}
			if !dup {
				seen = append(seen, a)
			}
		case *Generic:
			seen = typeVars(a.Args, seen)
		}
	}
	return seen
}

// substitute replaces the TypeVars of args by their values.
func substitute(args []Value, with map[*TypeVar]Value) []Value {
	out := make([]Value, len(args))
	for i, a := range args {
		switch x := a.(type) {
		case *TypeVar:
			out[i] = with[x]
		case *Generic:
			out[i] = &Generic{Origin: x.Origin, Args: substitute(x.Args, with), Alias: x.Alias}
		default:
			out[i] = a
		}
	}
	return out
}

// typingGeneric and typingProtocol are typing.Generic and typing.Protocol:
// bases whose subscription (Generic[T]) names a class's type parameters. A
// class deriving from them, subscripted (Repo[int]), is a classAlias.
var typingGeneric, typingProtocol *Class

// typingAnnotationNames are typing's names that only annotate: subscripted
// they print as typing.X[...] and do nothing else.
var typingAnnotationNames = []string{"Callable", "Iterator", "Generator", "FrozenSet", "DefaultDict", "Deque",
	"NoReturn", "Never", "Final", "Self", "Collection", "Container", "Hashable", "Sized", "Reversible",
	"MutableMapping", "MutableSequence", "MutableSet", "AbstractSet", "Awaitable", "Coroutine", "AsyncIterator", "LiteralString"}

// typingClasses adds Generic, Protocol, runtime_checkable, cast, overload,
// get_origin, get_args and get_type_hints to the typing module's names.
func typingClasses(d *Dict) {
	for _, n := range typingAnnotationNames {
		d.SetStr(n, &Generic{Origin: n})
	}
	typingGeneric = nativeClass("Generic", "typing", nil)
	typingProtocol = nativeClass("Protocol", "typing", typingGeneric)
	typingGeneric.Dict.SetStr("__class_getitem__", &classMethod{fn: fn("__class_getitem__", typingClassGetItem)})
	d.SetStr("Generic", typingGeneric)
	d.SetStr("Protocol", typingProtocol)
	d.SetStr("runtime_checkable", fn("runtime_checkable", func(th *Thread, c *Call) (Value, error) {
		if err := argN(th, c, "runtime_checkable", 1, 1); err != nil {
			return nil, err
		}
		cls, ok := c.Args[0].(*Class)
		if !ok || !isProtocol(cls) {
			r, err := th.repr(c.Args[0])
			if err != nil {
				return nil, err
			}
			return nil, th.Raise(TypeError, "@runtime_checkable can be only applied to protocol classes, got %s", r)
		}
		cls.Dict.SetStr("_is_runtime_protocol", true)
		return cls, nil
	}))
	d.SetStr("cast", fn("cast", func(th *Thread, c *Call) (Value, error) {
		a, err := th.args(c, "cast", "typ", "val")
		if err != nil {
			return nil, err
		}
		return a[1], nil
	}))
	d.SetStr("overload", fn("overload", func(th *Thread, c *Call) (Value, error) {
		if err := argN(th, c, "overload", 1, 1); err != nil {
			return nil, err
		}
		// typing's _overload_dummy: the definition that follows replaces it
		return fn(funcName(c.Args[0]), func(th *Thread, c *Call) (Value, error) {
			return nil, th.Raise(NotImplementedError, "You should not call an overloaded function. A series of @typing.overload-decorated functions outside a stub module should always be followed by an implementation that is not @typing.overload-decorated.")
		}), nil
	}))
	d.SetStr("get_origin", fn("get_origin", func(th *Thread, c *Call) (Value, error) {
		if err := argN(th, c, "get_origin", 1, 1); err != nil {
			return nil, err
		}
		switch g := c.Args[0].(type) {
		case *Generic:
			return th.typingOrigin(g)
		case *classAlias:
			return g.origin, nil
		}
		return nil, nil
	}))
	d.SetStr("get_args", fn("get_args", func(th *Thread, c *Call) (Value, error) {
		if err := argN(th, c, "get_args", 1, 1); err != nil {
			return nil, err
		}
		switch g := c.Args[0].(type) {
		case *Generic:
			return typingArgs(g), nil
		case *classAlias:
			return Tuple(g.args), nil
		}
		return Tuple{}, nil
	}))
	d.SetStr("get_type_hints", fn("get_type_hints", typingGetTypeHints))
	makeTypingBuiltins()
	d.SetStr("NamedTuple", typingNamedTuple)
	d.SetStr("TypedDict", typingTypedDict)
}

// funcName is a decorated function's __name__ ("" when it has none).
func funcName(v Value) string {
	if f, ok := v.(*Function); ok {
		return f.Name
	}
	return ""
}

// typingArgs is get_args(): the arguments, None as NoneType, Optional[X] as
// X and NoneType.
func typingArgs(g *Generic) Tuple {
	args := append(Tuple(nil), g.Args...)
	if g.Origin == "Optional" {
		args = append(args, TypeNone)
	}
	for i, a := range args {
		if a == nil {
			args[i] = TypeNone
		}
	}
	return args
}

// typingOrigin is get_origin(): the built-in type a generic alias stands
// for, typing's own form for Union, Literal, ClassVar...; None for a name not
// subscripted. Those whose origin is in collections.abc are refused.
func (th *Thread) typingOrigin(g *Generic) (Value, error) {
	if len(g.Args) == 0 && g.Origin != "Optional" {
		return nil, nil
	}
	if g.Alias {
		if v, ok := builtins[g.Origin]; ok {
			return v, nil
		}
	}
	switch g.Origin {
	case "List":
		return TypeList, nil
	case "Dict":
		return TypeDict, nil
	case "Set":
		return TypeSet, nil
	case "Tuple":
		return TypeTuple, nil
	case "FrozenSet":
		return TypeFrozenset, nil
	case "Type":
		return typeType, nil
	case "Union", "Optional":
		return &Generic{Origin: "Union"}, nil
	case "Literal", "ClassVar", "Final", "Annotated":
		return &Generic{Origin: g.Origin}, nil
	}
	return nil, th.Unsupported("typing.get_origin() of typing.%s (its origin is in collections.abc)", g.Origin)
}

// typingGetTypeHints is get_type_hints() of a function or a class: the
// annotations (a class's along its MRO, the bases' first) with None as
// NoneType. A string annotation would be evaluated: refused.
func typingGetTypeHints(th *Thread, c *Call) (Value, error) {
	if len(c.Args) != 1 || len(c.Kw) > 0 {
		return nil, th.Unsupported("typing.get_type_hints() with globalns, localns or include_extras")
	}
	var sources []Value
	// the names a string annotation sees: a class's own before the module's
	// for a function, the module's before the class's for a class (typing
	// swaps them for backward compatibility)
	var scopes []map[string]Value
	globals := func() map[string]Value {
		names := map[string]Value{}
		for n, v := range th.globals.vars {
			names[n] = v
		}
		return names
	}
	switch x := c.Args[0].(type) {
	case *Function:
		sources, scopes = []Value{x}, []map[string]Value{globals()}
	case *Class:
		for i := len(x.MRO) - 1; i >= 0; i-- {
			if d, own := x.MRO[i].ownAnnotations(th); own {
				names := map[string]Value{}
				for j, k := range x.MRO[i].Dict.keys {
					names[k.(string)] = x.MRO[i].Dict.vals[j]
				}
				for n, v := range globals() {
					names[n] = v
				}
				sources, scopes = append(sources, d), append(scopes, names)
			}
		}
	default:
		return nil, th.Unsupported("typing.get_type_hints() of a %s", typeName(c.Args[0]))
	}
	hints := NewDict()
	for si, src := range sources {
		d, ok := src.(*Dict)
		if f, isFunc := src.(*Function); isFunc {
			ann, err := th.getAttr(f, "__annotations__")
			if err != nil {
				return nil, err
			}
			d, ok = ann.(*Dict)
		}
		if !ok {
			continue
		}
		for i, k := range d.keys {
			v, err := th.evalHint(d.vals[i], scopes[si])
			if err != nil {
				return nil, err
			}
			if v == nil {
				v = TypeNone
			}
			if err := hints.Set(th, k, v); err != nil {
				return nil, err
			}
		}
	}
	return hints, nil
}

// evalHint is typing._eval_type: the strings in an annotation (forward
// references) evaluated with names, through the annotation's arguments.
// Only names, attributes, subscripts, tuples, lists, constants and | are
// evaluated: the string is an annotation, never code to run.
func (th *Thread) evalHint(v Value, names map[string]Value) (Value, error) {
	switch x := v.(type) {
	case string:
		e := th.parseExpr(x)
		if e == nil {
			return nil, th.Raise(SyntaxError, "Forward reference must be an expression -- got %s", pyrepr.Str(x))
		}
		plain := true
		py.Inspect(e, func(n py.Node) bool {
			switch n := n.(type) {
			case *py.Name, *py.Attribute, *py.Subscript, *py.Tuple, *py.List, *py.Constant:
			case *py.BinOp:
				plain = plain && n.Op == py.BitOr
			default:
				plain = false
			}
			return plain
		})
		if !plain {
			return nil, th.Unsupported("typing.get_type_hints() of the string annotation %s (names, attributes, subscripts and | are evaluated)", pyrepr.Str(x))
		}
		r, err := th.evalIn(e, names)
		if err != nil {
			return nil, err
		}
		return th.evalHint(r, names)
	case *Generic:
		if x.Origin == "Literal" {
			return x, nil
		}
		g := *x
		g.Args = make([]Value, len(x.Args))
		for i, a := range x.Args {
			g.Args[i] = a
			if x.Origin != "Annotated" || i == 0 {
				r, err := th.evalHint(a, names)
				if err != nil {
					return nil, err
				}
				g.Args[i] = r
			}
		}
		return &g, nil
	case *List:
		l := &List{Items: make([]Value, len(x.Items))}
		for i, a := range x.Items {
			r, err := th.evalHint(a, names)
			if err != nil {
				return nil, err
			}
			l.Items[i] = r
		}
		return l, nil
	}
	return v, nil
}

// genericParams sets what Generic.__init_subclass__ sets on a generic
// class: __orig_bases__ when a base was subscripted, and __parameters__,
// Generic[...]'s type variables or else those of every subscripted base.
func genericParams(cls *Class, orig []Value) {
	var args []Value
	aliased := false
	for _, b := range orig {
		if a, ok := b.(*classAlias); ok {
			aliased = true
			if a.origin == typingGeneric || a.origin == typingProtocol {
				args = a.args
				break
			}
			args = append(args, a.args...)
		}
	}
	if aliased {
		cls.Dict.SetStr("__orig_bases__", Tuple(orig))
		cls.ns.body["__orig_bases__"] = true // the class statement puts it in the namespace
	}
	params := Tuple{}
	for _, tv := range typeVars(args, nil) {
		params = append(params, tv)
	}
	cls.Dict.SetStr("__parameters__", params)
}

// typingClassGetItem is Generic.__class_getitem__: Generic[T] and
// Protocol[T] take type variables only; a subclass subscripted is an alias.
func typingClassGetItem(th *Thread, c *Call) (Value, error) {
	if len(c.Args) != 2 {
		return nil, th.Raise(TypeError, "__class_getitem__ expected 1 argument")
	}
	cls, _ := c.Args[0].(*Class)
	args := []Value{c.Args[1]}
	if t, ok := c.Args[1].(Tuple); ok {
		args = t
	}
	if cls == typingGeneric || cls == typingProtocol {
		for _, a := range args {
			if _, ok := a.(*TypeVar); !ok {
				return nil, th.Raise(TypeError, "Parameters to %s[...] must all be type variables or parameter specification variables.", cls.Name)
			}
		}
	}
	return &classAlias{origin: cls, args: args}, nil
}

// isProtocol tells whether a class is a protocol: Protocol among its own bases.
func isProtocol(c *Class) bool {
	for _, b := range c.Bases {
		if b == typingProtocol {
			return true
		}
	}
	return false
}

// protocolInstance is isinstance(v, proto) for a protocol class: a
// subclass, or (a @runtime_checkable one) a value having every member the
// protocol and its protocol bases declare, as _ProtocolMeta.__instancecheck__.
func (th *Thread) protocolInstance(v Value, proto *Class) (bool, error) {
	if rt, _ := proto.Dict.GetStr("_is_runtime_protocol"); rt != true {
		return false, th.Raise(TypeError, "Instance and class checks can only be used with @runtime_checkable protocols")
	}
	if x, ok := v.(*Instance); ok && x.Class.IsSubclass(proto) {
		return true, nil
	}
	for _, base := range proto.MRO {
		if base == typingProtocol || base == typingGeneric || base.builtin != nil || base.module != "" && base.native {
			continue
		}
		names := append([]Value(nil), base.Dict.keys...)
		if ann, ok := base.Dict.GetStr("__annotations__"); ok {
			if d, ok := ann.(*Dict); ok {
				names = append(names, d.keys...)
			}
		}
		for _, n := range names {
			name, _ := n.(string)
			if name == "" || protocolExcluded[name] || strings.HasPrefix(name, "_abc_") {
				continue
			}
			got, found, err := th.GetAttr(v, name)
			if err != nil || !found {
				return false, err
			}
			if member, ok := proto.Lookup(name); ok && got == nil && IsCallable(member) {
				return false, nil
			}
		}
	}
	return true, nil
}

// protocolExcluded are the names typing leaves out of a protocol's members
// (_TYPING_INTERNALS, _SPECIAL_NAMES).
var protocolExcluded = map[string]bool{"__parameters__": true, "__orig_bases__": true, "__orig_class__": true,
	"_is_protocol": true, "_is_runtime_protocol": true, "__abstractmethods__": true, "__annotations__": true,
	"__dict__": true, "__doc__": true, "__init__": true, "__module__": true, "__new__": true, "__slots__": true,
	"__subclasshook__": true, "__weakref__": true, "__class_getitem__": true, "_MutableMapping__marker": true,
	"__qualname__": true}

// classAlias is a generic class subscripted (Repo[int], Generic[T]): it
// prints as typing does, makes instances of the class, and reads the class's
// attributes.
type classAlias struct {
	origin *Class
	args   []Value
}

func (a *classAlias) TypeName() string { return "_GenericAlias" }

func (a *classAlias) Repr(th *Thread) (string, error) {
	parts, err := typeReprs(th, a.args, a.origin.Name)
	if err != nil {
		return "", err
	}
	name := a.origin.Name
	if a.origin.qualname != "" {
		name = a.origin.qualname
	}
	return a.origin.moduleName() + "." + name + "[" + strings.Join(parts, ", ") + "]", nil
}

func (a *classAlias) CallHost(th *Thread, c *Call) (Value, error) { return th.call(a.origin, c) }

func (a *classAlias) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "__origin__":
		return a.origin, true, nil
	case "__args__":
		return Tuple(a.args), true, nil
	case "__parameters__":
		var ps Tuple
		for _, p := range typeVars(a.args, nil) {
			ps = append(ps, p)
		}
		return ps, true, nil
	}
	return th.GetAttr(a.origin, name)
}

// Attr gives a typing alias's __origin__ and __args__.
func (g *Generic) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "__args__":
		if len(g.Args) > 0 {
			return typingArgs(g), true, nil
		}
	case "__origin__":
		if len(g.Args) > 0 {
			o, err := th.typingOrigin(g)
			return o, err == nil, err
		}
	}
	return nil, false, nil
}

// typingEqual is == of two typing aliases: unions compare their arguments
// as sets (Optional[int] == int | None), the others origin and arguments.
func (th *Thread) typingEqual(x, y *Generic) (bool, error) {
	union := func(g *Generic) bool { return g.Origin == "Union" || g.Origin == "Optional" }
	if union(x) && union(y) {
		xs, ys := typingArgs(x), typingArgs(y)
		for _, pair := range [2][2]Tuple{{xs, ys}, {ys, xs}} {
			for _, a := range pair[0] {
				found := false
				for _, b := range pair[1] {
					eq, err := th.equal(a, b)
					if err != nil {
						return false, err
					}
					found = found || eq
				}
				if !found {
					return false, nil
				}
			}
		}
		return true, nil
	}
	if x.Origin != y.Origin || x.Alias != y.Alias || x.Pipe != y.Pipe || len(x.Args) != len(y.Args) {
		return false, nil
	}
	return th.equalSeq(x.Args, y.Args)
}

// typingNamedTuple and typingTypedDict are typing.NamedTuple and TypedDict:
// called, or named as the base of a class statement (typingClass).
var typingNamedTuple, typingTypedDict *Builtin

// makeTypingBuiltins makes typingNamedTuple and typingTypedDict.
func makeTypingBuiltins() {
	typingNamedTuple = fn("NamedTuple", func(th *Thread, c *Call) (Value, error) {
		a, err := th.args(c, "NamedTuple", "typename", "fields")
		if err != nil {
			return nil, err
		}
		name, err := th.strArg(a[0], "typename")
		if err != nil {
			return nil, err
		}
		pairs, err := th.iterate(a[1])
		if err != nil {
			return nil, err
		}
		ann := NewDict()
		for _, p := range pairs {
			t, ok := p.(Tuple)
			if !ok || len(t) != 2 {
				return nil, th.Raise(TypeError, "NamedTuple('Name', [(f0, t0), (f1, t1), ...]); each t must be a type")
			}
			if err := ann.Set(th, t[0], t[1]); err != nil {
				return nil, err
			}
		}
		return th.namedTupleClass(name, ann, NewDict(), nil)
	})
	typingTypedDict = fn("TypedDict", func(th *Thread, c *Call) (Value, error) {
		if len(c.Args) != 2 {
			return nil, th.Unsupported("TypedDict() other than TypedDict(name, {field: type, ...}, total=...)")
		}
		name, err := th.strArg(c.Args[0], "typename")
		if err != nil {
			return nil, err
		}
		fields, ok := c.Args[1].(*Dict)
		if !ok {
			return nil, th.Unsupported("TypedDict() with fields given as a %s", typeName(c.Args[1]))
		}
		return th.typedDictClass(name, nil, fields, NewDict(), c.Kw)
	})
}

// typingClass makes what a class statement deriving from NamedTuple or from
// a TypedDict makes: a namedtuple class, a TypedDict class.
func (th *Thread) typingClass(special *Builtin, name string, bases []*Class, dict *Dict, body *ClassBody, kw []KV) (*Class, error) {
	ann := NewDict()
	for _, n := range body.AnnNames {
		ann.SetStr(n, body.Annotations[n])
	}
	var cls *Class
	var err error
	if special == typingNamedTuple {
		if len(kw) > 0 {
			return nil, th.Unsupported("keyword arguments to a NamedTuple class")
		}
		cls, err = th.namedTupleClass(name, ann, dict, body)
	} else {
		cls, err = th.typedDictClass(name, bases, ann, dict, kw)
	}
	if err != nil {
		return nil, err
	}
	cls.qualname = body.qualname
	for _, f := range body.funcs {
		f.class = cls
	}
	return cls, nil
}

// namedTupleClass is NamedTupleMeta: a namedtuple of the annotated fields,
// the assigned ones their defaults, the class body's other names copied in.
func (th *Thread) namedTupleClass(name string, ann, ns *Dict, body *ClassBody) (*Class, error) {
	var fields, defaults Tuple
	var defaultNames []string
	for _, k := range ann.keys {
		field := k.(string)
		fields = append(fields, field)
		if v, ok := ns.GetStr(field); ok {
			defaults = append(defaults, v)
			defaultNames = append(defaultNames, field)
		} else if len(defaultNames) > 0 {
			s := ""
			if len(defaultNames) > 1 {
				s = "s"
			}
			return nil, th.Raise(TypeError, "Non-default namedtuple field %s cannot follow default field%s %s", field, s, strings.Join(defaultNames, ", "))
		}
	}
	v, err := namedtuple(th, &Call{Args: []Value{name, fields}, Kw: []KV{{Name: "defaults", Value: defaults}}})
	if err != nil {
		return nil, err
	}
	cls := v.(*Class)
	cls.Dict.SetStr("__annotations__", ann)
	if body != nil {
		cls.Body = body
	}
	for i, k := range ns.keys {
		key := k.(string)
		switch {
		case namedTupleProhibited[key]:
			return nil, th.Raise(AttributeError, "Cannot overwrite NamedTuple attribute %s", key)
		case key == "__module__" || key == "__name__" || key == "__annotations__":
		default:
			if _, isField := ann.GetStr(key); !isField {
				cls.Dict.SetStr(key, ns.vals[i])
			}
		}
	}
	return cls, nil
}

// namedTupleProhibited are the names a NamedTuple class body may not define.
var namedTupleProhibited = map[string]bool{"__new__": true, "__init__": true, "__slots__": true, "__getnewargs__": true,
	"_fields": true, "_field_defaults": true, "_make": true, "_replace": true, "_asdict": true, "_source": true}

// typedDictClass is _TypedDictMeta: a class whose call makes a plain dict,
// with the fields' annotations and required and optional keys, its bases'
// first; total= (default True) says whether its own fields are required.
func (th *Thread) typedDictClass(name string, bases []*Class, own, ns *Dict, kw []KV) (*Class, error) {
	total := true
	for _, k := range kw {
		if k.Name != "total" {
			return nil, th.Raise(TypeError, "__init_subclass__() takes no keyword arguments")
		}
		t, err := th.truth(k.Value)
		if err != nil {
			return nil, err
		}
		total = t
	}
	ann := NewDict()
	var required, optional []Value
	for _, b := range bases {
		if !b.typedDict {
			return nil, th.Raise(TypeError, "cannot inherit from both a TypedDict type and a non-TypedDict base class")
		}
		bann, _ := b.Dict.GetStr("__annotations__")
		for i, k := range bann.(*Dict).keys {
			ann.Set(th, k, bann.(*Dict).vals[i])
		}
		for _, pair := range []struct {
			key  string
			into *[]Value
		}{{"__required_keys__", &required}, {"__optional_keys__", &optional}} {
			keys, _ := b.Dict.GetStr(pair.key)
			items, err := th.iterate(keys)
			if err != nil {
				return nil, err
			}
			*pair.into = append(*pair.into, items...)
		}
	}
	for i, k := range own.keys {
		ann.Set(th, k, own.vals[i])
		if total {
			required = append(required, k)
		} else {
			optional = append(optional, k)
		}
	}
	cls := NewClass(name, []*Class{builtinClasses[TypeDict]}, ns, nil)
	cls.typedDict = true
	cls.Dict.SetStr("__annotations__", ann)
	for _, pair := range []struct {
		key  string
		keys []Value
	}{{"__required_keys__", required}, {"__optional_keys__", optional}} {
		set, err := th.newSet(pair.keys, true)
		if err != nil {
			return nil, err
		}
		cls.Dict.SetStr(pair.key, set)
	}
	cls.Dict.SetStr("__total__", total)
	cls.setMethod("__new__", func(th *Thread, c *Call) (Value, error) {
		return TypeDict.call(th, &Call{Args: c.Args[1:], Kw: c.Kw, Span: c.Span})
	})
	return cls, nil
}

// typedDictBase tells whether a class statement derives from a TypedDict class.
func typedDictBase(bases []*Class) bool {
	for _, b := range bases {
		if b.typedDict {
			return true
		}
	}
	return false
}
