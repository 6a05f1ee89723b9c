package sa

import (
	"fmt"

	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/sql"
	"cascadelab/engine/internal/store"
	"slices"
)

// insertObj is insert(table or mapped class) and table.insert(): values()
// and returning() build it; executing it with a list of dicts is one
// executemany.
type insertObj struct {
	rt  *Runtime
	m   *orm.Mapper // nil for a Table
	t   *schema.Table
	set map[*schema.Column]interp.Value // values()
	// multi is values() of a list of dicts: a row of VALUES each, of the
	// columns the first names (a multi-values insert)
	multi []map[*schema.Column]interp.Value
	ret   []*schema.Column // returning()
	// entity is returning(Class): the rows load as objects of m.
	entity bool
	// sorted is returning(..., sort_by_parameter_order=True).
	sorted bool
	// renderNulls is execution_options(render_nulls=True) for an ORM bulk insert.
	renderNulls bool
	// sqlite is sqlalchemy.dialects.sqlite.insert(), which has excluded and
	// on_conflict_do_nothing/update(); upsert is the clause they made.
	sqlite bool
	upsert *sql.OnConflict
	// from and fromCols are from_select(): the SELECT and the columns it fills
	from     *selectObj
	fromCols []*schema.Column
}

// excludedObj is a SQLite insert's excluded: the row the INSERT proposed,
// as excluded.<column> in ON CONFLICT DO UPDATE.
type excludedObj struct{ t *schema.Table }

func (e *excludedObj) TypeName() string { return "ReadOnlyColumnCollection" }
func (e *excludedObj) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	for _, c := range e.t.Columns {
		if c.Key == name {
			return &colAttr{col: c, key: name, as: &sql.From{Table: e.t, Name: "excluded"}}, true, nil
		}
	}
	return nil, false, nil
}

func (i *insertObj) TypeName() string { return "Insert" }

func (rt *Runtime) newInsert(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	a := newArgs(th, c, "insert")
	target, _ := a.get(0, "table")
	if err := a.check(1); err != nil {
		return nil, err
	}
	if t, ok := target.(*tableObj); ok {
		return &insertObj{rt: rt, t: t.t}, nil
	}
	m, err := rt.mapperOf(th, target)
	if err != nil {
		return nil, err
	}
	return &insertObj{rt: rt, m: m, t: m.Table}, nil
}

// lookup finds the column a values() or parameter key names: a column (or,
// for a mapped class, attribute) name, or a column attribute; nil if none.
func (i *insertObj) lookup(k interp.Value) *schema.Column {
	var col *schema.Column
	switch k := k.(type) {
	case string:
		if i.m != nil {
			col = i.m.Cols[k]
		} else {
			col = i.t.Col(k)
		}
	case *colAttr:
		col = k.col
	}
	if col == nil || col.Table != i.t {
		return nil
	}
	return col
}

// column is lookup for a values() key, which must name a column.
func (i *insertObj) column(th *interp.Thread, k interp.Value) (*schema.Column, error) {
	if col := i.lookup(k); col != nil {
		return col, nil
	}
	return nil, th.Raise(interp.ClassOf(exc.CompileError), "Unconsumed column names: %s", keyName(th, k))
}

func keyName(th *interp.Thread, k interp.Value) string {
	if s, ok := k.(string); ok {
		return s
	}
	r, _ := th.Repr(k)
	return r
}

// row reads one parameter set (a dict) into column values. A values() dict
// must name columns only; an execution's parameter set may carry other keys,
// which SQLAlchemy ignores.
func (i *insertObj) row(th *interp.Thread, v interp.Value, execution bool) (map[*schema.Column]interp.Value, error) {
	d, ok := v.(*interp.Dict)
	if !ok {
		return nil, unsupported(th, "insert parameters given as %s (use a dict or a list of dicts)", th.TypeName(v))
	}
	out := map[*schema.Column]interp.Value{}
	for _, k := range d.Keys() {
		col := i.lookup(k)
		if col == nil && execution {
			continue
		}
		if col == nil {
			return nil, th.Raise(interp.ClassOf(exc.CompileError), "Unconsumed column names: %s", keyName(th, k))
		}
		out[col], _, _ = d.Get(th, k)
	}
	return out, nil
}

