package interp

import (
	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/py"
	"errors"
	"math"
	"math/big"
	"strconv"
	"strings"

	"cascadelab/engine/internal/pyrepr"
)

var builtins map[string]Value

var stdModules map[string]*Module

func fn(name string, f func(th *Thread, c *Call) (Value, error)) *Builtin {
	return &Builtin{Name: name, Fn: f}
}

func argN(th *Thread, c *Call, name string, min, max int) error {
	if len(c.Args) < min || len(c.Args) > max {
		if min == max {
			return th.Raise(TypeError, "%s() takes exactly %d argument%s (%d given)", name, min, plural(min), len(c.Args))
		}
		return th.Raise(TypeError, "%s() takes from %d to %d arguments (%d given)", name, min, max, len(c.Args))
	}
	return nil
}

func kwArg(c *Call, name string) (Value, bool) {
	for _, k := range c.Kw {
		if k.Name == name {
			return k.Value, true
		}
	}
	return nil, false
}
func init() {
	TypeInt.call = callInt
	TypeFloat.call = callFloat
	TypeStr.call = callStr
	TypeBool.call = callBool
	TypeList.call = callList
	TypeTuple.call = callTuple
	TypeSet.call = callSet
	TypeDict.call = callDict
	typeObj.call = callObject
	typeType.call = callType
	builtins = map[string]Value{
		"int": TypeInt, "float": TypeFloat, "str": TypeStr, "bool": TypeBool, "list": TypeList, "tuple": TypeTuple,
		"dict": TypeDict, "set": TypeSet, "bytes": TypeBytes, "bytearray": TypeByteArray, "frozenset": TypeFrozenset, "object": typeObj, "type": typeType, "complex": typeComplex,
		"None": nil, "True": true, "False": false, "NotImplemented": notImplemented, "Ellipsis": ellipsis{},
	}
	for _, b := range builtinFuncs {
		b.qual = b.Name
		builtins[b.Name] = b
	}
	for _, name := range unsupported {
		n := name
		builtins[n] = fn(n, func(th *Thread, c *Call) (Value, error) {
			return nil, th.Unsupported("%s()", n)
		})
	}
	for _, c := range exc.Builtins {
		builtins[c.Name] = ClassOf(c)
	}
	builtins["IOError"], builtins["EnvironmentError"] = osErrorClass, osErrorClass
	builtins["BaseExceptionGroup"], builtins["ExceptionGroup"] = BaseExceptionGroup, ExceptionGroup
	typing := NewDict()
	for _, n := range []string{"List", "Optional", "Dict", "Set", "Tuple", "Union", "Any", "Type", "Sequence", "Iterable", "Mapping", "ClassVar", "Annotated", "Literal"} {
		typing.SetStr(n, &Generic{Origin: n})
	}
	typingExtras(typing)
	typingClasses(typing)
	typing.SetStr("TYPE_CHECKING", false)
	stdModules = map[string]*Module{"typing": {Name: "typing", Attrs: typing}, "typing_extensions": {Name: "typing_extensions", Attrs: typing}, "__future__": {Name: "__future__", Attrs: NewDict()}}
}

