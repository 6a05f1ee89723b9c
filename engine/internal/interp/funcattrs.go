package interp

import (
	"errors"
	"maps"
	"slices"

	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/py"
)

// qualify is the __qualname__ of name defined in sc.
func (th *Thread) qualify(name string, sc *scope) string {
	if sc.class && th.classBody != nil && th.classBody.qualname != "" {
		return th.classBody.qualname + "." + name
	}
	for s := sc; s != nil; s = s.parent {
		if s.fn != nil {
			return s.fn.qualname + ".<locals>." + name
		}
	}
	return name
}

// doc is the function's docstring, or None.
func (f *Function) doc() Value { return docstring(f.Body) }

// docstring is a body's docstring (its first statement, a string), or None.
func docstring(body []py.Stmt) Value {
	if len(body) > 0 {
		if e, ok := body[0].(*py.ExprStmt); ok {
			if c, ok := e.Value.(*py.Constant); ok {
				if s, ok := c.Value.(string); ok {
					return s
				}
			}
		}
	}
	return nil
}

// funcAttr is a function's attribute.
func (th *Thread) funcAttr(f *Function, name string) (Value, bool, error) {
	if v, ok := f.special[name]; ok {
		return v, true, nil
	}
	if f.attrs != nil {
		if v, ok := f.attrs.GetStr(name); ok {
			return v, true, nil
		}
	}
	switch name {
	case "__name__":
		return f.Name, true, nil
	case "__qualname__":
		return f.qualname, true, nil
	case "__doc__":
		return f.doc(), true, nil
	case "__module__":
		return "__main__", true, nil
	case "__closure__":
		return th.closure(f), true, nil
	case "__code__":
		return f.codeObj(), true, nil
	case "__defaults__":
		if len(f.Defaults) == 0 {
			return nil, true, nil
		}
		return Tuple(append([]Value(nil), f.Defaults...)), true, nil
	case "__kwdefaults__":
		d := NewDict()
		for i, a := range f.Args.KwOnly {
			if _, none := f.KwDefs[i].(missing); !none {
				d.SetStr(a.Name, f.KwDefs[i])
			}
		}
		if d.Len() == 0 {
			return nil, true, nil
		}
		return d, true, nil
	case "__annotations__":
		if f.annErr != nil {
			return nil, true, f.annErr
		}
		if f.anns == nil {
			f.anns = NewDict() // a lambda's, or a function made in Go
		}
		return f.anns, true, nil
	case "__dict__":
		if f.attrs == nil {
			f.attrs = NewDict()
		}
		return f.attrs, true, nil
	}
	return nil, false, nil
}

// setFuncAttr sets an attribute on a function (f.calls = 0, __wrapped__).
func (th *Thread) setFuncAttr(f *Function, name string, v Value) error {
	switch name {
	case "__name__", "__qualname__":
		s, ok := v.(string)
		if !ok {
			return th.Raise(TypeError, "%s must be set to a string object", name)
		}
		f.codeObj() // it keeps the names the def gave
		if name == "__name__" {
			f.Name = s
		} else {
			f.qualname = s
		}
		return nil
	case "__annotations__":
		switch d := v.(type) {
		case *Dict:
			f.anns, f.annErr = d, nil
		case nil:
			f.anns, f.annErr = nil, nil // read again, a new empty dict
		default:
			return th.Raise(TypeError, "__annotations__ must be set to a dict object")
		}
		return nil
	case "__doc__", "__module__":
		f.setSpecial(name, v)
		return nil
	case "__defaults__", "__kwdefaults__":
		return th.Unsupported("assigning function.%s", name)
	}
	if f.attrs == nil {
		f.attrs = NewDict()
	}
	f.attrs.SetStr(name, v)
	return nil
}

func (f *Function) setSpecial(name string, v Value) {
	if f.special == nil {
		f.special = map[string]Value{}
	}
	f.special[name] = v
}

// cell is one of a closure's cells: the enclosing scope's variable, live.
type cell struct {
	sc   *scope
	name string
}

// TypeName implements Object.
func (c *cell) TypeName() string { return "cell" }

// Attr gives cell_contents.
func (c *cell) Attr(th *Thread, name string) (Value, bool, error) {
	if name != "cell_contents" {
		return nil, false, nil
	}
	if v, ok := c.sc.vars[c.name]; ok {
		return v, true, nil
	}
	return nil, true, th.Raise(ValueError, "Cell is empty")
}