func (i *insertObj) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "values":
		return builtin("Insert.values", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			n := *i
			n.set = map[*schema.Column]interp.Value{}
			for k, v := range i.set {
				n.set[k] = v
			}
			var list *interp.List
			if len(c.Args) == 1 {
				list, _ = c.Args[0].(*interp.List)
			}
			if list != nil && (len(i.set) > 0 || len(c.Kw) > 0) || i.multi != nil {
				return nil, unsupported(th, "Insert.values() of a list of dicts together with other values()")
			}
			switch {
			case list != nil:
				if len(list.Items) == 0 {
					return nil, unsupported(th, "Insert.values() of an empty list")
				}
				for _, it := range list.Items {
					row, err := n.row(th, it, false)
					if err != nil {
						return nil, err
					}
					n.multi = append(n.multi, row)
				}
			case len(c.Args) == 1:
				row, err := n.row(th, c.Args[0], false)
				if err != nil {
					return nil, err
				}
				for k, v := range row {
					n.set[k] = v
				}
			case len(c.Args) > 1:
				return nil, unsupported(th, "Insert.values() with positional values")
			}
			for _, kv := range c.Kw {
				col, err := n.column(th, kv.Name)
				if err != nil {
					return nil, err
				}
				n.set[col] = kv.Value
			}
			return &n, nil
		}), true, nil
	case "from_select":
		return builtin("Insert.from_select", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			a := newArgs(th, c, "from_select")
			names, _ := a.get(0, "names")
			sel, _ := a.get(1, "select")
			if err := a.check(2); err != nil {
				return nil, err
			}
			q, ok := sel.(*selectObj)
			if !ok || q.legacy || q.entity != nil {
				return nil, unsupported(th, "Insert.from_select() of %s (only of a select() of columns)", th.TypeName(sel))
			}
			items, err := th.Iterate(names)
			if err != nil {
				return nil, err
			}
			n := *i
			n.from, n.fromCols = q, nil
			for _, k := range items {
				col, err := i.column(th, k)
				if err != nil {
					return nil, err
				}
				n.fromCols = append(n.fromCols, col)
			}
			return &n, nil
		}), true, nil
	case "compile":
		return compileFn(th, func() (sql.Expr, error) { return i.statement(th, nil, i.set == nil) }, i.rt), true, nil
	case "returning":
		return builtin("Insert.returning", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			a := newArgs(th, c, "Insert.returning")
			sorted, err := a.boolean("sort_by_parameter_order", false)
			if err != nil {
				return nil, err
			}
			if err := a.check(len(c.Args)); err != nil {
				return nil, err
			}
			n := *i
			n.sorted = n.sorted || sorted
			n.ret = append([]*schema.Column(nil), i.ret...)
			for _, a := range c.Args {
				if cls, ok := a.(*interp.Class); ok && i.m != nil && len(c.Args) == 1 && len(i.ret) == 0 {
					if m, err := i.rt.mapperOf(th, cls); err == nil && m == i.m {
						n.entity, n.ret = true, m.ColumnsInOrder()
						continue
					}
				}
				ca, ok := a.(*colAttr)
				if !ok || ca.col.Table != i.t && (i.m == nil || !slices.Contains(i.m.Tables(), ca.col.Table)) {
					return nil, unsupported(th, "Insert.returning(%s)", th.TypeName(a))
				}
				n.ret = append(n.ret, ca.col)
			}
			return &n, nil
		}), true, nil
	case "excluded":
		if i.sqlite {
			return &excludedObj{t: i.t}, true, nil
		}
	case "on_conflict_do_nothing", "on_conflict_do_update":
		if i.sqlite {
			return builtin("Insert."+name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
				return i.onConflict(th, c, name == "on_conflict_do_update")
			}), true, nil
		}
	case "execution_options":
		return builtin("Insert.execution_options", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			n := *i
			for _, kv := range c.Kw {
				if kv.Name != "render_nulls" {
					return nil, unsupported(th, "Insert.execution_options(%s=...)", kv.Name)
				}
				b, ok := kv.Value.(bool)
				if !ok {
					return nil, unsupported(th, "Insert.execution_options(render_nulls=%s)", th.TypeName(kv.Value))
				}
				n.renderNulls = b
			}
			if len(c.Args) > 0 {
				return nil, unsupported(th, "Insert.execution_options() with a positional argument")
			}
			return &n, nil
		}), true, nil
	}
	return nil, false, nil
}