// builtinFuncs are the builtin functions, by name (as starlark-go's
// library.go lists its universe).
var builtinFuncs = []*Builtin{
	{Name: "print", Fn: builtinPrint},
	{Name: "len", Fn: builtinLen},
	{Name: "repr", Fn: builtinRepr},
	{Name: "range", Fn: builtinRange},
	{Name: "sorted", Fn: builtinSorted},
	{Name: "reversed", Fn: builtinReversed},
	{Name: "enumerate", Fn: builtinEnumerate},
	{Name: "zip", Fn: builtinZip},
	{Name: "isinstance", Fn: builtinIsinstance},
	{Name: "issubclass", Fn: builtinIssubclass},
	{Name: "hasattr", Fn: builtinHasattr},
	{Name: "getattr", Fn: builtinGetattr},
	{Name: "setattr", Fn: builtinSetattr},
	{Name: "min", Fn: builtinMin},
	{Name: "max", Fn: builtinMax},
	{Name: "sum", Fn: builtinSum},
	{Name: "abs", Fn: builtinAbs},
	{Name: "round", Fn: builtinRound},
	{Name: "any", Fn: builtinAny},
	{Name: "all", Fn: builtinAll},
	{Name: "map", Fn: builtinMap},
	{Name: "filter", Fn: builtinFilter},
	{Name: "iter", Fn: builtinIter},
	{Name: "next", Fn: builtinNext},
	{Name: "id", Fn: builtinId},
	{Name: "hash", Fn: builtinHash},
	{Name: "callable", Fn: builtinCallable},
	{Name: "super", Fn: builtinSuper},
	{Name: "property", Fn: builtinProperty},
	{Name: "staticmethod", Fn: builtinStaticmethod},
	{Name: "classmethod", Fn: builtinClassmethod},
	{Name: "divmod", Fn: builtinDivmod},
	{Name: "pow", Fn: builtinPow},
	{Name: "bin", Fn: builtinBin},
	{Name: "hex", Fn: builtinHex},
	{Name: "oct", Fn: builtinOct},
	{Name: "chr", Fn: builtinChr},
	{Name: "ord", Fn: builtinOrd},
	{Name: "format", Fn: builtinFormat},
	{Name: "ascii", Fn: builtinAscii},
	{Name: "delattr", Fn: builtinDelattr},
	{Name: "vars", Fn: builtinVars},
	{Name: "dir", Fn: builtinDir},
	{Name: "slice", Fn: builtinSlice},
	{Name: "exit", Fn: sysExit},
	{Name: "quit", Fn: sysExit},
}

// unsupported are CPython builtins cascadelab does not have: calling one
// raises NotImplementedError naming it.
var unsupported = []string{"open", "exec", "eval", "input", "__import__", "compile", "globals", "locals", "breakpoint", "memoryview", "help", "aiter", "anext"}

func callFloat(th *Thread, c *Call) (Value, error) {
	if len(c.Args) > 1 {
		return nil, th.Raise(TypeError, "float expected at most 1 argument, got %d", len(c.Args))
	}
	if len(c.Args) == 0 {
		return 0.0, nil
	}
	if inst, ok := c.Args[0].(*Instance); ok {
		for _, m := range []string{"__float__", "__index__"} {
			if f, ok := inst.Class.Lookup(m); ok {
				r, err := th.Call(f, []Value{inst}, nil)
				if err != nil || m == "__float__" {
					return r, err
				}
				return th.toFloat(r)
			}
		}
		if inst.Base != nil {
			return callFloat(th, &Call{Args: []Value{inst.Base}, Span: c.Span})
		}
	}
	if isNumber(c.Args[0]) {
		return th.toFloat(c.Args[0])
	}
	if d, ok := c.Args[0].(realNum); ok {
		return d.toFloat(th)
	}
	if s, ok := c.Args[0].(string); ok {
		t := strings.TrimSpace(s)
		if strings.EqualFold(strings.TrimLeft(t, "+-"), "nan") && len(t) <= 4 { // Go reads no sign on nan
			nan := math.NaN()
			if t[0] == '-' {
				nan = math.Copysign(nan, -1)
			}
			return th.newNaN(nan), nil
		}
		text, ok := floatText(t)
		f, err := strconv.ParseFloat(text, 64)
		// Go also reads hex floats and underscores anywhere; 1e400 is inf.
		if !ok || err != nil && !errors.Is(err, strconv.ErrRange) || strings.ContainsAny(t, "xXpP") {
			return nil, th.Raise(ValueError, "could not convert string to float: %s", pyrepr.Str(s))
		}
		if math.IsNaN(f) {
			return th.newNaN(f), nil
		}
		return f, nil
	}
	return nil, th.Raise(TypeError, "float() argument must be a string or a real number, not '%s'", typeName(c.Args[0]))
}

func callStr(th *Thread, c *Call) (Value, error) {
	a, err := th.args(c, "str", "object", "encoding", "errors")
	if err != nil {
		return nil, err
	}
	if a[1] != nil || a[2] != nil {
		b, ok := bytesArg(a[0]).(Bytes)
		if !ok {
			return nil, th.Raise(TypeError, "decoding to str: need a bytes-like object, %s found", typeName(a[0]))
		}
		return th.decode(b, a[1], a[2])
	}
	if len(c.Args) == 0 {
		return "", nil
	}
	return th.str(c.Args[0])
}

