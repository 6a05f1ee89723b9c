package sa

import (
	"strings"

	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/sql"
)

// castFn is cast(expression, type_) and func.cast(...), which SQLAlchemy
// registers as the same Cast: CAST(x AS TYPE), of the type given, so that
// its values come back through that type's result processor (a Boolean's
// 0 as False). A Python value is bound as a parameter of that type.
func castFn(name string) func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	return func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		a := newArgs(th, c, name)
		x, hasX := a.get(0, "expression")
		tv, hasT := a.get(1, "type_")
		if err := a.check(2); err != nil {
			return nil, err
		}
		if err := missingArgs(th, name, []string{"expression", "type_"}, []bool{hasX, hasT}); err != nil {
			return nil, err
		}
		t, ok := asType(tv)
		if !ok {
			return nil, unsupported(th, "cast() to %s", th.TypeName(tv))
		}
		if err := oddType(th, tv); err != nil {
			return nil, err
		}
		if _, known := schema.Types[t.Name]; t.Enum != nil || t.Name == "Uuid" || !known && !t.Reflected {
			return nil, unsupported(th, "cast() to %s", t.Name)
		}
		col := &schema.Column{Name: "cast", Key: "cast", Type: t, Nullable: true}
		e := &colExpr{col: col, kind: "Cast"}
		var inner sql.Expr
		switch x := x.(type) {
		case *colAttr:
			// selected under the column's name (a Query's table_column);
			// through an alias only with a label() (addCol)
			inner, e.key = x.ref(), x.col.Name
			if x.as == nil {
				e.named = x.col
			}
		case operand:
			inner = x.ref()
		case *bindParam:
			inner = x.param(col)
		default:
			sv, err := colToSQL(th, col, x)
			if err != nil {
				return nil, err
			}
			if b, isInt := sv.(int64); t.Affinity == schema.AffBool && (isInt && b != 0 && b != 1 || !isInt && sv != nil && sv != true && sv != false) {
				return nil, unsupported(th, "cast() of %s to Boolean", th.TypeName(x))
			}
			inner = sql.Bind{V: orm.ToDB(col, sv)}
		}
		e.e = sql.Cast{X: inner, Type: t.DDL()}
		return e, nil
	}
}

// nullFn is null(): the SQL NULL, compared with IS and IS NOT.
func nullFn(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	if len(c.Args)+len(c.Kw) > 0 {
		return nil, unsupported(th, "null() with arguments")
	}
	return &colExpr{e: sql.Lit("NULL"), kind: "Null"}, nil
}

// isNull reports whether v is null().
func isNull(v interp.Value) bool {
	x, ok := v.(*colExpr)
	return ok && x.kind == "Null"
}

// labelFn is label(name, element): element.label(name).
func labelFn(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	a := newArgs(th, c, "label")
	name, hasName, err := a.str(0, "name")
	if err != nil {
		return nil, err
	}
	x, hasX := a.get(1, "element")
	if _, typed := a.kw("type_"); typed {
		return nil, unsupported(th, "label(type_=...)")
	}
	if err := a.check(2); err != nil {
		return nil, err
	}
	if err := missingArgs(th, "label", []string{"name", "element"}, []bool{hasName, hasX}); err != nil {
		return nil, err
	}
	o, ok := x.(operand)
	if !ok {
		return nil, unsupported(th, "label() of %s", th.TypeName(x))
	}
	return &labelExpr{x: o, name: name}, nil
}

// missingArgs is CPython's TypeError for a call of fn without some of its
// required arguments (names, given tells which were).
func missingArgs(th *interp.Thread, fn string, names []string, given []bool) error {
	var miss []string
	for i, n := range names {
		if !given[i] {
			miss = append(miss, "'"+n+"'")
		}
	}
	switch len(miss) {
	case 0:
		return nil
	case 1:
		return typeErr(th, "%s() missing 1 required positional argument: %s", fn, miss[0])
	}
	and := " and "
	if len(miss) > 2 {
		and = ", and "
	}
	list := strings.Join(miss[:len(miss)-1], ", ") + and + miss[len(miss)-1]
	return typeErr(th, "%s() missing %d required positional arguments: %s", fn, len(miss), list)
}