// run executes the insert on a Connection (s nil) or through a Session,
// with params nil, a dict, or a list of dicts for an executemany; a mapped
// class with a list of dicts through a Session is the ORM bulk insert.
func (i *insertObj) run(th *interp.Thread, e *Engine, params interp.Value, s *sessionObj) (interp.Value, error) {
	if i.entity && s == nil {
		return nil, unsupported(th, "insert().returning(%s) run on a Connection", i.m.Class)
	}
	if _, list := params.(*interp.List); i.entity && !list && len(i.m.Tables()) > 1 {
		return nil, unsupported(th, "insert(%s).returning(%s) without a list of parameter dicts (a class with joined-table inheritance)", i.m.Class, i.m.Class)
	}
	if i.exprs() {
		if i.m != nil && s != nil && (len(i.m.Tables()) > 1 || i.from != nil) {
			return nil, unsupported(th, "an ORM insert() with SQL expressions in values() or from_select() of %s", i.m.Class)
		}
		return i.runExpr(th, e, params, s)
	}
	sets := []interp.Value{params}
	many := false
	if l, ok := params.(*interp.List); ok {
		if i.m != nil && s != nil && len(l.Items) > 0 {
			return i.bulk(th, s, l.Items)
		}
		sets, many = l.Items, len(l.Items) > 1
		if len(l.Items) == 0 {
			sets = []interp.Value{nil}
		}
	}
	var rows []map[*schema.Column]interp.Value
	for _, p := range sets {
		row := map[*schema.Column]interp.Value{}
		for k, v := range i.set {
			row[k] = v
		}
		if p != nil {
			r, err := i.row(th, p, true)
			if err != nil {
				return nil, err
			}
			for k, v := range r {
				row[k] = v
			}
		}
		rows = append(rows, row)
	}
	// the statement's columns are the first row's
	cols, inline := insertCols(i.t, i.t.Columns, rows[0])
	vals, err := insertVals(th, cols, inline, rows)
	if err != nil {
		return nil, err
	}
	ret := i.ret
	for _, c := range ret {
		if c.Table != i.t {
			return nil, unsupported(th, "insert(%s).returning() of a column of the table %s without a list of parameter dicts", i.m.Class, c.Table.Name)
		}
	}
	if i.m != nil && s != nil {
		ret = i.ormReturning(i.t, rows[0])
	}
	r, err := e.orm.SendInsert(i.t, cols, inline, ret, vals, i.sorted, false, i.upsert)
	if err != nil {
		return nil, i.rt.raise(th, err)
	}
	if i.m != nil && s != nil {
		r.Rows = project(i.ret, ret, r.Rows)
	}
	if i.entity {
		return entityRows(th, i.rt, s, i.m, r.Rows)
	}
	res := newRawResult(i.rt, r.Columns, r.Rows, r.RowCount)
	res.noRows = len(i.ret) == 0
	if !many {
		res.insertedPK = i.primaryKey(rows[0], r.LastRowID)
	}
	if (i.m == nil || s == nil) && len(i.ret) == 0 {
		// CursorResult.lastrowid is the cursor's: pysqlite sets it on
		// execute(), and SQLAlchemy gives None after an executemany
		res.lastrowid = &lastRowID{v: r.LastRowID, set: !many}
	}
	return res, nil
}

