package sa

import (
	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/sql"
)

// simple reports why the engine does not build SQL comparisons for the
// relationship ("" when it does): they are built for a plain foreign key
// between two distinct tables, read under their own names.
func (r *relAttr) simple() string {
	rel := r.rel
	switch {
	case r.as != nil || r.to != nil:
		return "an aliased relationship"
	case r.of != nil || r.wp != nil:
		return "a relationship with of_type()"
	case len(r.and) > 0:
		return "a relationship with and_() criteria"
	case rel.Secondary != nil:
		return "a many-to-many relationship"
	case rel.Criteria():
		return "a relationship whose primaryjoin has further criteria"
	case rel.Parent.Table == rel.Target.Table:
		return "a self-referential relationship"
	case rel.Target.Inherits != nil || len(rel.Target.Subs) > 0 || rel.Parent.Inherits != nil:
		return "a relationship of mapped class inheritance"
	case len(rel.Pairs) != 1:
		return "a relationship on a composite foreign key"
	}
	return ""
}

func colOf(c *schema.Column) sql.Expr { return sql.Col{C: c} }

// exists is any() or has(): EXISTS (SELECT 1 FROM target WHERE join AND
// criteria), the criteria a clause and/or keywords naming the target's
// attributes.
func (r *relAttr) exists(th *interp.Thread, name string, c *interp.Call) (interp.Value, error) {
	rel := r.rel
	if (name == "any") != rel.Uselist {
		if name == "any" {
			return nil, th.Raise(interp.ClassOf(exc.InvalidRequestError), "'any()' not implemented for scalar attributes. Use has().")
		}
		return nil, th.Raise(interp.ClassOf(exc.InvalidRequestError), "'has()' not implemented for collections. Use any().")
	}
	if why := r.simple(); why != "" {
		return nil, unsupported(th, "%s() of %s", name, why)
	}
	where := []sql.Expr{rel.On(colOf, colOf)}
	if len(c.Args) > 1 {
		return nil, typeErr(th, "%s() takes from 1 to 2 positional arguments but %d were given", name, len(c.Args)+1)
	}
	if len(c.Args) == 1 && c.Args[0] != nil {
		e, ok := c.Args[0].(*sqlExpr)
		if !ok {
			return nil, unsupported(th, "%s() of %s", name, th.TypeName(c.Args[0]))
		}
		where = append(where, e.e)
	}
	for _, kv := range c.Kw {
		col := rel.Target.Cols[kv.Name]
		if col == nil {
			return nil, th.Raise(interp.ClassOf(exc.InvalidRequestError), "Entity namespace for \"%s\" has no property \"%s\"", rel.Target.Table.Name, kv.Name)
		}
		x, _, err := (&colAttr{col: col, m: rel.Target, key: kv.Name}).Binary(th, py.Eq, kv.Value, false)
		if err != nil {
			return nil, err
		}
		where = append(where, x.(*sqlExpr).e)
	}
	s := &sql.Select{Cols: []sql.Expr{sql.Lit("1")}, From: []*sql.From{sql.Table(rel.Target.Table)}, Where: sql.And(where...)}
	return &sqlExpr{e: sql.Exists{S: s}}, nil
}

// stateValue reads column c of the object v, an instance of m.
func stateValue(th *interp.Thread, v interp.Value, m *orm.Mapper, c *schema.Column) (any, error) {
	var rt *Runtime // stateOf and raise read nothing of the runtime
	st, err := rt.stateOf(th, v, m)
	if err != nil {
		return nil, err
	}
	x, err := st.Get(m.ColKey(c))
	if err != nil {
		return nil, rt.raise(th, err)
	}
	return x, nil
}

