package interp

import (
	"cascadelab/engine/internal/budget"
	"math"
	"math/big"
	"reflect"
	"slices"
	"strings"

	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/source"
)

func (th *Thread) eval(e py.Expr, sc *scope) (Value, error) {
	switch e := e.(type) {
	case *py.Constant:
		switch v := e.Value.(type) {
		case py.Ellipsis:
			return ellipsis{}, nil
		case complex128:
			return cplx(v), nil
		}
		return e.Value, nil
	case *py.Name:
		v, ok := th.lookup(e.Id, sc)
		if !ok {
			th.cur = e.Span()
			return nil, th.unbound(e.Id, sc)
		}
		return v, nil
	case *py.Attribute:
		v, err := th.eval(e.Value, sc)
		if err != nil {
			return nil, err
		}
		th.cur = e.Span()
		return th.getAttr(v, mangle(e.Attr, sc))
	case *py.Call:
		return th.callExpr(e, sc)
	case *py.BinOp:
		l, err := th.eval(e.Left, sc)
		if err != nil {
			return nil, err
		}
		r, err := th.eval(e.Right, sc)
		if err != nil {
			return nil, err
		}
		th.cur = e.Span()
		return th.binaryOp(e.Op, l, r)
	case *py.UnaryOp:
		v, err := th.eval(e.Operand, sc)
		if err != nil {
			return nil, err
		}
		th.cur = e.Span()
		return th.unaryOp(e.Op, v)
	case *py.BoolOp:
		var v Value
		for _, x := range e.Values {
			var err error
			if v, err = th.eval(x, sc); err != nil {
				return nil, err
			}
			t, err := th.truth(v)
			if err != nil {
				return nil, err
			}
			if t == (e.Op == py.Or) {
				return v, nil
			}
		}
		return v, nil
	case *py.Compare:
		l, err := th.eval(e.Left, sc)
		if err != nil {
			return nil, err
		}
		var res Value = true
		for i, op := range e.Ops {
			r, err := th.eval(e.Comparators[i], sc)
			if err != nil {
				return nil, err
			}
			th.cur = e.Span()
			if res, err = th.compare(op, l, r); err != nil {
				return nil, err
			}
			if len(e.Ops) > 1 {
				t, err := th.truth(res)
				if err != nil {
					return nil, err
				}
				if !t {
					return res, nil
				}
			}
			l = r
		}
		return res, nil
	case *py.IfExp:
		c, err := th.eval(e.Test, sc)
		if err != nil {
			return nil, err
		}
		t, err := th.truth(c)
		if err != nil {
			return nil, err
		}
		if t {
			return th.eval(e.Body, sc)
		}
		return th.eval(e.Orelse, sc)
	case *py.List:
		items, err := th.evalElts(e.Elts, sc)
		return &List{Items: items}, err
	case *py.Tuple:
		items, err := th.evalElts(e.Elts, sc)
		return Tuple(items), err
	case *py.Set:
		items, err := th.evalElts(e.Elts, sc)
		if err != nil {
			return nil, err
		}
		s, err := th.newSet(items, false)
		if err == nil && len(e.Elts) > 2 && allConst(e.Elts) {
			// CPython compiles a display of constants to a frozenset
			// constant, built again from its own order, that the new set
			// copies: {10, 2, 3} prints {2, 10, 3}.
			if s, err = th.newSet(s.elems(), false); err == nil {
				s = th.copySet(s, false)
			}
		}
		return s, err
	case *py.Dict:
		return th.dictDisplay(e, sc)
	case *py.Subscript:
		v, err := th.eval(e.Value, sc)
		if err != nil {
			return nil, err
		}
		if sl, ok := e.Index.(*py.Slice); ok {
			lo, hi, st, err := th.sliceParts(sl, sc)
			if err != nil {
				return nil, err
			}
			th.cur = e.Span()
			return th.slice(v, lo, hi, st)
		}
		k, err := th.eval(e.Index, sc)
		if err != nil {
			return nil, err
		}
		th.cur = e.Span()
		return th.getItem(v, k)
	case *py.JoinedStr:
		var b text
		for _, p := range e.Values {
			switch p := p.(type) {
			case *py.Constant:
				b.add(p.Value.(string))
			case *py.FormattedValue:
				s, err := th.formatted(p, sc)
				if err != nil {
					return nil, err
				}
				b.add(s)
			}
		}
		th.cur = e.Span() // the string is built here, after its values
		return th.join(&b)
	case *py.Comp:
		return th.comprehension(e, sc)
	case *py.Lambda:
		return th.makeFunction("<lambda>", e.Args, nil, e.Body, sc, e.Span())
	case *py.Starred:
		th.cur = e.Span()
		return nil, th.Raise(SyntaxError, "can't use starred expression here")
	case *py.Yield:
		return th.yieldExpr(e, sc)
	case *py.NamedExpr:
		v, err := th.eval(e.Value, sc)
		if err != nil {
			return nil, err
		}
		target := sc
		for target.comp {
			target = target.parent
		}
		th.setName(e.Target.Id, v, target)
		return v, nil
	}
	th.cur = e.Span()
	return nil, th.Unsupported("this expression")
}