func callBool(th *Thread, c *Call) (Value, error) {
	if len(c.Args) == 0 {
		return false, nil
	}
	return th.truth(c.Args[0])
}

func callList(th *Thread, c *Call) (Value, error) {
	if len(c.Args) > 1 {
		return nil, th.Raise(TypeError, "list expected at most 1 argument, got %d", len(c.Args))
	}
	if len(c.Args) == 0 {
		return &List{}, nil
	}
	items, err := th.iterate(c.Args[0])
	return &List{Items: items}, err
}

func callTuple(th *Thread, c *Call) (Value, error) {
	if len(c.Args) > 1 {
		return nil, th.Raise(TypeError, "tuple expected at most 1 argument, got %d", len(c.Args))
	}
	if len(c.Args) == 0 {
		return Tuple{}, nil
	}
	items, err := th.iterate(c.Args[0])
	return Tuple(items), err
}

func callDict(th *Thread, c *Call) (Value, error) {
	if len(c.Args) > 1 {
		return nil, th.Raise(TypeError, "dict expected at most 1 argument, got %d", len(c.Args))
	}
	d := NewDict()
	return d, th.dictUpdate(d, c)
}

// hasKeys reports whether a value has keys(), which makes it a mapping for
// dict() and dict.update() (CPython's dict_merge asks only that); when the
// interpreter cannot tell for a script's instance, keys() is read anyway,
// to be refused by name. The other values it cannot tell of (a zip) are
// iterables of pairs.
func (th *Thread) hasKeys(v Value) bool {
	_, ok, err := th.GetAttr(v, "keys")
	if _, inst := v.(*Instance); inst {
		return ok || err != nil
	}
	return ok && err == nil
}

// toMapping is a dict of v's items for {**v} and f(**v): a dict's own, or
// what keys() and [] give for any other object with keys(); ok is false
// for a value that is not a mapping.
func (th *Thread) toMapping(v Value) (d *Dict, ok bool, err error) {
	if d, ok := mappingOf(v); ok {
		return d, true, nil
	}
	if !th.hasKeys(v) {
		return nil, false, nil
	}
	d = NewDict()
	return d, true, th.updateFromMapping(d, v)
}

// updateFromMapping is d[k] = m[k] for each k of m.keys().
func (th *Thread) updateFromMapping(d *Dict, m Value) error {
	f, err := th.getAttr(m, "keys")
	if err != nil {
		return err
	}
	keys, err := th.Call(f, nil, nil)
	if err != nil {
		return err
	}
	ks, err := th.iterate(keys)
	if err != nil {
		return err
	}
	for _, k := range ks {
		v, err := th.getItem(m, k)
		if err != nil {
			return err
		}
		if err := d.Set(th, k, v); err != nil {
			return err
		}
	}
	return nil
}