// onConflict is on_conflict_do_nothing(index_elements=) or
// on_conflict_do_update(index_elements=, set_=, where=).
func (i *insertObj) onConflict(th *interp.Thread, c *interp.Call, update bool) (interp.Value, error) {
	fn := "Insert.on_conflict_do_nothing"
	if update {
		fn = "Insert.on_conflict_do_update"
	}
	a := newArgs(th, c, fn)
	for _, k := range []string{"constraint", "index_where"} {
		if v, ok := a.kw(k); ok && v != nil {
			return nil, unsupported(th, "%s(%s=...)", fn, k)
		}
	}
	up := &sql.OnConflict{}
	if v, ok := a.get(0, "index_elements"); ok && v != nil {
		items, err := th.Iterate(v)
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			switch x := it.(type) {
			case string:
				up.Target = append(up.Target, x)
			case *colAttr:
				up.Target = append(up.Target, x.col.Name)
			default:
				return nil, unsupported(th, "%s(index_elements=) naming %s", fn, th.TypeName(it))
			}
		}
	}
	if update {
		set, _ := a.kw("set_")
		d, ok := set.(*interp.Dict)
		if !ok || d.Len() == 0 {
			if set == nil || ok {
				return nil, th.Raise(interp.ValueError, "set parameter must be a non-empty dictionary or a ColumnCollection such as the `.c.` collection of a Table object")
			}
			return nil, unsupported(th, "%s(set_=%s)", fn, th.TypeName(set))
		}
		// SET follows the table's column order (SQLiteCompiler)
		given := map[*schema.Column]interp.Value{}
		for _, k := range d.Keys() {
			col, err := i.column(th, k)
			if err != nil {
				return nil, unsupported(th, "%s(set_=) naming %s, which is not a column of %s", fn, keyName(th, k), i.t.Name)
			}
			given[col], _, _ = d.Get(th, k)
		}
		for _, col := range i.t.Columns {
			v, ok := given[col]
			if !ok {
				continue
			}
			x, _, err := valueOf(th, col, v)
			if err != nil {
				return nil, err
			}
			up.Set, up.Values = append(up.Set, col), append(up.Values, x)
		}
		if w, ok := a.kw("where"); ok && w != nil {
			e, ok := w.(*sqlExpr)
			if !ok {
				return nil, unsupported(th, "%s(where=%s)", fn, th.TypeName(w))
			}
			up.Where = e.e
		}
	}
	if err := a.check(1); err != nil {
		return nil, err
	}
	n := *i
	n.upsert = up
	return &n, nil
}

// keyedRow reads one parameter set (a dict) by key: a column's key, or a
// bindparam()'s name.
func (i *insertObj) keyedRow(th *interp.Thread, v interp.Value) (map[string]interp.Value, error) {
	d, ok := v.(*interp.Dict)
	if !ok {
		return nil, unsupported(th, "insert parameters given as %s (use a dict or a list of dicts)", th.TypeName(v))
	}
	out := map[string]interp.Value{}
	for _, k := range d.Keys() {
		name, ok := k.(string)
		if c, isCol := k.(*colAttr); isCol && c.col.Table == i.t {
			name, ok = c.col.Key, true
		} else if i.m != nil && i.m.Cols[name] != nil {
			name = i.m.Cols[name].Key // a mapped class's attribute names its column
		}
		if !ok {
			return nil, th.Raise(interp.ClassOf(exc.CompileError), "Unconsumed column names: %s", keyName(th, k))
		}
		out[name], _, _ = d.Get(th, k)
	}
	return out, nil
}

// statement is the INSERT for parameter sets naming keys: the columns
// values() set or the keys name, and those with defaults, in table order;
// all the table's columns for str() of an insert without values().
func (i *insertObj) statement(th *interp.Thread, keys map[string]interp.Value, all bool) (*sql.InsertStmt, error) {
	s := &sql.InsertStmt{Table: i.t, Upsert: i.upsert, Returning: i.ret}
	if i.from != nil {
		s.Cols, s.From = i.fromCols, i.from.compile(false)
		return s, nil
	}
	first, name := i.set, func(c *schema.Column) string { return c.Key }
	if i.multi != nil {
		// the first row's values are bound as key_m0, its defaults as key
		first, name = i.multi[0], func(c *schema.Column) string { return c.Key + "_m0" }
	}
	for _, c := range i.t.Columns {
		v, set := first[c]
		_, keyed := keys[c.Key]
		var x sql.Expr
		switch {
		case set:
			var err error
			if x, err = insertValue(th, c, v, name(c)); err != nil {
				return nil, err
			}
		case keyed || all || c.InsertDefault():
			x = sql.Param{Name: c.Key, Col: c}
		case c.DefaultSQL != "" && !c.PrimaryKey:
			x = sql.Lit(c.DefaultSQL) // default=func.now() renders in the VALUES
		default:
			continue
		}
		s.Cols, s.Values = append(s.Cols, c), append(s.Values, x)
	}
	for k, row := range i.multi[min(1, len(i.multi)):] {
		vals, err := multiRow(th, s.Cols, row, k+1)
		if err != nil {
			return nil, err
		}
		s.More = append(s.More, vals)
	}
	// a key naming neither a column nor a bindparam() of the statement is
	// ignored: only values() keys are checked (crud._get_crud_params)
	return s, nil
}