// closure is __closure__: a cell per free variable (a name the function,
// or a function nested in it, reads from an enclosing function's scope),
// in the compiler's sorted order; None when there is none.
func (th *Thread) closure(f *Function) Value {
	used := map[string]bool{}
	visit := func(n py.Node) bool {
		if name, ok := n.(*py.Name); ok {
			used[name.Id] = true
		}
		return true
	}
	for _, st := range f.Body {
		py.Inspect(st, visit)
	}
	if f.Expr != nil {
		py.Inspect(f.Expr, visit)
	}
	if used["super"] {
		delete(used, "super")
		used["__class__"] = true // super() reads the method's class cell
	}
	var cells Tuple
	for _, name := range slices.Sorted(maps.Keys(used)) {
		if name == "__class__" {
			if f.class != nil {
				cells = append(cells, &cell{sc: &scope{vars: map[string]Value{"__class__": f.class}}, name: name})
			}
			continue
		}
		if f.info.locals[name] || f.info.globals[name] {
			continue
		}
		for s := f.scope; s != nil && s != th.globals; s = s.parent {
			if s.class || s.info == nil {
				continue
			}
			if s.info.locals[name] {
				cells = append(cells, &cell{sc: s, name: name})
				break
			}
		}
	}
	if len(cells) == 0 {
		return nil
	}
	return cells
}

// codeObj is a function's __code__, with the attributes scripts read about
// where a function is and what it takes; name and qualname are the def's,
// which assigning __name__ (functools.wraps) does not change.
type codeObj struct {
	f              *Function
	name, qualname string
}

// codeObj is f.__code__, made once.
func (f *Function) codeObj() *codeObj {
	if f.code == nil {
		f.code = &codeObj{f, f.Name, f.qualname}
	}
	return f.code
}

// TypeName implements Object.
func (c *codeObj) TypeName() string { return "code" }

// Attr implements Attrs.
func (c *codeObj) Attr(th *Thread, name string) (Value, bool, error) {
	f, a := c.f, c.f.Args
	switch name {
	case "co_name":
		return c.name, true, nil
	case "co_argcount":
		return int64(len(a.Args)), true, nil
	case "co_posonlyargcount":
		return int64(a.PosOnly), true, nil
	case "co_kwonlyargcount":
		return int64(len(a.KwOnly)), true, nil
	case "co_varnames", "co_nlocals":
		cells, params := cellVars(f), len(a.Args)+len(a.KwOnly)
		if a.Vararg != nil {
			params++
		}
		if a.Kwarg != nil {
			params++
		}
		var names Tuple
		for i, n := range f.info.order {
			if i < params || !cells[n] {
				names = append(names, n)
			}
		}
		if name == "co_nlocals" {
			return int64(len(names)), true, nil
		}
		return names, true, nil
	case "co_filename", "co_firstlineno", "co_qualname":
		if f.native != nil {
			return nil, true, th.Unsupported("%s of %s, which dataclasses writes", name, f.qualname)
		}
		switch name {
		case "co_filename":
			return th.file.Name, true, nil
		case "co_qualname":
			return c.qualname, true, nil
		}
		return int64(th.file.Position(f.Span.Start).Line), true, nil
	}
	return nil, false, nil
}

// cellVars are f's locals a nested function, lambda, class body or
// comprehension reads (CPython's co_cellvars): co_varnames leaves them out,
// unless they are parameters.
func cellVars(f *Function) map[string]bool {
	cells := map[string]bool{}
	body := f.Body
	if f.Expr != nil {
		body = []py.Stmt{&py.ExprStmt{Value: f.Expr}}
	}
	nested, _ := innerFrees(body)
	for n := range nested {
		if f.info.locals[n] {
			cells[n] = true
		}
	}
	return cells
}

