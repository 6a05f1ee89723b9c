package sa

import (
	"maps"

	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/sql"
)

// cteFn is a statement's cte(name=None, recursive=False, nesting=False):
// the statement as a common table expression, read as a subquery is but
// written once in the WITH clause (anon_N without a name).
func cteFn(typeName string, stmt func(th *interp.Thread) (sql.Expr, []export, error)) *interp.Builtin {
	return builtin(typeName+".cte", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		a := newArgs(th, c, "cte")
		name, _, err := a.str(0, "name")
		if err != nil {
			return nil, err
		}
		var flags [2]bool
		for i, kw := range []string{"recursive", "nesting"} {
			if v, ok := a.get(i+1, kw); ok {
				if flags[i], err = th.Truth(v); err != nil {
					return nil, err
				}
			}
		}
		if err := a.check(3); err != nil {
			return nil, err
		}
		if flags[1] {
			return nil, unsupported(th, "cte(nesting=True)")
		}
		s, cols, err := stmt(th)
		if err != nil {
			return nil, err
		}
		sub, err := newSubquery(th, s, cols, name)
		if err != nil {
			return nil, err
		}
		sub.f.CTE = &sql.CTE{Recursive: flags[0]}
		return sub, nil
	})
}

// cteAttr are a CTE's own methods: alias([name]), and union() and
// union_all(), which give the CTE of its SELECT and those given, under its
// name (the recursive part of a recursive CTE reads it).
func (s *subqueryObj) cteAttr(name string) (interp.Value, bool) {
	switch name {
	case "alias":
		return builtin("CTE.alias", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			alias, err := aliasName(th, c, "CTE")
			if err != nil {
				return nil, err
			}
			f := *s.f
			f.Name, f.Anon, f.CTE = alias, alias == "", &sql.CTE{Recursive: s.f.CTE.Recursive, Of: s.f}
			return &subqueryObj{f: &f}, nil
		}), true
	case "union", "union_all":
		return builtin("CTE."+name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			return s.union(th, name, c)
		}), true
	}
	return nil, false
}

func (s *subqueryObj) union(th *interp.Thread, name string, c *interp.Call) (interp.Value, error) {
	first, ok := s.f.Sub.S.(*sql.Select)
	switch {
	case len(c.Kw) > 0:
		return nil, typeErr(th, "%s() got an unexpected keyword argument '%s'", name, c.Kw[0].Name)
	case !ok || s.f.CTE.Of != nil:
		return nil, unsupported(th, "CTE.%s() of a CTE that is a UNION or an alias", name)
	}
	body := &sql.Compound{Op: compoundOps[name], Selects: []*sql.Select{first}}
	origin := maps.Clone(s.f.Sub.Origin)
	for _, a := range c.Args {
		q, ok := a.(*selectObj)
		if !ok {
			return nil, unsupported(th, "CTE.%s() of %s", name, th.TypeName(a))
		}
		// a Query keeps its own labels (node.id AS node_id)
		sel, ex, err := q.exportsLabeled(th, q.legacy)
		if err != nil {
			return nil, err
		}
		switch {
		case len(ex) != len(s.f.Table.Columns):
			return nil, unsupported(th, "CTE.%s() of a SELECT of %d columns to a CTE of %d", name, len(ex), len(s.f.Table.Columns))
		case sel.Limit != nil || sel.Offset != nil || len(sel.OrderBy) > 0:
			return nil, unsupported(th, "a SELECT with ORDER BY, LIMIT or OFFSET inside %s", body.Op)
		}
		body.Selects = append(body.Selects, sel)
		for j, x := range ex {
			for _, o := range x.origins {
				if origin[o] == nil {
					origin[o] = s.f.Table.Columns[j]
				}
			}
		}
	}
	f := *s.f
	f.Sub = &sql.Subquery{S: body, Origin: origin, Anon: s.f.Sub.Anon}
	f.CTE = &sql.CTE{Recursive: s.f.CTE.Recursive, Restates: s.f}
	return &subqueryObj{f: &f}, nil
}

// aliasName is the name given to Table.alias() or CTE.alias() (name=None,
// flat=False: flat changes nothing but a join's alias, refused).
func aliasName(th *interp.Thread, c *interp.Call, of string) (string, error) {
	a := newArgs(th, c, "alias")
	name, _, err := a.str(0, "name")
	if err != nil {
		return "", err
	}
	if v, ok := a.get(1, "flat"); ok && v != false {
		return "", unsupported(th, "%s.alias(flat=True)", of)
	}
	return name, a.check(2)
}