// dictUpdate is dict.update(other, **kw): other a mapping or an iterable
// of pairs.
func (th *Thread) dictUpdate(d *Dict, c *Call) error {
	if len(c.Args) > 0 {
		src, ok := c.Args[0].(*Dict)
		if b, isSub := baseOf(c.Args[0]); isSub {
			src, ok = b.(*Dict)
		}
		if ok {
			for i, k := range src.keys {
				d.Set(th, k, src.vals[i])
			}
		} else if th.hasKeys(c.Args[0]) {
			if err := th.updateFromMapping(d, c.Args[0]); err != nil {
				return err
			}
		} else {
			items, err := th.iterate(c.Args[0])
			if err != nil {
				return err
			}
			for i, it := range items {
				pair, err := th.iterate(it)
				if err != nil {
					return th.Raise(TypeError, "cannot convert dictionary update sequence element #%d to a sequence", i)
				}
				if len(pair) != 2 {
					return th.Raise(ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
				}
				if err := d.Set(th, pair[0], pair[1]); err != nil {
					return err
				}
			}
		}
	}
	for _, k := range c.Kw {
		d.SetStr(k.Name, k.Value)
	}
	return nil
}

func dictFromkeys(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "fromkeys", 1, 2); err != nil {
		return nil, err
	}
	items, err := th.iterate(c.Args[0])
	if err != nil {
		return nil, err
	}
	var v Value
	if len(c.Args) == 2 {
		v = c.Args[1]
	}
	d := NewDict()
	for _, k := range items {
		if err := d.Set(th, k, v); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// objectClass is the class of object()'s instances: builtins' object, which
// has no __dict__ (a sentinel takes no attributes).
var objectClass = func() *Class {
	c := &Class{Name: "object", module: "builtins", native: true, builtin: typeObj, Dict: NewDict(), ns: &classNS{}}
	c.MRO = []*Class{c} // ns: made by no statement, it has object's special names
	return c
}()

func callObject(th *Thread, c *Call) (Value, error) {
	return &Instance{Class: objectClass, Dict: NewDict()}, nil
}

func callType(th *Thread, c *Call) (Value, error) {
	if len(c.Args) == 3 {
		return th.typeCall(c)
	}
	if err := argN(th, c, "type", 1, 1); err != nil {
		return nil, err
	}
	switch v := c.Args[0].(type) {
	case *Instance:
		return v.Class.public(), nil // object()'s class is object
	case *Exception:
		return v.Class, nil
	case *Class:
		if v.meta != nil {
			return v.meta, nil
		}
		if v.enum != nil {
			return enumType, nil
		}
		if v.abc != nil {
			return abcMeta, nil
		}
	case nil:
		return TypeNone, nil
	case bool:
		return TypeBool, nil
	case int64, *big.Int:
		return TypeInt, nil
	case Bytes:
		return TypeBytes, nil
	case *byteArray:
		return TypeByteArray, nil
	case float64:
		return TypeFloat, nil
	case string:
		return TypeStr, nil
	case *List:
		return TypeList, nil
	case *Dict:
		return TypeDict, nil
	case Tuple:
		return TypeTuple, nil
	case *setObj:
		if v.frozen {
			return TypeFrozenset, nil
		}
		return TypeSet, nil
	case *dec:
		return typeDecimal, nil
	case *frac:
		return typeFraction, nil
	case cplx:
		return typeComplex, nil
	case *decContext:
		return typeContext, nil
	case dtValue:
		return map[dtKind]*dtType{kDate: TypeDate, kDateTime: TypeDateTime, kTime: typeTime}[v.kind], nil
	case tdValue:
		return typeTimedelta, nil
	case *tzValue:
		return typeTimezone, nil
	case *rePattern:
		return typePattern, nil
	case *reMatch:
		return typeMatch, nil
	case *uuidObj:
		return TypeUUID, nil
	case *deque:
		return typeDeque, nil
	}
	t := builtinType{name: typeName(c.Args[0])}
	if m, ok := c.Args[0].(HostModule); ok {
		t.module = m.TypeModule()
	}
	// one type object per type: type(iter([])) is type(iter([])), and a
	// module's (type(StringIO()) is io.StringIO, lib registers them)
	mod, short, dotted := strings.Cut(t.name, ".")
	if !dotted {
		mod, short = t.module, t.name
	}
	for _, key := range []string{mod + "." + short, "." + short} {
		if r := th.types[key]; r != nil {
			return r, nil
		}
	}
	th.typeCache()[mod+"."+short] = &t
	return &t, nil
}

func (th *Thread) typeCache() map[string]*builtinType {
	if th.types == nil {
		th.types = map[string]*builtinType{}
	}
	return th.types
}

func builtinPrint(th *Thread, c *Call) (Value, error) {
	sep, end := " ", "\n"
	if v, ok := kwArg(c, "sep"); ok && v != nil {
		sep, _ = v.(string)
	}
	if v, ok := kwArg(c, "end"); ok && v != nil {
		end, _ = v.(string)
	}
	var b strings.Builder
	for i, a := range c.Args {
		if i > 0 {
			b.WriteString(sep)
		}
		s, err := th.str(a)
		if err != nil {
			return nil, err
		}
		b.WriteString(s)
	}
	b.WriteString(end)
	file, _ := kwArg(c, "file")
	return nil, th.writeStream(file, b.String(), false)
}

func builtinLen(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "len", 1, 1); err != nil {
		return nil, err
	}
	switch v := c.Args[0].(type) {
	case *Class:
		if v.enum != nil {
			return int64(len(v.enum.names)), nil
		}
	case string:
		return int64(len([]rune(v))), nil
	case Bytes:
		return int64(len(v)), nil
	case *List:
		return int64(len(v.Items)), nil
	case Tuple:
		return int64(len(v)), nil
	case *Dict:
		return int64(len(v.keys)), nil
	case *setObj:
		return int64(len(v.d.keys)), nil
	case *rangeObj:
		return v.size(th)
	case Sized:
		n, err := v.Len(th)
		return int64(n), err
	case *Instance:
		if m, ok := v.Class.Lookup("__len__"); ok {
			r, err := th.Call(m, []Value{v}, nil)
			if err != nil {
				return nil, err
			}
			if !isInt(r) {
				return nil, th.Raise(TypeError, "'%s' object cannot be interpreted as an integer", typeName(r))
			}
			if n, ok := smallInt(r); ok && n < 0 {
				return nil, th.Raise(ValueError, "__len__() should return >= 0")
			}
			return r, nil
		}
	case Iterable:
		items, err := v.Iterate(th)
		return int64(len(items)), err
	}
	return nil, th.Raise(TypeError, "object of type '%s' has no len()", typeName(c.Args[0]))
}

func builtinRepr(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "repr", 1, 1); err != nil {
		return nil, err
	}
	return th.repr(c.Args[0])
}

