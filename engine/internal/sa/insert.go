package sa

import (
	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/sql"
	"cascadelab/engine/internal/store"
)

// insertObj is insert(table or mapped class) and table.insert(): values()
// and returning() build it; executing it with a list of dicts is one
// executemany.
type insertObj struct {
	rt  *Runtime
	m   *orm.Mapper // nil for a Table
	t   *schema.Table
	set map[*schema.Column]interp.Value // values()
	ret []*schema.Column                // returning()
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

// column finds the column a values() or parameter key names: a column (or,
// for a mapped class, attribute) name, or a column attribute.
func (i *insertObj) column(th *interp.Thread, k interp.Value) (*schema.Column, error) {
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
		return nil, th.Raise(interp.ClassOf(exc.CompileError), "Unconsumed column names: %s", keyName(th, k))
	}
	return col, nil
}

func keyName(th *interp.Thread, k interp.Value) string {
	if s, ok := k.(string); ok {
		return s
	}
	r, _ := th.Repr(k)
	return r
}

// row reads one parameter set (a dict) into column values.
func (i *insertObj) row(th *interp.Thread, v interp.Value) (map[*schema.Column]interp.Value, error) {
	d, ok := v.(*interp.Dict)
	if !ok {
		return nil, unsupported(th, "insert parameters given as %s (use a dict or a list of dicts)", th.TypeName(v))
	}
	out := map[*schema.Column]interp.Value{}
	for _, k := range d.Keys() {
		col, err := i.column(th, k)
		if err != nil {
			return nil, err
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
			switch {
			case len(c.Args) == 1:
				row, err := n.row(th, c.Args[0])
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
	case "returning":
		return builtin("Insert.returning", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			n := *i
			n.ret = append([]*schema.Column(nil), i.ret...)
			for _, a := range c.Args {
				ca, ok := a.(*colAttr)
				if !ok || ca.col.Table != i.t {
					return nil, unsupported(th, "Insert.returning(%s)", th.TypeName(a))
				}
				n.ret = append(n.ret, ca.col)
			}
			return &n, nil
		}), true, nil
	}
	return nil, false, nil
}

// run executes the insert with params (nil, a dict, or a list of dicts for
// an executemany); orm marks a session's ORM-enabled bulk insert.
func (i *insertObj) run(th *interp.Thread, e *Engine, params interp.Value, bulk bool) (interp.Value, error) {
	sets := []interp.Value{params}
	many := false
	if l, ok := params.(*interp.List); ok {
		sets, many = l.Items, len(l.Items) > 1
		if len(l.Items) == 0 {
			sets = []interp.Value{nil}
		}
	}
	if many && len(i.ret) > 0 {
		return nil, unsupported(th, "an insert with returning() run for several rows (insertmanyvalues)")
	}
	var rows []map[*schema.Column]interp.Value
	for _, p := range sets {
		row := map[*schema.Column]interp.Value{}
		for k, v := range i.set {
			row[k] = v
		}
		if p != nil {
			r, err := i.row(th, p)
			if err != nil {
				return nil, err
			}
			for k, v := range r {
				row[k] = v
			}
		}
		rows = append(rows, row)
	}
	// the statement's columns: the first row's, and scalar defaults, in table order
	var cols []*schema.Column
	var inline []string // SQL defaults (default=func.now()) render in the VALUES
	for _, c := range i.t.Columns {
		_, ok := rows[0][c]
		switch {
		case ok || c.HasDefault && !c.PrimaryKey:
			cols, inline = append(cols, c), append(inline, "")
		case c.DefaultSQL != "" && !c.PrimaryKey:
			cols, inline = append(cols, c), append(inline, c.DefaultSQL)
		}
	}
	var vals [][]any
	for n, row := range rows {
		if len(row) != len(rows[0]) && bulk {
			return nil, unsupported(th, "an ORM bulk insert whose dicts name different keys")
		}
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
	q := sql.Insert(i.t, cols, inline, i.ret)
	var r *store.Result
	var err error
	if many {
		r, err = e.orm.ExecMany(q, vals)
	} else {
		r, err = e.orm.Exec(q, vals[0])
	}
	if err != nil {
		return nil, i.rt.raise(th, err)
	}
	res := newRawResult(i.rt, r.Columns, r.Rows, r.RowCount)
	if !many {
		res.insertedPK = i.primaryKey(rows[0], r.LastRowID)
	}
	if !bulk && len(i.ret) == 0 {
		// CursorResult.lastrowid is the cursor's: pysqlite sets it on
		// execute(), and SQLAlchemy gives None after an executemany
		res.lastrowid = &lastRowID{v: r.LastRowID, set: !many}
	}
	return res, nil
}

// primaryKey is inserted_primary_key: the values given, or SQLite's rowid
// for an integer key it generated.
func (i *insertObj) primaryKey(row map[*schema.Column]interp.Value, rowid int64) interp.Tuple {
	var pk interp.Tuple
	for _, c := range i.t.PrimaryKey {
		if v, ok := row[c]; ok {
			pk = append(pk, v)
		} else if len(i.t.PrimaryKey) == 1 {
			pk = append(pk, rowid)
		} else {
			pk = append(pk, nil)
		}
	}
	return pk
}
