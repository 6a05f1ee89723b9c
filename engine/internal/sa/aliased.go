package sa

import (
	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/sql"
)

// aliasObj is aliased(Class): the class's table under another name in a
// statement, the name given (name="u1") or an anonymous one numbered where
// the statement first names it (user_account_1), as orm.util.AliasedClass
// is; its attributes read the alias's columns.
type aliasObj struct {
	cls *interp.Class
	m   *orm.Mapper
	as  *sql.From
	// key is the name= given to an alias of a subquery, which names the
	// entity in result rows but not the subquery
	key string
}

func (a *aliasObj) TypeName() string { return "AliasedClass" }

func (a *aliasObj) Repr(th *interp.Thread) (string, error) { return "aliased(" + a.m.Class + ")", nil }

func (a *aliasObj) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	if c := a.m.Cols[name]; c != nil {
		return &colAttr{col: c, m: a.m, key: name, as: a.as}, true, nil
	}
	if r := a.m.Rel(name); r != nil {
		return &relAttr{rel: r, as: a.as}, true, nil
	}
	// the class's other attributes: one it lacks is the class's own
	// AttributeError, one it has (a method, a property) is not adapted here
	if _, found, err := th.GetAttr(a.cls, name); err != nil || !found {
		if err == nil {
			err = th.Raise(interp.AttributeError, "type object '%s' has no attribute '%s'", a.m.Class, name)
		}
		return nil, true, err
	}
	return nil, true, unsupported(th, "%s of aliased(%s), which is not a mapped column or relationship", name, a.m.Class)
}

// entity is the alias as a query entity.
func (a *aliasObj) entity() orm.Entity { return orm.Entity{M: a.m, As: a.as, Key: a.key} }

// aliased is sqlalchemy.orm.aliased(element, alias=None, name=None,
// flat=False, adapt_on_names=False) of a mapped class.
func (rt *Runtime) aliased(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	a := newArgs(th, c, "aliased")
	el, ok := a.get(0, "element")
	if !ok {
		return nil, typeErr(th, "aliased() missing 1 required positional argument: 'element'")
	}
	sel, _ := a.get(1, "alias")
	sub, isSub := sel.(*subqueryObj)
	_, isJoin := sel.(*joinObj)
	if sel != nil && !isSub && !isJoin {
		return nil, unsupported(th, "aliased() of a %s", th.TypeName(sel))
	}
	name, _, err := a.str(2, "name")
	if err != nil {
		return nil, err
	}
	// flat only changes how a joined-inheritance alias is written
	if _, err := a.boolean("flat", false); err != nil {
		return nil, err
	}
	byName, err := a.boolean("adapt_on_names", false)
	if err != nil {
		return nil, err
	}
	if byName && !isSub {
		return nil, unsupported(th, "aliased(adapt_on_names=True) without a subquery")
	}
	if err := a.check(3); err != nil {
		return nil, err
	}
	if al, ok := el.(*aliasObj); ok {
		return nil, unsupported(th, "aliased() of aliased(%s)", al.m.Class)
	}
	cls, ok := el.(*interp.Class)
	m, err := rt.mapperOf(th, el)
	if !ok || err != nil {
		return nil, th.Raise(interp.ClassOf(exc.NoInspectionAvailable), "No inspection system is available for object of type <class '%s'>", th.TypeName(el))
	}
	if m.Inherits != nil || len(m.Subs) > 0 {
		return nil, unsupported(th, "aliased() of %s, a class with mapped class inheritance", m.Class)
	}
	if isSub {
		return sub.alias(th, cls, m, name, byName)
	}
	if isJoin {
		return &joinAlias{m: m}, nil
	}
	return &aliasObj{cls: cls, m: m, as: &sql.From{Table: m.Table, Name: name, Anon: name == ""}}, nil
}

// joinAlias is aliased(Class, join): the class mapped onto a join of its
// table with others, which a relationship() may target. The engine keeps
// it only until it is used: its attributes, and a relationship to it once
// the mappers are configured, are refused.
type joinAlias struct{ m *orm.Mapper }

func (a *joinAlias) TypeName() string { return "AliasedClass" }

func (a *joinAlias) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	return nil, true, unsupported(th, "%s of aliased(%s) of a Join", name, a.m.Class)
}

// ofType is Class.rel.of_type(target): the relationship joined to an alias
// of its target, to a with_polymorphic() of it or to a subclass of it.
func (r *relAttr) ofType(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	if len(c.Args) != 1 || len(c.Kw) > 0 {
		return nil, typeErr(th, "of_type() takes 1 positional argument")
	}
	target := r.rel.Target
	switch x := c.Args[0].(type) {
	case *aliasObj:
		if x.m == target {
			return &relAttr{rel: r.rel, as: r.as, to: x.as}, nil
		}
	case *polyEntity:
		if x.base == target {
			return &relAttr{rel: r.rel, as: r.as, wp: x}, nil
		}
	case *interp.Class:
		if r.rt == nil || r.as != nil {
			break
		}
		m, err := r.rt.mapperOf(th, x)
		if err != nil {
			return nil, err
		}
		if m == target {
			return r, nil
		}
		if m.IsA(target) {
			return &relAttr{rel: r.rel, of: m, rt: r.rt}, nil
		}
	}
	return nil, unsupported(th, "of_type(%s) other than an aliased() of %s, a with_polymorphic() of it or a subclass of it", th.TypeName(c.Args[0]), target.Class)
}