func builtinRange(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "range", 1, 3); err != nil {
		return nil, err
	}
	var n [3]*big.Int
	for i, a := range c.Args {
		x, err := th.index1(a) // an int, or what __index__ gives (an IntEnum member)
		if err != nil {
			return nil, err
		}
		n[i] = bigOf(x)
	}
	switch len(c.Args) {
	case 1:
		return newRange(big.NewInt(0), n[0], big.NewInt(1)), nil
	case 2:
		return newRange(n[0], n[1], big.NewInt(1)), nil
	}
	if n[2].Sign() == 0 {
		return nil, th.Raise(ValueError, "range() arg 3 must not be zero")
	}
	return newRange(n[0], n[1], n[2]), nil
}

func builtinSorted(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "sorted", 1, 1); err != nil {
		return nil, err
	}
	items, err := th.iterate(c.Args[0])
	if err != nil {
		return nil, err
	}
	items = append([]Value(nil), items...)
	key, _ := kwArg(c, "key")
	rev, _ := kwArg(c, "reverse")
	return &List{Items: items}, th.sortValues(items, key, rev == true)
}

func builtinReversed(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "reversed", 1, 1); err != nil {
		return nil, err
	}
	switch x := c.Args[0].(type) {
	case *setObj, *iterObj, *lazyIter, *Generator:
		return nil, th.Raise(TypeError, "'%s' object is not reversible", typeName(x))
	case *rangeObj:
		return &lazyIter{name: x.iterName(), next: x.next(true)}, nil
	case *List:
		// live as CPython's list_reverseiterator: from the last index when
		// made, stopping once an index is past the list's end
		i := len(x.Items)
		return &lazyIter{name: "list_reverseiterator", next: func() (Value, bool, error) {
			if i--; i < 0 || i >= len(x.Items) {
				i = -1
				return nil, false, nil
			}
			return x.Items[i], true, nil
		}}, nil
	case Stepper:
		next, err := x.Step(th, true)
		return &lazyIter{name: reversedName(x), next: next}, err
	case *Class:
		if x.enum != nil {
			items := x.enumMembers()
			out := make([]Value, len(items))
			for i, m := range items {
				out[len(items)-1-i] = m
			}
			return &iterObj{items: out}, nil
		}
	case *Instance:
		if m, ok := x.Class.Lookup("__reversed__"); ok {
			return th.Call(m, []Value{x}, nil)
		}
		if _, ok := x.Class.Lookup("__getitem__"); !ok {
			return nil, th.Raise(TypeError, "'%s' object is not reversible", typeName(x))
		}
		if _, ok := x.Class.Lookup("__len__"); !ok && x.Base == nil {
			return nil, th.Raise(TypeError, "object of type '%s' has no len()", typeName(x))
		}
	}
	items, err := th.iterate(c.Args[0])
	if err != nil {
		return nil, err
	}
	out := make([]Value, len(items))
	for i, it := range items {
		out[len(items)-1-i] = it
	}
	return &iterObj{items: out, name: reversedName(c.Args[0])}, nil
}

