package interp

import "cascadelab/engine/internal/py"

// notImplemented is the NotImplemented singleton a dunder returns to let
// the other operand try.
type notImplementedType struct{}

// TypeName implements Object.
func (notImplementedType) TypeName() string { return "NotImplementedType" }

// Repr implements Reprer.
func (notImplementedType) Repr(th *Thread) (string, error) { return "NotImplemented", nil }

var notImplemented = notImplementedType{}

// opMethods are each operator's method and its reflected twin.
var opMethods = map[py.Op][2]string{
	py.Add: {"__add__", "__radd__"}, py.Sub: {"__sub__", "__rsub__"}, py.Mult: {"__mul__", "__rmul__"},
	py.Div: {"__truediv__", "__rtruediv__"}, py.FloorDiv: {"__floordiv__", "__rfloordiv__"},
	py.Mod: {"__mod__", "__rmod__"}, py.Pow: {"__pow__", "__rpow__"}, py.MatMult: {"__matmul__", "__rmatmul__"},
	py.BitAnd: {"__and__", "__rand__"}, py.BitOr: {"__or__", "__ror__"}, py.BitXor: {"__xor__", "__rxor__"},
	py.LShift: {"__lshift__", "__rlshift__"}, py.RShift: {"__rshift__", "__rrshift__"},
	py.Eq: {"__eq__", "__eq__"}, py.NotEq: {"__ne__", "__ne__"},
	py.Lt: {"__lt__", "__gt__"}, py.LtE: {"__le__", "__ge__"}, py.Gt: {"__gt__", "__lt__"}, py.GtE: {"__ge__", "__le__"},
}

// inplaceMethods are the augmented assignments' methods.
var inplaceMethods = map[py.Op]string{
	py.Add: "__iadd__", py.Sub: "__isub__", py.Mult: "__imul__", py.Div: "__itruediv__", py.FloorDiv: "__ifloordiv__",
	py.Mod: "__imod__", py.Pow: "__ipow__", py.MatMult: "__imatmul__", py.BitAnd: "__iand__", py.BitOr: "__ior__",
	py.BitXor: "__ixor__", py.LShift: "__ilshift__", py.RShift: "__irshift__",
}

// unaryMethods are the unary operators' methods.
var unaryMethods = map[py.Op]string{py.USub: "__neg__", py.UAdd: "__pos__", py.Invert: "__invert__"}

// userClass is the script-defined class of v, or nil.
func userClass(v Value) *Class {
	switch x := v.(type) {
	case *Instance:
		return x.Class
	case *Exception:
		return x.Class
	}
	return nil
}

// callDunder calls cls's method name on self with args; ok is false when
// the class has none or it returned NotImplemented.
func (th *Thread) callDunder(cls *Class, name string, self Value, args ...Value) (Value, bool, error) {
	if cls == nil {
		return nil, false, nil
	}
	m, ok := cls.userAttr(name)
	if !ok || m == nil {
		return nil, false, nil
	}
	r, err := th.Call(bind(m, self), args, nil)
	if err != nil {
		return nil, true, err
	}
	if r == notImplemented {
		return nil, false, nil
	}
	return r, true, nil
}

// userOp runs a binary operator through the operands' dunder methods: the
// left operand's, then the right one's reflected method (first when the
// right operand's class is a subclass of the left one's), as CPython does.
func (th *Thread) userOp(op py.Op, a, b Value) (Value, bool, error) {
	names, ok := opMethods[op]
	if !ok {
		return nil, false, nil
	}
	ca, cb := userClass(a), userClass(b)
	if ca == nil && cb == nil {
		return nil, false, nil
	}
	if cb != nil && ca != nil && cb != ca && cb.IsSubclass(ca) {
		if r, ok, err := th.callDunder(cb, names[1], b, a); ok || err != nil {
			return r, true, err
		}
		if r, ok, err := th.callDunder(ca, names[0], a, b); ok || err != nil {
			return r, true, err
		}
	} else {
		if r, ok, err := th.callDunder(ca, names[0], a, b); ok || err != nil {
			return r, true, err
		}
		if cb != ca || ca == nil || names[0] != names[1] && op >= py.Eq { // comparisons reflect within a class too
			if r, ok, err := th.callDunder(cb, names[1], b, a); ok || err != nil {
				return r, true, err
			}
		}
	}
	if op == py.NotEq { // object.__ne__ inverts __eq__
		r, ok, err := th.userOp(py.Eq, a, b)
		if err != nil || !ok {
			return r, ok, err
		}
		t, err := th.truth(r)
		return !t, true, err
	}
	return nil, false, nil
}

// inplaceOp is a user class's augmented assignment method (a += b).
func (th *Thread) inplaceOp(op py.Op, a, b Value) (Value, bool, error) {
	return th.callDunder(userClass(a), inplaceMethods[op], a, b)
}

// userHash is the dict key of an instance whose class defines __hash__;
// probe tells apart unequal instances whose hashes collide.
type userHash struct {
	h     any
	probe int
}

// instanceHash is hash(x) for an instance of a script's class: its
// __hash__, unhashable when it defines __eq__ alone or sets __hash__ = None,
// its identity otherwise (ok false).
func (th *Thread) instanceHash(x *Instance) (userHash, bool, error) {
	for _, k := range x.Class.MRO {
		if k.module != "" && !k.hashed {
			continue
		}
		h, hasHash := k.Dict.GetStr("__hash__")
		_, hasEq := k.Dict.GetStr("__eq__")
		if hasHash && h == nil || !hasHash && hasEq {
			return userHash{}, false, th.Raise(TypeError, "unhashable type: '%s'", x.Class.Name)
		}
		if hasHash {
			r, err := th.Call(bind(h, x), nil, nil)
			if err != nil {
				return userHash{}, false, err
			}
			if !isInt(r) {
				return userHash{}, false, th.Raise(TypeError, "__hash__ method should return an integer")
			}
			k, err := hashKey(th, r)
			return userHash{h: k}, true, err
		}
	}
	return userHash{}, false, nil
}
