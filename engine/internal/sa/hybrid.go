package sa

import (
	"strings"

	"cascadelab/engine/internal/interp"
)

// sqlalchemy.ext.hybrid as 2.0.52 has it: a hybrid_property is a Python
// property on an instance and, read on the class, a SQL expression made by
// calling its expression function (or its getter) with the class; a
// hybrid_method is the same for a method.

// hybridProp is hybrid_property(fget, fset, fdel, expr).
type hybridProp struct {
	fget, fset, fdel, expr interp.Value
}

func (h *hybridProp) TypeName() string { return "hybrid_property" }

// Get is hybrid_property.__get__: fget(obj) on an instance, the class-level
// expression on the class.
func (h *hybridProp) Get(th *interp.Thread, obj interp.Value, cls *interp.Class) (interp.Value, error) {
	if obj != nil {
		return th.Call(h.fget, []interp.Value{obj}, nil)
	}
	f := h.expr
	if f == nil {
		f = h.fget
	}
	v, err := th.Call(f, []interp.Value{cls}, nil)
	if err != nil {
		return nil, err
	}
	name, err := funcName(th, h.fget)
	if err != nil {
		return nil, err
	}
	return classLevel(th, v, cls.Name+"."+name, name)
}

// classLevel is a hybrid's expression v as SQLAlchemy's proxied attribute
// gives it: operated on as itself, printed as Class.name, and selected as a
// column keyed by the hybrid's name. An expression is selected AS that
// name; a column or a function keeps its own name in the SQL while the row
// is keyed by the hybrid's, which the engine's rows (keyed by the SQL's
// names) cannot say, so selecting those is refused.
func classLevel(th *interp.Thread, v interp.Value, qual, name string) (interp.Value, error) {
	switch x := v.(type) {
	case *colExpr:
		return &labelExpr{x: x, name: name, hybrid: qual}, nil
	case *colAttr:
		c := *x
		c.hybrid = qual
		return &c, nil
	case *funcExpr:
		f := *x
		f.hybrid = qual
		return &f, nil
	case *sqlExpr:
		e := *x
		e.hybrid = qual
		return &e, nil
	}
	return nil, unsupported(th, "a hybrid_property whose class-level expression is %s", th.TypeName(v))
}

func (h *hybridProp) Set(th *interp.Thread, obj, v interp.Value) error {
	if h.fset == nil {
		return th.Raise(interp.AttributeError, "can't set attribute")
	}
	_, err := th.Call(h.fset, []interp.Value{obj, v}, nil)
	return err
}

func (h *hybridProp) Delete(th *interp.Thread, obj interp.Value) error {
	if h.fdel == nil {
		return th.Raise(interp.AttributeError, "can't delete attribute")
	}
	_, err := th.Call(h.fdel, []interp.Value{obj}, nil)
	return err
}

// Attr gives the parts and the decorators: getter/setter/deleter/expression
// return a copy (hybrid_property._copy), inplace's change this one.
func (h *hybridProp) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "fget":
		return h.fget, true, nil
	case "fset":
		return h.fset, true, nil
	case "fdel":
		return h.fdel, true, nil
	case "expr":
		return h.expr, true, nil
	case "getter", "setter", "deleter", "expression":
		return h.decorator(name, func(fn interp.Value) interp.Value {
			c := *h
			*c.part(name) = fn
			return &c
		}), true, nil
	case "inplace":
		return &hybridInplace{h}, true, nil
	case "comparator", "update_expression", "overrides":
		return nil, true, unsupported(th, "hybrid_property.%s", name)
	}
	return nil, false, nil
}

func (h *hybridProp) part(decorator string) *interp.Value {
	switch decorator {
	case "getter":
		return &h.fget
	case "setter":
		return &h.fset
	case "deleter":
		return &h.fdel
	}
	return &h.expr
}

func (h *hybridProp) decorator(name string, apply func(fn interp.Value) interp.Value) *interp.Builtin {
	return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		if len(c.Args) != 1 || len(c.Kw) > 0 {
			return nil, th.Raise(interp.TypeError, "%s() takes 1 positional argument", name)
		}
		fn, err := unwrapClassmethod(th, c.Args[0])
		if err != nil {
			return nil, err
		}
		return apply(fn), nil
	})
}