// reversedName is the type of reversed(v) in CPython.
func reversedName(v Value) string {
	switch x := v.(type) {
	case *List:
		return "list_reverseiterator"
	case *rangeObj:
		return "range_iterator"
	case *Dict:
		return "dict_reversekeyiterator"
	case *dictView:
		return "dict_reverse" + strings.TrimSuffix(x.kind, "s") + "iterator"
	case *deque:
		return "_deque_reverse_iterator"
	}
	return "reversed"
}

func builtinIsinstance(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "isinstance", 2, 2); err != nil {
		return nil, err
	}
	return th.isInstance(c.Args[0], c.Args[1])
}

func builtinIssubclass(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "issubclass", 2, 2); err != nil {
		return nil, err
	}
	switch c.Args[0].(type) {
	case nil, bool, int64, *big.Int, float64, string, Bytes, *List, Tuple, *Dict, *setObj, *Function, *Instance:
		return nil, th.Raise(TypeError, "issubclass() arg 1 must be a class")
	}
	return th.isSubclass(c.Args[0], c.Args[1])
}

// isSubclass is issubclass(a, b) for classes, built-in types and tuples.
func (th *Thread) isSubclass(a, b Value) (Value, error) {
	if t, ok := b.(Tuple); ok {
		for _, x := range t {
			r, err := th.isSubclass(a, x)
			if err != nil || r == true {
				return r, err
			}
		}
		return false, nil
	}
	switch b := b.(type) {
	case *Class:
		if ac, ok := a.(*Class); ok && ac.IsSubclass(b) {
			return true, nil
		}
		if b.abc != nil && b.abc.coll != nil && !th.registered(b, a, true) {
			return th.cabcHas(b, a, true)
		}
		return b.abc != nil && th.registered(b, a, true), nil
	case *builtinType:
		if b == typeObj {
			return true, nil
		}
		if at, ok := a.(*builtinType); ok {
			return at == b || at == TypeBool && b == TypeInt, nil
		}
		if ac, ok := a.(*Class); ok {
			return ac.typeBase() == b || b == typeType && ac.IsSubclass(typeClass), nil
		}
		return false, nil
	}
	return nil, th.Raise(TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
}

func builtinHasattr(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "hasattr", 2, 2); err != nil {
		return nil, err
	}
	name, ok := c.Args[1].(string)
	if !ok {
		return nil, th.Raise(TypeError, "attribute name must be string, not '%s'", typeName(c.Args[1]))
	}
	_, ok, err := th.GetAttr(c.Args[0], name)
	return ok, err
}

func builtinGetattr(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "getattr", 2, 3); err != nil {
		return nil, err
	}
	name, ok := c.Args[1].(string)
	if !ok {
		return nil, th.Raise(TypeError, "attribute name must be string, not '%s'", typeName(c.Args[1]))
	}
	if len(c.Args) == 3 {
		v, found, err := th.GetAttr(c.Args[0], name)
		if err != nil || found {
			return v, err
		}
		return c.Args[2], nil
	}
	return th.getAttr(c.Args[0], name)
}

func builtinSetattr(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "setattr", 3, 3); err != nil {
		return nil, err
	}
	name, ok := c.Args[1].(string)
	if !ok {
		return nil, th.Raise(TypeError, "attribute name must be string, not '%s'", typeName(c.Args[1]))
	}
	return nil, th.setAttr(c.Args[0], name, c.Args[2])
}

func builtinMin(th *Thread, c *Call) (Value, error) { return th.minMax(c, "min", false) }

func builtinMax(th *Thread, c *Call) (Value, error) { return th.minMax(c, "max", true) }