// insertValue is what values() gives a column: an expression (a select()
// as its scalar subquery, as SQLAlchemy coerces it), or a value bound under
// name, the column's key (which a parameter set may override).
func insertValue(th *interp.Thread, c *schema.Column, v interp.Value, name string) (sql.Expr, error) {
	if q, ok := v.(*selectObj); ok && !q.legacy && q.entity == nil && len(q.cols) == 1 {
		v = &scalarSub{q: q}
	}
	switch v := v.(type) {
	case operand:
		return v.ref(), nil
	case *bindParam:
		return v.param(c), nil
	}
	sv, err := colToSQL(th, c, v)
	if err != nil {
		return nil, err
	}
	return sql.Param{Name: name, Col: c, Default: orm.ToDB(c, sv), HasDefault: true}, nil
}

// multiRow is row n of a multi-values insert (crud._extend_values_for_multiparams):
// for each of the first row's columns its value bound as key_mN, or else
// the column's default: its SQL, or its scalar value bound as key_mN.
func multiRow(th *interp.Thread, cols []*schema.Column, row map[*schema.Column]interp.Value, n int) ([]sql.Expr, error) {
	var out []sql.Expr
	for _, c := range cols {
		name := fmt.Sprintf("%s_m%d", c.Key, n)
		v, ok := row[c]
		switch {
		case ok:
			x, err := insertValue(th, c, v, name)
			if err != nil {
				return nil, err
			}
			out = append(out, x)
		case c.DefaultSQL != "":
			out = append(out, sql.Lit(c.DefaultSQL))
		case c.DefaultFn != nil:
			return nil, unsupported(th, "a multi-values insert whose row %d leaves out %s, which has a callable default", n+1, c.Key)
		case c.HasDefault:
			out = append(out, sql.Param{Name: name, Col: c, Default: orm.ToDB(c, c.Default), HasDefault: true})
		default:
			return nil, th.Raise(interp.ClassOf(exc.CompileError), "INSERT value for column %s.%s is explicitly rendered as a boundparameter in the VALUES clause; a Python-side value or SQL expression is required", c.Table.Name, c.Name)
		}
	}
	return out, nil
}

// runExpr executes an insert whose values() hold SQL expressions, or
// from_select(), with params nil, a dict, or a list of dicts for an
// executemany; each parameter set fills the statement's bindparam()s and
// column parameters by name.
func (i *insertObj) runExpr(th *interp.Thread, e *Engine, params interp.Value, s *sessionObj) (interp.Value, error) {
	sets := []interp.Value{params}
	many := false
	if l, ok := params.(*interp.List); ok {
		sets, many = l.Items, len(l.Items) > 1
		if len(l.Items) == 0 {
			sets = []interp.Value{nil}
		}
	}
	if many && len(i.ret) > 0 {
		return nil, unsupported(th, "an insert with SQL expressions in values() and returning() run for several rows")
	}
	if i.from != nil && params != nil {
		return nil, unsupported(th, "parameters for an insert from_select()")
	}
	if i.multi != nil && params != nil {
		return nil, unsupported(th, "parameters for an insert of values() given as a list")
	}
	var rows []map[string]interp.Value
	for _, p := range sets {
		row := map[string]interp.Value{}
		if p != nil {
			var err error
			if row, err = i.keyedRow(th, p); err != nil {
				return nil, err
			}
		}
		rows = append(rows, row)
	}
	stmt, err := i.statement(th, rows[0], false)
	if err != nil {
		return nil, err
	}
	q, tmpl := sql.Compile(stmt)
	var vals [][]any
	for n, row := range rows {
		vs, missing, err := sql.FillParams(tmpl, func(p sql.Param) (any, bool, error) {
			v, ok := row[p.Name]
			switch {
			case ok:
				sv, err := colToSQL(th, p.Col, v)
				return orm.ToDB(p.Col, sv), true, err
			case !p.HasDefault && p.Col != nil && p.Col.HasDefault:
				return orm.ToDB(p.Col, p.Col.Default), true, nil
			}
			return nil, false, nil
		})
		if err != nil {
			return nil, err
		}
		if missing != "" {
			return nil, th.Raise(interp.ClassOf(exc.StatementError), "(sqlalchemy.exc.InvalidRequestError) A value is required for bind parameter '%s', in parameter group %d", missing, n)
		}
		vals = append(vals, vs)
	}
	var r *store.Result
	if many {
		r, err = e.orm.ExecMany(q, vals)
	} else {
		r, err = e.orm.Exec(q, vals[0])
	}
	if err != nil {
		return nil, i.rt.raise(th, err)
	}
	if i.entity {
		return entityRows(th, i.rt, s, i.m, r.Rows)
	}
	res := newRawResult(i.rt, r.Columns, r.Rows, r.RowCount)
	res.noRows = len(i.ret) == 0
	if !many && i.from == nil && i.multi == nil {
		res.insertedPK = i.primaryKey(sentValues(stmt, vals[0]), r.LastRowID)
	}
	if len(i.ret) == 0 {
		// CursorResult.lastrowid is the cursor's: pysqlite sets it on
		// execute(), and SQLAlchemy gives None after an executemany
		res.lastrowid = &lastRowID{v: r.LastRowID, set: !many}
	}
	return res, nil
}