// Binary is a many-to-one compared with an object or None: the foreign
// key against the object's key (Address.user == u, !=).
func (r *relAttr) Binary(th *interp.Thread, op py.Op, other interp.Value, right bool) (interp.Value, bool, error) {
	if op != py.Eq && op != py.NotEq {
		return nil, false, nil
	}
	rel := r.rel
	if rel.Uselist {
		return nil, true, th.Raise(interp.ClassOf(exc.InvalidRequestError), "Can't compare a collection to an object or collection; use contains() to test for membership.")
	}
	why := r.simple()
	if other == nil && why == "" && rel.Direction == orm.OneToMany {
		// a scalar one-to-many is None when no target row refers to the
		// parent: NOT EXISTS, as the comparator's __eq__(None) writes it
		x, err := r.exists(th, "has", &interp.Call{})
		if err != nil || op == py.NotEq {
			return x, true, err
		}
		return &sqlExpr{e: sql.Not{X: x.(*sqlExpr).e}}, true, nil
	}
	if why != "" || rel.Direction != orm.ManyToOne {
		if why == "" {
			why = "a one-to-one relationship from its referenced side"
		}
		return nil, true, unsupported(th, "comparing %s with an object", why)
	}
	pk, fk := rel.Pairs[0][0], rel.Pairs[0][1]
	if other == nil {
		op := map[py.Op]string{py.Eq: "IS", py.NotEq: "IS NOT"}[op]
		return &sqlExpr{e: sql.Binary{L: colOf(fk), R: sql.Lit("NULL"), Op: op}}, true, nil
	}
	v, err := stateValue(th, other, rel.Target, pk)
	if err != nil {
		return nil, true, err
	}
	if op == py.Eq {
		return &sqlExpr{e: sql.Binary{L: sql.Bind{V: orm.ToDB(pk, v)}, R: colOf(fk), Op: "="}}, true, nil
	}
	return &sqlExpr{e: sql.Conj{Op: "OR", Args: []sql.Expr{
		sql.Binary{L: colOf(fk), R: sql.Bind{V: orm.ToDB(fk, v), Name: fk.Key}, Op: "!="},
		sql.Binary{L: colOf(fk), R: sql.Lit("NULL"), Op: "IS"},
	}}}, true, nil
}

func (r *relAttr) Unary(th *interp.Thread, op py.Op) (interp.Value, bool, error) {
	return nil, false, nil
}

// contains is a one-to-many's contains(obj): the parent's key equal to
// the object's foreign key value.
func (r *relAttr) contains(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	rel := r.rel
	if !rel.Uselist {
		return nil, th.Raise(interp.ClassOf(exc.InvalidRequestError), "'contains' not implemented for scalar attributes.  Use ==")
	}
	if why := r.simple(); why != "" {
		return nil, unsupported(th, "contains() of %s", why)
	}
	if len(c.Args) != 1 || len(c.Kw) > 0 {
		return nil, typeErr(th, "contains() takes one object")
	}
	pk, fk := rel.Pairs[0][0], rel.Pairs[0][1]
	v, err := stateValue(th, c.Args[0], rel.Target, fk)
	if err != nil {
		return nil, err
	}
	return &sqlExpr{e: sql.Binary{L: colOf(pk), R: sql.Bind{V: orm.ToDB(pk, v)}, Op: "="}}, nil
}

// withParent is with_parent(instance, Parent.children) for a one-to-many:
// the children's foreign key equal to the instance's key.
func withParent() *interp.Builtin {
	return builtin("with_parent", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		a := newArgs(th, c, "with_parent")
		inst, _ := a.get(0, "instance")
		prop, _ := a.get(1, "prop")
		if err := a.check(2); err != nil {
			return nil, err
		}
		r, ok := prop.(*relAttr)
		if !ok {
			return nil, unsupported(th, "with_parent() of %s", th.TypeName(prop))
		}
		if why := r.simple(); why != "" || r.rel.Direction != orm.OneToMany {
			if why == "" {
				why = "a many-to-one relationship"
			}
			return nil, unsupported(th, "with_parent() of %s", why)
		}
		pk, fk := r.rel.Pairs[0][0], r.rel.Pairs[0][1]
		v, err := stateValue(th, inst, r.rel.Parent, pk)
		if err != nil {
			return nil, err
		}
		return &sqlExpr{e: sql.Binary{L: sql.Bind{V: orm.ToDB(pk, v)}, R: colOf(fk), Op: "="}}, nil
	})
}