// allConst reports whether every expression is a constant after CPython's
// AST optimizer (literals, signed numbers, tuples of constants).
func allConst(es []py.Expr) bool {
	for _, e := range es {
		switch x := e.(type) {
		case *py.Constant:
		case *py.UnaryOp:
			if _, ok := x.Operand.(*py.Constant); !ok || x.Op == py.Not {
				return false
			}
		case *py.Tuple:
			if !allConst(x.Elts) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

type ellipsis struct{}

func (ellipsis) TypeName() string { return "ellipsis" }

func (th *Thread) evalElts(elts []py.Expr, sc *scope) ([]Value, error) {
	out := make([]Value, 0, len(elts))
	for _, x := range elts {
		if st, ok := x.(*py.Starred); ok {
			v, err := th.eval(st.Value, sc)
			if err != nil {
				return nil, err
			}
			items, err := th.iterate(v)
			if err != nil {
				return nil, err
			}
			out = append(out, items...)
			continue
		}
		v, err := th.eval(x, sc)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	if len(out) > maxItems {
		return nil, th.overBudget(budget.Memory, MemoryError, "the script built a collection of more than %d items", maxItems)
	}
	if err := th.alloc(slot * int64(len(out))); err != nil {
		return nil, err
	}
	return out, nil
}

const maxItems = 10_000_000

func (th *Thread) formatted(p *py.FormattedValue, sc *scope) (string, error) {
	v, err := th.eval(p.Value, sc)
	if err != nil {
		return "", err
	}
	th.cur = p.Span()
	switch p.Conversion {
	case 'r', 'a':
		s, err := th.repr(v)
		if err != nil {
			return "", err
		}
		if p.Conversion == 'a' {
			s = asciiEscape(s)
		}
		v = s
	case 's':
		s, err := th.str(v)
		if err != nil {
			return "", err
		}
		v = s
	}
	spec := ""
	if p.Spec != nil {
		sv, err := th.eval(p.Spec, sc)
		if err != nil {
			return "", err
		}
		spec = sv.(string)
	}
	return th.format(v, spec)
}

// dictDisplay evaluates {k: v, **m} as CPython 3.11 compiles it: a key,
// then its value; a run of pairs is inserted in chunks of 17 (BUILD_MAP
// after all of a chunk's pairs, unless it has 16 or more: MAP_ADD after
// each), so an unhashable key fails only once its chunk is evaluated.
func (th *Thread) dictDisplay(e *py.Dict, sc *scope) (Value, error) {
	d := NewDict()
	var pend []Value
	flush := func() error {
		th.cur = e.Span()
		for j := 0; j < len(pend); j += 2 {
			if err := d.Set(th, pend[j], pend[j+1]); err != nil {
				return err
			}
		}
		pend = pend[:0]
		return nil
	}
	chunk := 0 // pairs left in the current chunk
	eager := false
	for i, k := range e.Keys {
		if k == nil {
			if err := flush(); err != nil {
				return nil, err
			}
			v, err := th.eval(e.Values[i], sc)
			if err != nil {
				return nil, err
			}
			src, ok, err := th.toMapping(v)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, th.Raise(TypeError, "'%s' object is not a mapping", typeName(v))
			}
			for j, kk := range src.keys {
				d.Set(th, kk, src.vals[j])
			}
			continue
		}
		if chunk == 0 {
			end := i
			for end < len(e.Keys) && e.Keys[end] != nil && end-i < 17 {
				end++
			}
			chunk, eager = end-i, end-i >= 16
		}
		kv, err := th.eval(k, sc)
		if err != nil {
			return nil, err
		}
		v, err := th.eval(e.Values[i], sc)
		if err != nil {
			return nil, err
		}
		pend = append(pend, kv, v)
		if chunk--; eager || chunk == 0 {
			if err := flush(); err != nil {
				return nil, err
			}
		}
	}
	return d, flush()
}

// comparedAt is the position CPython 3.11's compiler_jump_if leaves behind
// for test: the last comparison it compiles, looking through not, and/or
// and conditional expressions.
func comparedAt(test py.Expr) (source.Span, bool) {
	var parts []py.Expr
	switch t := test.(type) {
	case *py.Compare:
		return t.Span(), true
	case *py.UnaryOp:
		if t.Op != py.Not {
			return source.Span{}, false
		}
		parts = []py.Expr{t.Operand}
	case *py.BoolOp:
		parts = t.Values
	case *py.IfExp:
		parts = []py.Expr{t.Test, t.Body, t.Orelse}
	}
	var at source.Span
	found := false
	for _, p := range parts {
		if sp, ok := comparedAt(p); ok {
			at, found = sp, true
		}
	}
	return at, found
}

func (th *Thread) comprehension(c *py.Comp, sc *scope) (Value, error) {
	inner := newScope(sc)
	inner.comp = true
	// the first iterable is evaluated where the comprehension is written
	first, err := th.eval(c.Gens[0].Iter, sc)
	if err != nil {
		return nil, err
	}
	th.cur = c.Span()
	firstNext, err := th.iter(first)
	if err != nil {
		return nil, err
	}
	// CPython 3.11 places a comprehension's iterations at the whole
	// comprehension, but a comparison an if tests keeps its own position
	// for what follows it: a later for's iterations and adding the item
	at := make([]source.Span, len(c.Gens)+1)
	at[0] = c.Span()
	for i, g := range c.Gens {
		at[i+1] = at[i]
		for _, t := range g.Ifs {
			if sp, ok := comparedAt(t); ok {
				at[i+1] = sp
			}
		}
	}
	var loop func(i int, emit func() error) error
	loop = func(i int, emit func() error) error {
		if i == len(c.Gens) {
			return emit()
		}
		g := c.Gens[i]
		next := firstNext
		if i > 0 {
			it, err := th.eval(g.Iter, inner)
			if err != nil {
				return err
			}
			th.cur = at[i]
			if next, err = th.iter(it); err != nil {
				return err
			}
		}
	items:
		for {
			th.cur = at[i]
			x, ok, err := next()
			if err != nil || !ok {
				return err
			}
			if err := th.step(c.Span()); err != nil {
				return err
			}
			if err := th.assign(g.Target, x, inner); err != nil {
				return err
			}
			for _, test := range g.Ifs {
				t, err := th.cond(test, inner)
				if err != nil {
					return err
				}
				if !t {
					continue items
				}
			}
			if err := loop(i+1, emit); err != nil {
				return err
			}
		}
	}
	switch c.Kind {
	case "gen":
		var g *Generator
		g = newGenerator("<genexpr>", func() (Value, error) {
			return nil, loop(0, func() error {
				v, err := th.eval(c.Elt, inner)
				if err != nil {
					return err
				}
				_, err = th.yield(g, v)
				return err
			})
		})
		return g, nil
	}
	// a list, set or dict comprehension runs in a frame of its own, as in
	// CPython 3.11 (<listcomp> in tracebacks, one level of recursion)
	leave, err := th.enter("<"+c.Kind+"comp>", c.Span())
	if err != nil {
		return nil, err
	}
	defer leave()
	switch c.Kind {
	case "dict":
		d := NewDict()
		err := loop(0, func() error {
			k, err := th.eval(c.Elt, inner)
			if err != nil {
				return err
			}
			v, err := th.eval(c.Value, inner)
			if err != nil {
				return err
			}
			th.cur = at[len(c.Gens)]
			return d.Set(th, k, v)
		})
		return d, err
	case "set":
		s := emptySet(false)
		err := loop(0, func() error {
			v, err := th.eval(c.Elt, inner)
			if err != nil {
				return err
			}
			th.cur = at[len(c.Gens)]
			return s.add(th, v)
		})
		return s, err
	}
	var list []Value
	err = loop(0, func() error {
		v, err := th.eval(c.Elt, inner)
		if err != nil {
			return err
		}
		list = append(list, v)
		if len(list) > maxItems {
			return th.overBudget(budget.Memory, MemoryError, "the script built a collection of more than %d items", maxItems)
		}
		return th.alloc(slot)
	})
	return &List{Items: list}, err
}

// iterObj is a materialized iterator (generator expressions, iter()).
type iterObj struct {
	items []Value
	pos   int
	name  string // its type's name in CPython; "" for a generator
}

func (it *iterObj) TypeName() string {
	if it.name == "" {
		return "generator"
	}
	return it.name
}

func (th *Thread) assign(t py.Expr, v Value, sc *scope) error {
	switch t := t.(type) {
	case *py.Name:
		if sc.class && th.classBody != nil && th.classBody.enum != nil {
			var err error
			if v, err = th.enumBind(th.classBody.enum, t.Id, v, sc); err != nil {
				return err
			}
		}
		th.setName(t.Id, v, sc)
		return nil
	case *py.Attribute:
		obj, err := th.eval(t.Value, sc)
		if err != nil {
			return err
		}
		th.cur = t.Span()
		return th.setAttr(obj, mangle(t.Attr, sc), v)
	case *py.Subscript:
		obj, err := th.eval(t.Value, sc)
		if err != nil {
			return err
		}
		k, err := th.evalIndex(t.Index, sc)
		if err != nil {
			return err
		}
		th.cur = t.Span()
		return th.setItem(obj, k, v)
	case *py.Tuple, *py.List:
		var elts []py.Expr
		if tt, ok := t.(*py.Tuple); ok {
			elts = tt.Elts
		} else {
			elts = t.(*py.List).Elts
		}
		items, err := th.iterate(v)
		if e, ok := err.(*Exception); ok && e.Class == TypeError && !isIterable(v) {
			return th.Raise(TypeError, "cannot unpack non-iterable %s object", typeName(v))
		}
		if err != nil {
			return err
		}
		star := -1
		for i, e := range elts {
			if _, ok := e.(*py.Starred); ok {
				star = i
			}
		}
		th.cur = t.Span()
		if star < 0 {
			if len(items) != len(elts) {
				if len(items) > len(elts) {
					return th.Raise(ValueError, "too many values to unpack (expected %d)", len(elts))
				}
				return th.Raise(ValueError, "not enough values to unpack (expected %d, got %d)", len(elts), len(items))
			}
			for i, e := range elts {
				if err := th.assign(e, items[i], sc); err != nil {
					return err
				}
			}
			return nil
		}
		after := len(elts) - star - 1
		if len(items) < star+after {
			return th.Raise(ValueError, "not enough values to unpack (expected at least %d, got %d)", star+after, len(items))
		}
		for i := 0; i < star; i++ {
			if err := th.assign(elts[i], items[i], sc); err != nil {
				return err
			}
		}
		mid := &List{Items: append([]Value(nil), items[star:len(items)-after]...)}
		if err := th.assign(elts[star].(*py.Starred).Value, mid, sc); err != nil {
			return err
		}
		for i := 0; i < after; i++ {
			if err := th.assign(elts[star+1+i], items[len(items)-after+i], sc); err != nil {
				return err
			}
		}
		return nil
	}
	th.cur = t.Span()
	return th.Raise(SyntaxError, "cannot assign to this expression")
}

func (th *Thread) del(t py.Expr, sc *scope) error {
	th.cur = t.Span()
	switch t := t.(type) {
	case *py.Name:
		b := th.bindingScope(t.Id, sc)
		if _, ok := b.vars[t.Id]; !ok {
			return th.unbound(t.Id, sc)
		}
		delete(b.vars, t.Id)
		return nil
	case *py.Subscript:
		obj, err := th.eval(t.Value, sc)
		if err != nil {
			return err
		}
		k, err := th.evalIndex(t.Index, sc)
		if err != nil {
			return err
		}
		return th.delItem(obj, k)
	case *py.Attribute:
		obj, err := th.eval(t.Value, sc)
		if err != nil {
			return err
		}
		th.cur = t.Span()
		return th.delAttr(obj, t.Attr)
	case *py.Tuple:
		for _, e := range t.Elts {
			if err := th.del(e, sc); err != nil {
				return err
			}
		}
		return nil
	}
	return th.Unsupported("this del target")
}

// opSymbol is how a TypeError names op (CPython adds pow(), which raises the same).
func opSymbol(op py.Op) string {
	if op == py.Pow {
		return "** or pow()"
	}
	return op.Symbol()
}

func (th *Thread) binaryOp(op py.Op, a, b Value) (Value, error) {
	if x, ok := a.(bool); ok {
		// bool's own &, | and ^ (bool.__and__...) keep bools
		if y, ok := b.(bool); ok {
			switch op {
			case py.BitAnd:
				return x && y, nil
			case py.BitOr:
				return x || y, nil
			case py.BitXor:
				return x != y, nil
			}
		}
	}
	if isInt(a) && isInt(b) {
		return th.intArith(op, a, b)
	}
	if isNumber(a) && isNumber(b) {
		if r, ok, err := th.numArith(op, a, b); ok || err != nil {
			return r, err
		}
	}
	if op == py.Mult {
		if n, ok := smallInt(b); ok {
			if r, ok, err := th.repeat(a, n); ok || err != nil {
				return r, err
			}
		}
		if n, ok := smallInt(a); ok {
			if r, ok, err := th.repeat(b, n); ok || err != nil {
				return r, err
			}
		}
	}
	switch x := a.(type) {
	case string:
		switch op {
		case py.Add:
			if y, ok := b.(string); ok {
				if err := th.alloc(int64(len(x) + len(y))); err != nil {
					return nil, err
				}
				return x + y, nil
			}
		case py.Mod:
			return th.percent(x, b)
		}
	case Bytes:
		switch op {
		case py.Add:
			if y, ok := b.(Bytes); ok {
				if err := th.alloc(int64(len(x) + len(y))); err != nil {
					return nil, err
				}
				return x + y, nil
			}
		case py.Mod:
			args, err := th.toText(b)
			if err != nil {
				return nil, err
			}
			r, err := th.percent(bytesText(x), args)
			return fromText(r), err
		case py.Lt, py.LtE, py.Gt, py.GtE:
			if y, ok := b.(Bytes); ok {
				return cmpResult(op, strings.Compare(string(x), string(y)), false), nil
			}
		}
	case *List:
		switch op {
		case py.Add:
			if y, ok := b.(*List); ok {
				if err := th.alloc(slot * int64(len(x.Items)+len(y.Items))); err != nil {
					return nil, err
				}
				return &List{Items: append(append([]Value(nil), x.Items...), y.Items...)}, nil
			}
		}
	case Tuple:
		if y, ok := b.(Tuple); ok && op == py.Add {
			if err := th.alloc(slot * int64(len(x)+len(y))); err != nil {
				return nil, err
			}
			return append(append(Tuple(nil), x...), y...), nil
		}
	case *setObj:
		if r, ok, err := th.setOp(op, a, b); ok || err != nil {
			return r, err
		}
	case *Dict:
		if y, ok := b.(*Dict); ok && op == py.BitOr {
			return th.dictOr(x, y), nil
		}
	case *builtinType, *Class:
		if op == py.BitOr && isTypeLike(b) {
			return &Generic{Origin: "Union", Args: []Value{a, b}, Pipe: true}, nil
		}
	case nil:
		if op == py.BitOr && isTypeLike(b) && b != nil {
			return &Generic{Origin: "Union", Args: []Value{a, b}, Pipe: true}, nil
		}
	default:
		if op == py.BitOr && isTypeValue(a) && isTypeLike(b) { // datetime.date | None
			return &Generic{Origin: "Union", Args: []Value{a, b}, Pipe: true}, nil
		}
	}
	if h, ok := a.(Operand); ok {
		v, ok, err := h.Binary(th, op, b, false)
		if ok || err != nil {
			return v, err
		}
	}
	if h, ok := b.(Operand); ok {
		v, ok, err := h.Binary(th, op, a, true)
		if ok || err != nil {
			return v, err
		}
	}
	if r, ok, err := th.userOp(op, a, b); ok || err != nil {
		return r, err
	}
	if r, ok, err := th.baseOp(op, a, b); ok || err != nil {
		return r, err
	}
	switch op {
	case py.Eq:
		return identical(a, b), nil
	case py.NotEq:
		return !identical(a, b), nil
	}
	if hostValue(a) || hostValue(b) {
		// the library's objects take part in operators (SQL expressions):
		// one the engine does not build is its gap, not the script's mistake
		return nil, th.Unsupported("the %s operator between %s and %s", opSymbol(op), typeName(a), typeName(b))
	}
	if op == py.Mult {
		for _, pair := range [][2]Value{{a, b}, {b, a}} {
			switch pair[0].(type) {
			case string, Bytes, *List, Tuple, *byteArray:
				if inst, ok := pair[1].(*Instance); ok {
					if _, has := inst.Class.Lookup("__index__"); has { // repeated by its __index__
						n, err := th.index1(inst)
						if err != nil {
							return nil, err
						}
						return th.binaryOp(py.Mult, pair[0], n)
					}
				}
				return nil, th.Raise(TypeError, "can't multiply sequence by non-int of type '%s'", typeName(pair[1]))
			}
		}
	}
	if sym := opSymbol(op); op == py.Lt || op == py.LtE || op == py.Gt || op == py.GtE {
		return nil, th.Raise(TypeError, "'%s' not supported between instances of '%s' and '%s'", sym, typeName(a), typeName(b))
	}
	if op == py.Add {
		switch a.(type) {
		case string, *List, Tuple: // the sequence's own concatenation refuses the operand
			return nil, th.Raise(TypeError, "can only concatenate %s (not \"%s\") to %s", typeName(a), typeName(b), typeName(a))
		case Bytes:
			return nil, th.Raise(TypeError, "can't concat %s to bytes", typeName(b))
		}
	}
	return nil, th.Raise(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", opSymbol(op), typeName(a), typeName(b))
}

// hostValue reports a value the host (the SQLAlchemy layer) provides: an
// Operand, or an Object whose Go type is declared outside this package.
func hostValue(v Value) bool {
	if _, ok := v.(*byteArray); ok {
		return false
	}
	if _, ok := v.(Operand); ok {
		return true
	}
	if _, ok := v.(Object); !ok {
		return false
	}
	t := reflect.TypeOf(v)
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.PkgPath() != interpPkg
}

var interpPkg = reflect.TypeOf(Thread{}).PkgPath()

// repeat is seq * n for a str, bytes, list or tuple (ok false otherwise).
func (th *Thread) repeat(seq Value, n int64) (Value, bool, error) {
	n = max(n, 0)
	switch x := seq.(type) {
	case string:
		if int64(len(x))*n > maxItems {
			return nil, true, th.tooLong()
		}
		if err := th.alloc(int64(len(x)) * n); err != nil {
			return nil, true, err
		}
		return strings.Repeat(x, int(n)), true, nil
	case Bytes:
		if int64(len(x))*n > maxItems {
			return nil, true, th.tooLong()
		}
		if err := th.alloc(int64(len(x)) * n); err != nil {
			return nil, true, err
		}
		return Bytes(strings.Repeat(string(x), int(n))), true, nil
	}
	var items []Value
	switch x := seq.(type) {
	case *List:
		items = x.Items
	case Tuple:
		items = x
	default:
		return nil, false, nil
	}
	if int64(len(items))*n > maxItems {
		return nil, true, th.overBudget(budget.Memory, MemoryError, "the script built a collection of more than %d items", maxItems)
	}
	if err := th.alloc(slot * int64(len(items)) * n); err != nil {
		return nil, true, err
	}
	out := make([]Value, 0, int64(len(items))*n)
	for i := int64(0); i < n; i++ {
		out = append(out, items...)
	}
	if _, ok := seq.(Tuple); ok {
		return Tuple(out), true, nil
	}
	return &List{Items: out}, true, nil
}

func (th *Thread) unaryOp(op py.Op, v Value) (Value, error) {
	if op == py.Not {
		t, err := th.truth(v)
		return !t, err
	}
	if f, ok := v.(float64); ok {
		switch op {
		case py.USub:
			return -f, nil
		case py.UAdd:
			return f, nil
		}
	}
	if isInt(v) {
		switch op {
		case py.USub:
			return th.intArith(py.Sub, int64(0), v)
		case py.UAdd:
			return th.intArith(py.Add, int64(0), v)
		case py.Invert:
			return th.intArith(py.Sub, int64(-1), v)
		}
	}
	if h, ok := v.(Operand); ok {
		r, ok, err := h.Unary(th, op)
		if ok || err != nil {
			return r, err
		}
	}
	if r, ok, err := th.callDunder(userClass(v), unaryMethods[op], v); ok || err != nil {
		return r, err
	}
	if b, ok := baseOf(v); ok {
		return th.unaryOp(op, b)
	}
	sym := op.Symbol()
	if hostValue(v) {
		// as for binary operators: a library object's operator the engine
		// does not build is its gap
		return nil, th.Unsupported("the unary %s operator on %s", sym, typeName(v))
	}
	return nil, th.Raise(TypeError, "bad operand type for unary %s: '%s'", sym, typeName(v))
}

func (th *Thread) compare(op py.Op, a, b Value) (Value, error) {
	switch op {
	case py.Is:
		return identical(a, b), nil
	case py.IsNot:
		return !identical(a, b), nil
	case py.In, py.NotIn:
		r, err := th.contains(b, a)
		if op == py.NotIn {
			r = !r
		}
		return r, err
	case py.Eq, py.NotEq:
		_, aHost := a.(Operand)
		_, bHost := b.(Operand)
		if !aHost && !bHost && userClass(a) == nil && userClass(b) == nil {
			{
				eq, err := th.equal(a, b)
				if op == py.NotEq {
					eq = !eq
				}
				return eq, err
			}
		}
		return th.binaryOp(op, a, b)
	case py.Lt, py.LtE, py.Gt, py.GtE:
		if c, nan, ok := numCompare(a, b); ok {
			return cmpResult(op, c, nan), nil
		}
		if _, aStr := a.(string); aStr {
			if _, bStr := b.(string); bStr {
				switch op {
				case py.Lt:
					return th.less(a, b)
				case py.Gt:
					return th.less(b, a)
				case py.LtE:
					r, err := th.less(b, a)
					return !r, err
				default:
					r, err := th.less(a, b)
					return !r, err
				}
			}
		}
		// a list with a list, a tuple with a tuple (with the other's type
		// binaryOp's TypeError names the operator as written)
		_, al := a.(*List)
		_, bl := b.(*List)
		_, at := a.(Tuple)
		_, bt := b.(Tuple)
		if al && bl || at && bt {
			return th.compare2(op, a, b)
		}
	}
	return th.binaryOp(op, a, b)
}

func (th *Thread) compare2(op py.Op, a, b Value) (Value, error) {
	switch op {
	case py.Lt:
		return th.less(a, b)
	case py.Gt:
		return th.less(b, a)
	case py.LtE:
		r, err := th.less(b, a)
		return !r, err
	}
	r, err := th.less(a, b)
	return !r, err
}

func identical(a, b Value) bool {
	switch x := a.(type) {
	case nil:
		return b == nil
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	case float64:
		y, ok := b.(float64)
		return ok && math.Float64bits(x) == math.Float64bits(y)
	case int64, string:
		return a == b
	case Tuple:
		y, ok := b.(Tuple)
		return ok && len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
	}
	defer func() { recover() }()
	return a == b
}

func (th *Thread) contains(container, v Value) (bool, error) {
	switch c := container.(type) {
	case string:
		s, ok := v.(string)
		if !ok {
			return false, th.Raise(TypeError, "'in <string>' requires string as left operand, not %s", typeName(v))
		}
		return strings.Contains(c, s), nil
	case Bytes:
		return th.bytesContains(c, v)
	case *Dict:
		_, ok, err := c.Get(th, v)
		return ok, err
	case *setObj:
		_, ok, err := c.d.Get(th, v)
		return ok, err
	case *rangeObj:
		switch v.(type) {
		case int64, *big.Int, bool: // CPython's shortcut, for exact ints and bools only
			return c.contains(v), nil
		}
	case Container:
		return c.Contains(th, v)
	case *Class:
		if c.enum != nil {
			m, ok := v.(*Instance)
			if !ok || m.Class.enum == nil {
				return false, th.Raise(TypeError, "unsupported operand type(s) for 'in': '%s' and 'EnumType'", typeName(v))
			}
			return m.Class.IsSubclass(c) && slices.Contains(c.enumMembers(), Value(m)), nil
		}
	case *Instance:
		if r, ok, err := th.callDunder(c.Class, "__contains__", c, v); ok || err != nil {
			if err != nil {
				return false, err
			}
			return th.truth(r)
		}
	}
	items, err := th.iterate(container)
	if err != nil {
		return false, th.Raise(TypeError, "argument of type '%s' is not iterable", typeName(container))
	}
	for _, it := range items {
		if identical(it, v) {
			return true, nil
		}
		eq, err := th.equal(it, v)
		if err != nil {
			return false, err
		}
		if eq {
			return true, nil
		}
	}
	return false, nil
}

// iterate materializes an iterable.
func (th *Thread) iterate(v Value) ([]Value, error) {
	switch x := v.(type) {
	case *List:
		return append([]Value(nil), x.Items...), nil
	case Tuple:
		return x, nil
	case string:
		var out []Value
		for _, r := range x {
			out = append(out, string(r))
		}
		return out, nil
	case Bytes:
		out := make([]Value, len(x))
		for i := range out {
			out[i] = int64(x[i])
		}
		return out, nil
	case *Dict:
		return append([]Value(nil), x.keys...), nil
	case *setObj:
		return append([]Value(nil), x.elems()...), nil
	case *rangeObj:
		_, _, _, n := x.bounds()
		if n.Cmp(big.NewInt(maxItems)) > 0 {
			return nil, th.overBudget(budget.Memory, MemoryError, "range of more than %d items", maxItems)
		}
		if err := th.alloc(slot * n.Int64()); err != nil {
			return nil, err
		}
		out := make([]Value, 0, n.Int64())
		for next := x.next(false); ; {
			v, ok, _ := next()
			if !ok {
				return out, nil
			}
			out = append(out, v)
		}
	case *iterObj:
		out := x.items[x.pos:]
		x.pos = len(x.items)
		return out, nil
	case Iterable:
		return x.Iterate(th)
	case *Class:
		if x.enum != nil {
			return x.enumMembers(), nil
		}
	case *Instance, *Generator, *lazyIter:
		return th.drain(x)
	}
	return nil, th.Raise(TypeError, "'%s' object is not iterable", typeName(v))
}

func (th *Thread) index(k Value, n int) (int, error) {
	return th.indexIn(k, n, "list index out of range")
}

// indexIn is k as an index into n items, out of range raising IndexError
// with CPython's message for that use ("tuple index out of range").
func (th *Thread) indexIn(k Value, n int, outOfRange string) (int, error) {
	if inst, ok := k.(*Instance); ok && inst.Base == nil {
		if _, has := inst.Class.Lookup("__index__"); has {
			r, err := th.index1(inst) // an object with __index__ indexes as its int
			if err != nil {
				return 0, err
			}
			k = r
		}
	}
	if _, isBig := k.(*big.Int); isBig {
		return 0, th.Raise(IndexError, "cannot fit 'int' into an index-sized integer")
	}
	i, ok := smallInt(k)
	if !ok {
		return 0, th.Raise(TypeError, "list indices must be integers or slices, not %s", typeName(k))
	}
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return 0, th.Raise(IndexError, "%s", outOfRange)
	}
	return int(i), nil
}

func (th *Thread) getItem(v, k Value) (Value, error) {
	if c, ok := v.(*Class); ok && c.enum != nil {
		m, ok, err := c.enum.members.Get(th, k)
		if err == nil && !ok {
			err = &Exception{Class: KeyError, Args: []Value{k}, Span: th.cur}
		}
		return m, err
	}
	if c, ok := v.(*Class); ok && c.Hook == nil {
		if m, ok := c.userAttr("__class_getitem__"); ok {
			if cm, isCM := m.(*classMethod); isCM {
				m = cm.fn
			}
			return th.Call(m, []Value{c, k}, nil)
		}
	}
	if s, ok := k.(*sliceObj); ok {
		if _, isInst := v.(*Instance); !isInst {
			return th.slice(v, s.start, s.stop, s.step)
		}
	}
	switch x := v.(type) {
	case *List:
		i, err := th.index(k, len(x.Items))
		if err != nil {
			return nil, err
		}
		return x.Items[i], nil
	case *rangeObj:
		return x.item(th, k)
	case Tuple:
		i, err := th.indexIn(k, len(x), "tuple index out of range")
		if err != nil {
			return nil, err
		}
		return x[i], nil
	case string:
		rs := []rune(x)
		i, err := th.indexIn(k, len(rs), "string index out of range")
		if err != nil {
			return nil, err
		}
		return string(rs[i]), nil
	case Bytes:
		i, err := th.indexIn(k, len(x), "index out of range")
		if err != nil {
			return nil, err
		}
		return int64(x[i]), nil
	case *Dict:
		r, ok, err := x.Get(th, k)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, &Exception{Class: KeyError, Args: []Value{k}, Span: th.cur, Frames: th.frames()}
		}
		return r, nil
	case Indexable:
		return x.GetItem(th, k)
	case *builtinType:
		args := []Value{k}
		if t, ok := k.(Tuple); ok {
			args = t
		}
		origin := x.name
		if x.module != "" { // re.Match[str]
			origin = x.module + "." + x.name
		}
		return &Generic{Origin: origin, Args: args, Alias: true}, nil
	case *Instance:
		if m, ok := x.Class.Lookup("__getitem__"); ok {
			return th.Call(m, []Value{x, k}, nil)
		}
	}
	return nil, th.Raise(TypeError, "'%s' object is not subscriptable", typeName(v))
}

// evalIndex evaluates a subscript's index, a slice as a slice object.
func (th *Thread) evalIndex(e py.Expr, sc *scope) (Value, error) {
	if sl, ok := e.(*py.Slice); ok {
		lo, hi, st, err := th.sliceParts(sl, sc)
		return &sliceObj{start: lo, stop: hi, step: st}, err
	}
	return th.eval(e, sc)
}

// setSlice is l[s] = val, or del l[s].
func (th *Thread) setSlice(l *List, s *sliceObj, val Value, del bool) error {
	start, stop, step, err := th.sliceBounds(int64(len(l.Items)), s.start, s.stop, s.step)
	if err != nil {
		return err
	}
	var items []Value
	if !del {
		if items, err = th.iterate(val); err != nil {
			if e, ok := err.(*Exception); ok && e.Class == TypeError {
				return th.Raise(TypeError, "must assign iterable to extended slice")
			}
			return err
		}
		items = append([]Value(nil), items...)
	}
	if step == 1 {
		stop = max(stop, start)
		rest := append(items, l.Items[stop:]...)
		l.Items = append(l.Items[:start:start], rest...)
		return nil
	}
	var at []int64
	for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
		at = append(at, i)
	}
	if del {
		drop := map[int64]bool{}
		for _, i := range at {
			drop[i] = true
		}
		kept := l.Items[:0:0]
		for i, v := range l.Items {
			if !drop[int64(i)] {
				kept = append(kept, v)
			}
		}
		l.Items = kept
		return nil
	}
	if len(items) != len(at) {
		return th.Raise(ValueError, "attempt to assign sequence of size %d to extended slice of size %d", len(items), len(at))
	}
	for j, i := range at {
		l.Items[i] = items[j]
	}
	return nil
}

func (th *Thread) setItem(v, k, val Value) error {
	if s, ok := k.(*sliceObj); ok {
		if l, ok := v.(*List); ok {
			return th.setSlice(l, s, val, false)
		}
	}
	switch x := v.(type) {
	case *List:
		i, err := th.indexIn(k, len(x.Items), "list assignment index out of range")
		if err != nil {
			return err
		}
		x.Items[i] = val
		return nil
	case *Dict:
		return x.Set(th, k, val)
	case interface {
		SetItem(th *Thread, k, v Value) error
	}:
		return x.SetItem(th, k, val)
	}
	if _, ok, err := th.callDunder(userClass(v), "__setitem__", v, k, val); ok || err != nil {
		return err
	}
	return th.Raise(TypeError, "'%s' object does not support item assignment", typeName(v))
}

func (th *Thread) sliceParts(sl *py.Slice, sc *scope) (lo, hi, st Value, err error) {
	if sl.Lower != nil {
		if lo, err = th.eval(sl.Lower, sc); err != nil {
			return
		}
	}
	if sl.Upper != nil {
		if hi, err = th.eval(sl.Upper, sc); err != nil {
			return
		}
	}
	if sl.Step != nil {
		st, err = th.eval(sl.Step, sc)
	}
	return
}

// sliceBounds is slice.indices(n): lo:hi:st clamped to a length n.
func (th *Thread) sliceBounds(n int64, lo, hi, st Value) (start, stop, step int64, err error) {
	index := func(x Value) (int64, error) {
		if b, ok := x.(*big.Int); ok {
			if b.Sign() < 0 {
				return math.MinInt64 / 2, nil
			}
			return math.MaxInt64 / 2, nil
		}
		i, ok := smallInt(x)
		if !ok {
			return 0, th.Raise(TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		return i, nil
	}
	step = 1
	if st != nil {
		if step, err = index(st); err != nil {
			return
		}
		if step == 0 {
			return 0, 0, 0, th.Raise(ValueError, "slice step cannot be zero")
		}
	}
	norm := func(x Value, def int64) (int64, error) {
		if x == nil {
			return def, nil
		}
		i, err := index(x)
		if err != nil {
			return 0, err
		}
		if i < 0 {
			i += n
		}
		if step > 0 {
			return max(0, min(i, n)), nil
		}
		return max(-1, min(i, n-1)), nil
	}
	if step > 0 {
		if start, err = norm(lo, 0); err == nil {
			stop, err = norm(hi, n)
		}
		return
	}
	if start, err = norm(lo, n-1); err == nil {
		stop, err = norm(hi, -1)
	}
	return
}

func (th *Thread) slice(v, lo, hi, st Value) (Value, error) {
	if s, ok := v.(Slicer); ok {
		return s.Slice(th, lo, hi, st)
	}
	if r, ok, err := th.callDunder(userClass(v), "__getitem__", v, &sliceObj{lo, hi, st}); ok || err != nil {
		return r, err
	}
	if r, ok := v.(*rangeObj); ok { // a range of the selected values
		return r.slice(th, lo, hi, st)
	}
	var items []Value
	isStr := false
	switch x := v.(type) {
	case *List:
		items = x.Items
	case Tuple:
		items = x
	case string:
		isStr = true
		for _, r := range x {
			items = append(items, string(r))
		}
	case Bytes:
		for i := 0; i < len(x); i++ {
			items = append(items, int64(x[i]))
		}
	case *Instance:
		if x.Base == nil {
			return nil, th.Raise(TypeError, "'%s' object is not subscriptable", typeName(v))
		}
		// a subclass of list, tuple or str slices as its base (a plain result)
		return th.slice(x.Base, lo, hi, st)
	case *Dict:
		_, _, err := x.Get(th, &sliceObj{lo, hi, st}) // unhashable type: 'slice'
		return nil, err
	case Indexable:
		// a deque, a mapping, a typing name: each answers a slice key as CPython's
		return x.GetItem(th, &sliceObj{lo, hi, st})
	default:
		// a set, a generator, an iterator or a view is not a sequence
		return nil, th.Raise(TypeError, "'%s' object is not subscriptable", typeName(v))
	}
	start, stop, step, err := th.sliceBounds(int64(len(items)), lo, hi, st)
	if err != nil {
		return nil, err
	}
	var out []Value
	for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
		out = append(out, items[i])
	}
	switch v.(type) {
	case Tuple:
		return Tuple(out), nil
	case Bytes:
		b := make([]byte, len(out))
		for i, x := range out {
			b[i] = byte(x.(int64))
		}
		return Bytes(b), nil
	}
	if isStr {
		var b strings.Builder
		for _, s := range out {
			b.WriteString(s.(string))
		}
		return b.String(), nil
	}
	return &List{Items: out}, nil
}

// isTypeLike reports whether v may stand in a PEP 604 union (int | None,
// Team | None).
func isTypeLike(v Value) bool {
	switch v.(type) {
	case nil, *Generic:
		return true
	}
	return isTypeValue(v)
}

// delItem is del obj[k].
func (th *Thread) delItem(obj, k Value) error {
	if s, ok := k.(*sliceObj); ok {
		if l, ok := obj.(*List); ok {
			return th.setSlice(l, s, nil, true)
		}
	}
	switch o := obj.(type) {
	case *Dict:
		ok, err := o.Delete(th, k)
		if err == nil && !ok {
			err = &Exception{Class: KeyError, Args: []Value{k}, Span: th.cur}
		}
		return err
	case *List:
		i, err := th.indexIn(k, len(o.Items), "list assignment index out of range")
		if err != nil {
			return err
		}
		o.Items = append(o.Items[:i:i], o.Items[i+1:]...)
		return nil
	case interface {
		DelItem(th *Thread, k Value) error
	}:
		return o.DelItem(th, k)
	}
	if _, ok, err := th.callDunder(userClass(obj), "__delitem__", obj, k); ok || err != nil {
		return err
	}
	// PySequence_DelItem says "doesn't" for an index into a type with
	// sequence slots (a script's class has them); PyObject_DelItem says
	// "does not" for the rest
	switch obj.(type) {
	case nil, bool, int64, *big.Int, float64, *Function, *Builtin, *boundMethod, *Class, *builtinType, *Module:
	default:
		if isInt(k) {
			return th.Raise(TypeError, "'%s' object doesn't support item deletion", typeName(obj))
		}
	}
	return th.Raise(TypeError, "'%s' object does not support item deletion", typeName(obj))
}
