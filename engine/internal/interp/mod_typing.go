package interp

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
type TypeVar struct{ Name string }

func (v *TypeVar) TypeName() string                { return "TypeVar" }
func (v *TypeVar) Repr(th *Thread) (string, error) { return "~" + v.Name, nil }
func (v *TypeVar) Attr(th *Thread, name string) (Value, bool, error) {
	if name == "__name__" {
		return v.Name, true, nil
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
		for _, kv := range c.Kw {
			if kv.Name != "bound" && kv.Name != "covariant" && kv.Name != "contravariant" {
				return nil, th.Raise(TypeError, "TypeVar.__init__() got an unexpected keyword argument '%s'", kv.Name)
			}
		}
		return &TypeVar{Name: name}, nil
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
