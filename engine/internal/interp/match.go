package interp

import (
	"cascadelab/engine/internal/py"
)

func (th *Thread) matchStmt(s *py.Match, sc *scope) (ctrl, error) {
	subject, err := th.eval(s.Subject, sc)
	if err != nil {
		return ctrlNone, err
	}
	for _, c := range s.Cases {
		ok, err := th.match(c.Pattern, subject, sc)
		if err != nil {
			return ctrlNone, err
		}
		if ok && c.Guard != nil {
			g, err := th.eval(c.Guard, sc)
			if err != nil {
				return ctrlNone, err
			}
			if ok, err = th.truth(g); err != nil {
				return ctrlNone, err
			}
		}
		if ok {
			return th.block(c.Body, sc)
		}
	}
	return ctrlNone, nil
}

// match reports whether v matches p, binding p's captures in sc.
func (th *Thread) match(p py.Pattern, v Value, sc *scope) (bool, error) {
	th.cur = p.Span()
	switch p := p.(type) {
	case *py.MatchValue:
		want, err := th.eval(p.Value, sc)
		if err != nil {
			return false, err
		}
		th.cur = p.Span()
		return th.equal(v, want)
	case *py.MatchSingleton:
		return identical(v, p.Value) && typeName(v) == typeName(p.Value), nil
	case *py.MatchAs:
		if p.Pattern != nil {
			if ok, err := th.match(p.Pattern, v, sc); !ok || err != nil {
				return ok, err
			}
		}
		if p.Name != "" {
			th.setName(p.Name, v, sc)
		}
		return true, nil
	case *py.MatchOr:
		for _, alt := range p.Patterns {
			if ok, err := th.match(alt, v, sc); ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	case *py.MatchSequence:
		return th.matchSequence(p, v, sc)
	case *py.MatchMapping:
		return th.matchMapping(p, v, sc)
	case *py.MatchClass:
		return th.matchClass(p, v, sc)
	}
	return false, th.Unsupported("this pattern")
}

func (th *Thread) matchSequence(p *py.MatchSequence, v Value, sc *scope) (bool, error) {
	var items []Value
	switch x := v.(type) {
	case *List:
		items = x.Items
	case Tuple:
		items = x
	case *rangeObj:
		var err error
		if items, err = th.iterate(x); err != nil {
			return false, err
		}
	default:
		return false, nil // str, bytes and mappings are not sequences here
	}
	star := -1
	for i, sub := range p.Patterns {
		if _, ok := sub.(*py.MatchStar); ok {
			star = i
		}
	}
	if star < 0 {
		if len(items) != len(p.Patterns) {
			return false, nil
		}
		for i, sub := range p.Patterns {
			if ok, err := th.match(sub, items[i], sc); !ok || err != nil {
				return ok, err
			}
		}
		return true, nil
	}
	after := len(p.Patterns) - star - 1
	if len(items) < star+after {
		return false, nil
	}
	for i := 0; i < star; i++ {
		if ok, err := th.match(p.Patterns[i], items[i], sc); !ok || err != nil {
			return ok, err
		}
	}
	for i := 0; i < after; i++ {
		if ok, err := th.match(p.Patterns[star+1+i], items[len(items)-after+i], sc); !ok || err != nil {
			return ok, err
		}
	}
	if name := p.Patterns[star].(*py.MatchStar).Name; name != "" {
		rest := append([]Value(nil), items[star:len(items)-after]...)
		th.setName(name, &List{Items: rest}, sc)
	}
	return true, nil
}

func (th *Thread) matchMapping(p *py.MatchMapping, v Value, sc *scope) (bool, error) {
	d, ok := v.(*Dict)
	if !ok {
		return false, nil
	}
	var used []Value
	for i, kx := range p.Keys {
		k, err := th.eval(kx, sc)
		if err != nil {
			return false, err
		}
		got, ok, err := d.Get(th, k)
		if err != nil || !ok {
			return false, err
		}
		if ok, err := th.match(p.Patterns[i], got, sc); !ok || err != nil {
			return ok, err
		}
		used = append(used, k)
	}
	if p.Rest != "" {
		rest := NewDict()
		for i, k := range d.keys {
			skip := false
			for _, u := range used {
				if eq, _ := th.equal(k, u); eq {
					skip = true
				}
			}
			if !skip {
				if err := rest.Set(th, k, d.vals[i]); err != nil {
					return false, err
				}
			}
		}
		th.setName(p.Rest, rest, sc)
	}
	return true, nil
}

// selfMatching are the built-in types whose one positional pattern matches
// the subject itself: case int(n).
var selfMatching = map[*builtinType]bool{TypeInt: true, TypeStr: true, TypeFloat: true, TypeBool: true,
	TypeList: true, TypeDict: true, TypeTuple: true, TypeSet: true}

func (th *Thread) matchClass(p *py.MatchClass, v Value, sc *scope) (bool, error) {
	cls, err := th.eval(p.Cls, sc)
	if err != nil {
		return false, err
	}
	th.cur = p.Span()
	switch cls.(type) {
	case *Class, *builtinType:
	default:
		return false, th.Raise(TypeError, "called match pattern must be a class")
	}
	is, err := th.isInstance(v, cls)
	if err != nil || is != true {
		return false, err
	}
	attrs := append([]string(nil), p.KwdAttrs...)
	subs := append([]py.Pattern(nil), p.KwdPatterns...)
	if len(p.Patterns) > 0 {
		if bt, ok := cls.(*builtinType); ok {
			if !selfMatching[bt] || len(p.Patterns) > 1 {
				return false, th.Raise(TypeError, "%s() accepts %d positional sub-pattern%s (%d given)", bt.name, 0, "s", len(p.Patterns))
			}
			if ok, err := th.match(p.Patterns[0], v, sc); !ok || err != nil {
				return ok, err
			}
		} else {
			c := cls.(*Class)
			ma, ok := c.Lookup("__match_args__")
			var names []Value
			if ok {
				t, isTuple := ma.(Tuple)
				if !isTuple {
					return false, th.Raise(TypeError, "%s.__match_args__ must be a tuple (got %s)", c.Name, typeName(ma))
				}
				names = t
			}
			if len(p.Patterns) > len(names) {
				return false, th.Raise(TypeError, "%s() accepts %d positional sub-pattern%s (%d given)", c.Name, len(names), plural(len(names)), len(p.Patterns))
			}
			var pos []string
			for i := range p.Patterns {
				n, _ := names[i].(string)
				pos = append(pos, n)
			}
			attrs = append(pos, attrs...)
			subs = append(append([]py.Pattern(nil), p.Patterns...), subs...)
		}
	}
	for i, name := range attrs {
		a, ok, err := th.GetAttr(v, name)
		if err != nil || !ok {
			return false, err
		}
		if ok, err := th.match(subs[i], a, sc); !ok || err != nil {
			return ok, err
		}
	}
	return true, nil
}