func builtinSum(th *Thread, c *Call) (Value, error) {
	a, err := th.args(c, "sum", "iterable", "start")
	if err != nil {
		return nil, err
	}
	if len(c.Args) == 0 {
		return nil, th.Raise(TypeError, "sum() takes at least 1 positional argument (0 given)")
	}
	switch a[1].(type) {
	case string:
		return nil, th.Raise(TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
	case Bytes:
		return nil, th.Raise(TypeError, "sum() can't sum bytes [use b''.join(seq) instead]")
	}
	items, err := th.iterate(a[0])
	if err != nil {
		return nil, err
	}
	var acc Value = int64(0)
	if a[1] != nil {
		acc = a[1]
	}
	for _, it := range items {
		if acc, err = th.binaryOp(py.Add, acc, it); err != nil {
			return nil, err
		}
	}
	return acc, nil
}

func builtinAny(th *Thread, c *Call) (Value, error) { return th.anyAll(c, true) }

func builtinAll(th *Thread, c *Call) (Value, error) { return th.anyAll(c, false) }

func builtinId(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "id", 1, 1); err != nil {
		return nil, err
	}
	return th.id(c.Args[0]), nil
}

func builtinHash(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "hash", 1, 1); err != nil {
		return nil, err
	}
	if _, err := hashKey(th, c.Args[0]); err != nil {
		return nil, err
	}
	return th.hash(c.Args[0])
}

// hash is hash(v) of a hashable v: a tuple's from its items' hashes, which
// may be an instance's __hash__ or an address.
func (th *Thread) hash(v Value) (Value, error) {
	if b, ok := baseOf(v); ok {
		if _, user := userClass(v).userAttr("__hash__"); !user {
			return th.hash(b)
		}
	}
	if h, ok := pyHash(v); ok {
		return h, nil
	}
	switch x := v.(type) {
	case Tuple:
		hs := make([]int64, len(x))
		for i, it := range x {
			h, err := th.hash(it)
			if err != nil {
				return nil, err
			}
			n, ok := h.(int64)
			if !ok {
				return nil, th.Unsupported("hash() of a tuple holding a __hash__ beyond 64 bits")
			}
			hs[i] = n
		}
		return combineHashes(hs), nil
	case *Instance:
		if m, ok := x.Class.Lookup("__hash__"); ok {
			return th.Call(m, []Value{x}, nil)
		}
	}
	// CPython hashes the rest by address: id() rotated right by 4 bits.
	id := uint64(th.id(v))
	return int64(id>>4 | id<<60), nil
}

func builtinCallable(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "callable", 1, 1); err != nil {
		return nil, err
	}
	return IsCallable(c.Args[0]), nil
}

// IsCallable is callable(v).
func IsCallable(v Value) bool {
	switch x := v.(type) {
	case *Function, *Builtin, *Class, *builtinType, *boundMethod, Callable:
		return true
	case *Instance:
		_, ok := x.Class.Lookup("__call__")
		return ok
	}
	return false
}

func builtinSuper(th *Thread, c *Call) (Value, error) {
	switch len(c.Args) {
	case 0:
		return nil, th.Raise(RuntimeError, "super(): no arguments")
	case 1:
		return nil, th.Unsupported("super() with one argument (an unbound super object)")
	case 2:
	default:
		return nil, th.Raise(TypeError, "super() expected at most 2 arguments, got %d", len(c.Args))
	}
	cls, ok := c.Args[0].(*Class)
	if !ok && isTypeValue(c.Args[0]) {
		return nil, th.Unsupported("super() of a built-in type")
	}
	if !ok {
		return nil, th.Raise(TypeError, "super() argument 1 must be a type, not %s", typeName(c.Args[0]))
	}
	in, err := th.isInstance(c.Args[1], cls)
	if err != nil {
		return nil, err
	}
	if sub, ok := c.Args[1].(*Class); in != true && !(ok && sub.IsSubclass(cls)) {
		return nil, th.Raise(TypeError, "super(type, obj): obj must be an instance or subtype of type")
	}
	return &superObj{cls: cls, self: c.Args[1]}, nil
}