// exprs reports whether values() holds SQL expressions (a column
// expression, a scalar subquery, a bindparam()) or the insert is a
// from_select() or a multi-values insert: runExpr runs those.
func (i *insertObj) exprs() bool {
	if i.from != nil || i.multi != nil {
		return true
	}
	for _, v := range i.set {
		switch v.(type) {
		case operand, *bindParam, *selectObj:
			return true
		}
	}
	return false
}

// sentValues are the values an INSERT's column parameters were sent with.
func sentValues(stmt *sql.InsertStmt, vals []any) map[*schema.Column]interp.Value {
	sent := map[*schema.Column]interp.Value{}
	_, tmpl := sql.Compile(stmt)
	for k, p := range tmpl {
		if p, ok := p.(sql.Param); ok && p.Col != nil && p.Name == p.Col.Key {
			sent[p.Col] = vals[k]
		}
	}
	return sent
}

// insertCols are the columns an INSERT of row names, of cols (a table's,
// in its order): those the row sets, those with a scalar default, and
// those whose SQL default renders inline (inline[k] is that SQL, else "").
func insertCols(t *schema.Table, cols []*schema.Column, row map[*schema.Column]interp.Value) ([]*schema.Column, []string) {
	var out []*schema.Column
	var inline []string
	for _, c := range cols {
		_, ok := row[c]
		switch {
		case ok || c.InsertDefault():
			out, inline = append(out, c), append(inline, "")
		case c.DefaultSQL != "" && !c.PrimaryKey:
			out, inline = append(out, c), append(inline, c.DefaultSQL)
		}
	}
	return out, inline
}

// insertVals are the bound values of each row for cols.
func insertVals(th *interp.Thread, cols []*schema.Column, inline []string, rows []map[*schema.Column]interp.Value) ([][]any, error) {
	var vals [][]any
	for n, row := range rows {
		var vs []any
		for k, c := range cols {
			if inline[k] != "" {
				continue
			}
			v, ok := row[c]
			if !ok && !c.HasDefault {
				return nil, th.Raise(interp.ClassOf(exc.StatementError), "(sqlalchemy.exc.InvalidRequestError) A value is required for bind parameter '%s', in parameter group %d", c.Name, n)
			}
			var sv any = c.Default
			if !ok && c.DefaultFn != nil {
				var err error
				if sv, err = c.DefaultFn(); err != nil {
					return nil, err
				}
			}
			if ok {
				var err error
				if sv, err = colToSQL(th, c, v); err != nil {
					return nil, err
				}
			}
			vs = append(vs, orm.ToDB(c, sv))
		}
		vals = append(vals, vs)
	}
	return vals, nil
}

// entityRows is the result of a DML statement's returning(Class): each
// row (of m's columns in order) loaded as an object.
func entityRows(th *interp.Thread, rt *Runtime, s *sessionObj, m *orm.Mapper, rows [][]any) (interp.Value, error) {
	sts, err := s.s.Instances(m, rows)
	if err != nil {
		return nil, rt.raise(th, err)
	}
	res := &resultObj{rt: rt, rowcount: int64(len(rows)), orm: true}
	for _, st := range sts {
		res.data = append(res.data, &rowObj{names: []string{m.Class}, vals: []interp.Value{st.Obj}})
	}
	return res, nil
}