// unwrapClassmethod is the function of a @classmethod, which the
// decorators accept for a type checker's sake (_unwrap_classmethod).
func unwrapClassmethod(th *interp.Thread, v interp.Value) (interp.Value, error) {
	if th.TypeName(v) != "classmethod" {
		return v, nil
	}
	f, _, err := th.GetAttr(v, "__func__")
	return f, err
}

// hybridInplace is hybrid_property.inplace: the same decorators, changing
// the hybrid itself and returning it.
type hybridInplace struct{ h *hybridProp }

func (i *hybridInplace) TypeName() string { return "_InPlace" }
func (i *hybridInplace) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "getter", "setter", "deleter", "expression":
		return i.h.decorator(name, func(fn interp.Value) interp.Value {
			*i.h.part(name) = fn
			return i.h
		}), true, nil
	case "comparator", "update_expression":
		return nil, true, unsupported(th, "hybrid_property.inplace.%s", name)
	}
	return nil, false, nil
}

func newHybridProp(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	a := newArgs(th, c, "hybrid_property")
	h := &hybridProp{}
	for i, k := range []string{"fget", "fset", "fdel", "expr"} {
		if v, ok := a.get(i, k); ok {
			*h.part([]string{"getter", "setter", "deleter", "expression"}[i]) = v
		}
	}
	if err := a.check(4); err != nil {
		return nil, err
	}
	if h.fget == nil {
		return nil, th.Raise(interp.TypeError, "hybrid_property.__init__() missing 1 required positional argument: 'fget'")
	}
	return h, nil
}

// hybridMethod is hybrid_method(func, expr): func bound to an instance, or
// expr (func without one) bound to the class.
type hybridMethod struct{ fn, expr interp.Value }

func (h *hybridMethod) TypeName() string { return "hybrid_method" }

func (h *hybridMethod) Get(th *interp.Thread, obj interp.Value, cls *interp.Class) (interp.Value, error) {
	f, self := h.fn, obj
	if obj == nil {
		self = cls
		if h.expr != nil {
			f = h.expr
		}
	}
	name, err := funcName(th, h.fn)
	if err != nil {
		return nil, err
	}
	return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		return th.Call(f, append([]interp.Value{self}, c.Args...), c.Kw)
	}), nil
}

// Attr gives expression (it sets expr and returns the hybrid) and inplace.
func (h *hybridMethod) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "expression":
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) != 1 || len(c.Kw) > 0 {
				return nil, th.Raise(interp.TypeError, "expression() takes 1 positional argument")
			}
			h.expr = c.Args[0]
			return h, nil
		}), true, nil
	case "inplace":
		return h, true, nil
	}
	return nil, false, nil
}

func newHybridMethod(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	a := newArgs(th, c, "hybrid_method")
	fn, ok := a.get(0, "func")
	if !ok {
		return nil, th.Raise(interp.TypeError, "hybrid_method.__init__() missing 1 required positional argument: 'func'")
	}
	expr, _ := a.get(1, "expr")
	if err := a.check(2); err != nil {
		return nil, err
	}
	return &hybridMethod{fn: fn, expr: expr}, nil
}

func funcName(th *interp.Thread, f interp.Value) (string, error) {
	v, _, err := th.GetAttr(f, "__name__")
	if err != nil {
		return "", err
	}
	s, _ := v.(string)
	return s, nil
}

// selectableHybrid refuses selecting a hybrid whose expression is a column or
// a function (see classLevel).
func selectableHybrid(th *interp.Thread, v interp.Value) error {
	var qual string
	switch x := v.(type) {
	case *colAttr:
		if !strings.HasSuffix(x.hybrid, "."+x.col.Name) {
			qual = x.hybrid // a hybrid named as its column is keyed alike
		}
	case *funcExpr:
		qual = x.hybrid
	}
	if qual != "" {
		return unsupported(th, "selecting %s, a hybrid_property whose expression is a %s", qual, th.TypeName(v))
	}
	return nil
}