func (th *Thread) isInstance(v, t Value) (Value, error) {
	switch t := t.(type) {
	case Tuple:
		for _, x := range t {
			r, err := th.isInstance(v, x)
			if err != nil || r == true {
				return r, err
			}
		}
		return false, nil
	case *Class:
		switch x := v.(type) {
		case *Instance:
			if x.Class.IsSubclass(t) {
				return true, nil
			}
		case *Exception:
			if x.Class.IsSubclass(t) {
				return true, nil
			}
		case *Class:
			if t == abcMeta {
				return x.abc != nil, nil
			}
			if x.meta != nil && x.meta.IsSubclass(t) || t == typeClass {
				return true, nil
			}
		}
		if t.typedDict {
			return nil, th.Raise(TypeError, "TypedDict does not support instance and class checks")
		}
		if isProtocol(t) {
			return th.protocolInstance(v, t)
		}
		if t.abc != nil && t.abc.coll != nil && !th.registered(t, v, false) {
			return th.cabcHas(t, v, false)
		}
		return t.abc != nil && th.registered(t, v, false), nil
	case *builtinType:
		if inst, ok := v.(*Instance); ok && inst.Base != nil {
			return t == typeObj || inst.Class.typeBase() == t, nil
		}
		switch t {
		case TypeInt:
			_, isBool := v.(bool)
			return isInt(v) || isBool, nil
		case typeObj:
			return true, nil
		}
		n := typeName(v) // a module's type may be named with its module (_io.StringIO)
		return n == t.name || strings.HasSuffix(n, "."+t.name), nil
	case interface {
		IsInstance(th *Thread, v Value) (bool, error)
	}:
		return t.IsInstance(th, v)
	case *classAlias:
		if t.origin.module == "collections.abc" { // types.GenericAlias
			return nil, th.Raise(TypeError, "isinstance() argument 2 cannot be a parameterized generic")
		}
		return nil, th.Raise(TypeError, "Subscripted generics cannot be used with class and instance checks")
	case *Builtin:
		if funcClasses[t.Name] { // a class in CPython, a function here
			return typeName(v) == t.Name, nil
		}
		return nil, th.Raise(TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
	case Object:
		return nil, th.Unsupported("isinstance() with %s", typeName(t))
	}
	return nil, th.Raise(TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
}

// funcClasses are the builtins that are classes in CPython, which the
// interpreter has as functions.
var funcClasses = map[string]bool{"range": true, "slice": true, "enumerate": true, "zip": true, "map": true, "filter": true, "reversed": true, "property": true, "staticmethod": true, "classmethod": true, "super": true}

func (th *Thread) minMax(c *Call, name string, wantMax bool) (Value, error) {
	items := c.Args
	if len(c.Args) == 0 {
		return nil, th.Raise(TypeError, "%s expected at least 1 argument, got 0", name)
	}
	if _, ok := kwArg(c, "default"); ok && len(c.Args) > 1 {
		return nil, th.Raise(TypeError, "Cannot specify a default for %s() with multiple positional arguments", name)
	}
	if len(c.Args) == 1 {
		var err error
		if items, err = th.iterate(c.Args[0]); err != nil {
			return nil, err
		}
	}
	if len(items) == 0 {
		if d, ok := kwArg(c, "default"); ok {
			return d, nil
		}
		return nil, th.Raise(ValueError, "%s() arg is an empty sequence", name)
	}
	key, _ := kwArg(c, "key")
	best := items[0]
	bestKey := best
	if key != nil {
		var err error
		if bestKey, err = th.Call(key, []Value{best}, nil); err != nil {
			return nil, err
		}
	}
	for _, it := range items[1:] {
		k := it
		if key != nil {
			var err error
			if k, err = th.Call(key, []Value{it}, nil); err != nil {
				return nil, err
			}
		}
		var better bool
		var err error
		if wantMax { // item > best, as min_max asks (a class's __gt__ first)
			var r Value
			if r, err = th.compare(py.Gt, k, bestKey); err == nil {
				better, err = th.truth(r)
			}
		} else {
			better, err = th.less(k, bestKey)
		}
		if err != nil {
			return nil, err
		}
		if better {
			best, bestKey = it, k
		}
	}
	return best, nil
}