// bulk is the ORM bulk insert, session.execute(insert(Class), [dicts])
// (bulk_persistence._bulk_insert): per table of the class, base first, each
// dict's values for that table's columns (a None left out, so the column's
// default applies, unless render_nulls), and one statement per run of
// consecutive dicts that name the same keys (_emit_insert_statements). With
// several tables the keys the base table's INSERT made go into the next.
func (i *insertObj) bulk(th *interp.Thread, s *sessionObj, items []interp.Value) (interp.Value, error) {
	m := i.m
	if len(i.set) > 0 {
		return nil, unsupported(th, "an ORM bulk insert (a list of dicts) of an insert() with values()")
	}
	if i.upsert != nil {
		return nil, unsupported(th, "an ORM bulk insert (a list of dicts) with on_conflict_do_nothing/update()")
	}
	tables := m.Tables()
	bookkeeping := len(tables) > 1
	maps := make([]map[string]interp.Value, len(items))
	for k, it := range items {
		d, ok := it.(*interp.Dict)
		if !ok {
			return nil, unsupported(th, "insert parameters given as %s (use a dict or a list of dicts)", th.TypeName(it))
		}
		maps[k] = map[string]interp.Value{}
		for _, key := range d.Keys() {
			name, ok := key.(string)
			if !ok {
				return nil, unsupported(th, "an ORM bulk insert whose dicts are keyed by %s", th.TypeName(key))
			}
			maps[k][name], _, _ = d.Get(th, key)
		}
	}
	// what RETURNING gave for each dict, from every table's INSERT
	// (spliced horizontally, as _bulk_insert does)
	got := make([]map[*schema.Column]any, len(maps))
	for k := range got {
		got[k] = map[*schema.Column]any{}
	}
	for _, t := range tables {
		type rec struct {
			row                 map[*schema.Column]interp.Value
			sig                 string
			allPKs, allDefaults bool
		}
		recs := make([]rec, len(maps))
		for k, mp := range maps {
			r := rec{row: map[*schema.Column]interp.Value{}, allPKs: true, allDefaults: true}
			for _, c := range m.TableCols(t) {
				v, ok := mp[m.ColKey(c)]
				if ok && (v != nil || i.renderNulls) {
					r.row[c] = v
				}
			}
			if c := m.PolyOn; c != nil && c.Table == t && m.Identity != nil {
				if _, ok := r.row[c]; !ok {
					r.row[c] = m.Identity // _set_polymorphic_identity
				}
			}
			for _, c := range t.Columns {
				if _, ok := r.row[c]; ok {
					r.sig += c.Name + "\x00"
				}
			}
			if bookkeeping {
				for _, c := range t.PrimaryKey {
					if _, ok := r.row[c]; !ok {
						r.allPKs = false
					}
				}
				for _, c := range m.TableCols(t) {
					if _, ok := r.row[c]; !ok && c.FetchedOnInsert() && m.PreferEagerDefaults() {
						r.allDefaults = false
					}
				}
			}
			recs[k] = r
		}
		for k := 0; k < len(recs); {
			n := k + 1
			for n < len(recs) && recs[n].sig == recs[k].sig && recs[n].allPKs == recs[k].allPKs && recs[n].allDefaults == recs[k].allDefaults {
				n++
			}
			group := recs[k:n]
			var grows []map[*schema.Column]interp.Value
			for _, r := range group {
				grows = append(grows, r.row)
			}
			cols, inline := insertCols(t, m.TableCols(t), grows[0])
			vals, err := insertVals(th, cols, inline, grows)
			if err != nil {
				return nil, err
			}
			var ret []*schema.Column
			batch := len(i.ret) > 0
			sorted := bookkeeping || i.sorted && len(i.ret) > 0
			switch {
			case len(i.ret) > 0:
				ret = i.ormReturning(t, group[0].row)
			case group[0].allPKs && (group[0].allDefaults || t.NoImplicitReturning):
			case !t.NoImplicitReturning && len(group) > 1:
				ret, batch = orm.KeyReturned(t, func(c *schema.Column) bool { _, ok := group[0].row[c]; return ok }), true
			default:
				// one execute per row, the key from lastrowid
				for j := range vals {
					r, err := s.e.orm.SendInsert(t, cols, inline, nil, vals[j:j+1], false, false, nil)
					if err != nil {
						return nil, i.rt.raise(th, err)
					}
					if bookkeeping {
						setKey(m, t, maps[k+j], []any{r.LastRowID})
					}
				}
				k = n
				continue
			}
			r, err := s.e.orm.SendInsert(t, cols, inline, ret, vals, sorted, batch, nil)
			if err != nil {
				return nil, i.rt.raise(th, err)
			}
			for j, row := range r.Rows {
				for x, c := range ret {
					if x < len(row) {
						got[k+j][c] = row[x]
					}
				}
			}
			if bookkeeping && len(ret) > 0 {
				for j, row := range r.Rows {
					setKey(m, t, maps[k+j], pkOf(t, ret, row))
				}
			}
			k = n
		}
	}
	var rows [][]any
	if len(i.ret) > 0 {
		for _, g := range got {
			row := make([]any, len(i.ret))
			for x, c := range i.ret {
				row[x] = g[c]
			}
			rows = append(rows, row)
		}
	}
	if i.entity {
		return entityRows(th, i.rt, s, i.m, rows)
	}
	res := newRawResult(i.rt, names(i.ret), rows, -1)
	res.noRows, res.iterator = len(i.ret) == 0, true
	return res, nil
}