// innerFrees are the names the scopes nested in body read from around
// them; direct are the names body's own scope reads or binds.
func innerFrees(body []py.Stmt) (nested, direct map[string]bool) {
	nested, direct = map[string]bool{}, map[string]bool{}
	var visit func(n py.Node) bool
	visit = func(n py.Node) bool {
		var outer []py.Expr // what a nested scope's definition evaluates where it is written
		switch n := n.(type) {
		case *py.Name:
			direct[n.Id] = true
			return true
		case *py.Global:
			for _, x := range n.Names {
				if n.Nonlocal {
					direct[x] = true
				}
			}
			return true
		case *py.FunctionDef:
			outer = append(append(outer, n.Decorators...), n.Returns)
			outer = append(outer, argExprs(n.Args)...)
		case *py.Lambda:
			outer = argExprs(n.Args)
		case *py.ClassDef:
			outer = append(append(outer, n.Decorators...), n.Bases...)
			for _, k := range n.Keywords {
				outer = append(outer, k.Value)
			}
		case *py.Comp:
			outer = []py.Expr{n.Gens[0].Iter}
		default:
			return true
		}
		for k := range scopeFrees(n) {
			nested[k] = true
		}
		for _, e := range outer {
			if e != nil {
				py.Inspect(e, visit)
			}
		}
		return false
	}
	for _, st := range body {
		py.Inspect(st, visit)
	}
	return nested, direct
}

// argExprs are a signature's defaults and annotations.
func argExprs(a *py.Arguments) []py.Expr {
	out := append(append([]py.Expr{}, a.Defaults...), a.KwDefs...)
	for _, list := range [][]*py.Arg{a.Args, a.KwOnly, {a.Vararg, a.Kwarg}} {
		for _, x := range list {
			if x != nil {
				out = append(out, x.Annotation)
			}
		}
	}
	return out
}

// scopeFrees are the names scope n (a def, lambda, class body or
// comprehension) reads from the scopes around it; nil when n opens no scope.
func scopeFrees(n py.Node) map[string]bool {
	var body []py.Stmt
	var own *funcInfo
	switch n := n.(type) {
	case *py.FunctionDef:
		body, own = n.Body, analyze(n.Args, n.Body, nil)
	case *py.Lambda:
		body, own = []py.Stmt{&py.ExprStmt{Value: n.Body}}, analyze(n.Args, nil, n.Body)
	case *py.ClassDef:
		body, own = n.Body, analyze(&py.Arguments{}, n.Body, nil)
	case *py.Comp:
		// its own scope binds the targets; the first iterable is outside
		own = &funcInfo{locals: map[string]bool{}}
		var exprs []py.Expr
		for i, g := range n.Gens {
			py.Inspect(g.Target, func(m py.Node) bool {
				if name, ok := m.(*py.Name); ok {
					own.locals[name.Id] = true
				}
				return true
			})
			if i > 0 {
				exprs = append(exprs, g.Iter)
			}
			exprs = append(exprs, g.Ifs...)
		}
		for _, e := range append(exprs, n.Elt, n.Value) {
			if e != nil {
				body = append(body, &py.ExprStmt{Value: e})
			}
		}
	default:
		return nil
	}
	nested, used := innerFrees(body)
	for k := range used {
		if own.locals[k] || own.globals[k] {
			delete(used, k)
		}
	}
	// a class body's names do not hide the enclosing function's from its
	// methods; a function's locals hide them from its nested scopes
	_, class := n.(*py.ClassDef)
	for k := range nested {
		if class || !own.locals[k] && !own.globals[k] {
			used[k] = true
		}
	}
	return used
}

// defAnnotations makes a def's __annotations__ when the def runs, as CPython
// does: each annotation evaluated then (a name it uses must exist, a later
// rebinding does not change it), or, under from __future__ import
// annotations, kept as its source text and never evaluated. A refusal met on
// the way is kept for when __annotations__ is read: the function runs
// without them.
func (th *Thread) defAnnotations(f *Function) error {
	d := NewDict()
	add := func(name string, e py.Expr) error {
		if e == nil {
			return nil
		}
		if th.postponed {
			src, ok := py.UnparseAnnotation(e)
			if !ok {
				at := th.cur
				th.cur = e.Span()
				f.annErr = th.Unsupported("this annotation under from __future__ import annotations")
				th.cur = at
			}
			d.SetStr(name, src)
			return nil
		}
		v, err := th.eval(e, f.scope)
		if errors.Is(err, exc.Refusal) {
			f.annErr = err
			return nil
		}
		if err != nil {
			return err
		}
		d.SetStr(name, v)
		return nil
	}
	args := f.Args
	for _, list := range [][]*py.Arg{args.Args, {args.Vararg}, args.KwOnly, {args.Kwarg}} {
		for _, a := range list {
			if a == nil {
				continue
			}
			if err := add(a.Name, a.Annotation); err != nil {
				return err
			}
		}
	}
	if err := add("return", f.Returns); err != nil {
		return err
	}
	f.anns = d
	return nil
}