// ormReturning is the RETURNING an ORM-enabled insert renders into t for
// returning(): the columns asked for and the key (return_defaults: the
// key columns not given, and the autoincrement column), in the table's
// order; project() then gives the rows in the order asked.
func (i *insertObj) ormReturning(t *schema.Table, given map[*schema.Column]interp.Value) []*schema.Column {
	if len(i.ret) == 0 {
		return nil
	}
	auto := t.AutoincrementColumn()
	var out []*schema.Column
	for _, c := range t.Columns {
		_, ok := given[c]
		if c.PrimaryKey && (!ok || c == auto) || slices.Contains(i.ret, c) {
			out = append(out, c)
		}
	}
	return out
}

// project picks the columns want out of rows of cols.
func project(want, cols []*schema.Column, rows [][]any) [][]any {
	out := make([][]any, len(rows))
	for k, row := range rows {
		for _, c := range want {
			if j := slices.Index(cols, c); j >= 0 && j < len(row) {
				out[k] = append(out[k], row[j])
			}
		}
	}
	return out
}

func names(cols []*schema.Column) []string {
	out := make([]string, len(cols))
	for k, c := range cols {
		out[k] = c.Name
	}
	return out
}

// pkOf picks t's primary key values out of a RETURNING row of ret.
func pkOf(t *schema.Table, ret []*schema.Column, row []any) []any {
	var out []any
	for _, c := range t.PrimaryKey {
		for j, rc := range ret {
			if rc == c && j < len(row) {
				out = append(out, row[j])
			}
		}
	}
	return out
}

// setKey puts the key an INSERT into t made into a bulk insert's dict, where
// it has none, for the INSERTs into the tables that inherit from t.
func setKey(m *orm.Mapper, t *schema.Table, mp map[string]interp.Value, key []any) {
	if len(key) != len(t.PrimaryKey) {
		return
	}
	for j, c := range t.PrimaryKey {
		k := m.ColKey(c)
		if mp[k] == nil {
			mp[k] = key[j]
		}
	}
}

// primaryKey is inserted_primary_key: the values given, or SQLite's rowid
// for an integer key it generated.
func (i *insertObj) primaryKey(row map[*schema.Column]interp.Value, rowid int64) interp.Tuple {
	var pk interp.Tuple
	for _, c := range i.t.PrimaryKey {
		if v, ok := row[c]; ok {
			pk = append(pk, v)
		} else if c.InsertDefault() {
			pk = append(pk, c.Default)
		} else if len(i.t.PrimaryKey) == 1 {
			pk = append(pk, rowid)
		} else {
			pk = append(pk, nil)
		}
	}
	return pk
}

// Str is str(insert(...)): every column's parameter when values() was not
// called, else the columns it set and those with defaults. A SQLite
// insert() stringifies with the SQLite dialect (its stringify_dialect).
func (i *insertObj) Str(th *interp.Thread) (string, error) {
	s, err := i.statement(th, nil, i.set == nil)
	if err != nil {
		return "", err
	}
	return sql.String(s, i.sqlite), nil
}
