package orm

import (
	"cascadelab/engine/internal/exc"
	"fmt"
	"sort"

	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/sql"
)

// syncClear is sync.clear: the foreign key columns of dest become NULL.
func syncClear(dest *State, pairs [][2]*schema.Column) error {
	for _, p := range pairs {
		if p[1].PrimaryKey {
			if v, _ := dest.Get(dest.M.ColKey(p[1])); v != nil {
				return &exc.Error{Class: exc.AssertionError, Msg: fmt.Sprintf("Dependency rule on column '%s.%s' tried to blank-out primary key column '%s.%s' on instance '<%s at 0x7f0000000000>'", p[0].Table.Name, p[0].Name, p[1].Table.Name, p[1].Name, dest.M.Class)}
			}
		}
		dest.SetColumn(dest.M.ColKey(p[1]), nil)
	}
	return nil
}

// syncPopulate is sync.populate: dest's foreign key takes source's key value.
func syncPopulate(source, dest *State, pairs [][2]*schema.Column) error {
	for _, p := range pairs {
		v, err := source.colValue(p[0])
		if err != nil {
			return err
		}
		dest.SetColumn(dest.M.ColKey(p[1]), v)
	}
	return nil
}

// sortStates is persistence._sort_states: pending in insertion order, then
// persistent by primary key.
func sortStates(states []*State) []*State {
	var pending, persistent []*State
	for _, st := range states {
		if st.Key == nil {
			pending = append(pending, st)
		} else {
			persistent = append(persistent, st)
		}
	}
	sort.SliceStable(pending, func(i, j int) bool { return pending[i].insertOrder < pending[j].insertOrder })
	sort.SliceStable(persistent, func(i, j int) bool { return keyLess(persistent[i].Key, persistent[j].Key) })
	return append(pending, persistent...)
}

func keyLess(a, b []any) bool {
	for i := range a {
		x, y := a[i], b[i]
		if equalValues(x, y) {
			continue
		}
		switch xv := x.(type) {
		case int64:
			if yv, ok := y.(int64); ok {
				return xv < yv
			}
		case string:
			if yv, ok := y.(string); ok {
				return xv < yv
			}
		case float64:
			if yv, ok := y.(float64); ok {
				return xv < yv
			}
		}
		return fmt.Sprint(x) < fmt.Sprint(y)
	}
	return false
}

type insertRec struct {
	st      *State
	params  map[*schema.Column]any
	allPKs  bool
	keysSig string
}

// saveObj is persistence.save_obj: UPDATEs of persistent rows, then INSERTs
// of pending ones, grouped like _emit_update/insert_statements.
func (u *uow) saveObj(m *Mapper, states []*State) error {
	states = sortStates(states)
	t := m.Table
	var updates []*State
	var inserts []*insertRec
	for _, st := range states {
		if st.Key != nil {
			updates = append(updates, st)
			continue
		}
		inserts = append(inserts, insertParams(m, st))
	}
	if err := u.emitUpdates(m, updates); err != nil {
		return err
	}
	for i := 0; i < len(inserts); {
		j := i + 1
		for j < len(inserts) && inserts[j].keysSig == inserts[i].keysSig && inserts[j].allPKs == inserts[i].allPKs {
			j++
		}
		if err := u.emitInserts(t, m, inserts[i:j]); err != nil {
			return err
		}
		i = j
	}
	return nil
}

// insertParams is _collect_insert_commands: set columns (None values left
// out), then columns with no default at all sent as None.
func insertParams(m *Mapper, st *State) *insertRec {
	rec := &insertRec{st: st, params: map[*schema.Column]any{}, allPKs: true}
	for _, c := range m.ColumnsInOrder() {
		v, ok := st.Dict[m.ColKey(c)]
		if ok && v != nil {
			rec.params[c] = v
		} else if !c.PrimaryKey && !c.HasDefault {
			rec.params[c] = nil
		}
	}
	for _, c := range m.Table.PrimaryKey {
		if _, ok := rec.params[c]; !ok {
			rec.allPKs = false
		}
	}
	for _, c := range m.ColumnsInOrder() {
		if _, ok := rec.params[c]; ok {
			rec.keysSig += c.Name + "\x00"
		}
	}
	return rec
}

// insertColumns are the columns the Core INSERT renders: those with a
// parameter plus those with a Python default, in table order.
func insertColumns(m *Mapper, rec *insertRec) ([]*schema.Column, []any) {
	var cols []*schema.Column
	var vals []any
	for _, c := range m.ColumnsInOrder() {
		if v, ok := rec.params[c]; ok {
			cols = append(cols, c)
			vals = append(vals, toDB(c, v))
		} else if c.HasDefault && !c.PrimaryKey {
			cols = append(cols, c)
			vals = append(vals, toDB(c, c.Default))
			rec.st.Dict[m.ColKey(c)] = c.Default
		}
	}
	return cols, vals
}

func (u *uow) emitInserts(t *schema.Table, m *Mapper, recs []*insertRec) error {
	e := u.sess.Engine
	if recs[0].allPKs {
		cols, _ := insertColumns(m, recs[0])
		q := sql.Insert(t, cols, nil)
		var rows [][]any
		for _, r := range recs {
			_, vals := insertColumns(m, r)
			rows = append(rows, vals)
		}
		var err error
		if len(rows) == 1 {
			_, err = e.Exec(q, rows[0])
		} else {
			_, err = e.ExecMany(q, rows)
		}
		return err
	}
	returning := len(recs) > 1
	for _, r := range recs {
		cols, vals := insertColumns(m, r)
		var ret []*schema.Column
		if returning {
			ret = t.PrimaryKey
		}
		q := sql.Insert(t, cols, ret)
		if returning {
			res, err := e.ExecMany(q, [][]any{vals})
			if err != nil {
				return err
			}
			for i, c := range t.PrimaryKey {
				if len(res.Rows) > 0 {
					r.st.Dict[m.ColKey(c)] = res.Rows[0][i]
				}
			}
			continue
		}
		res, err := e.Exec(q, vals)
		if err != nil {
			return err
		}
		if len(t.PrimaryKey) == 1 {
			k := m.ColKey(t.PrimaryKey[0])
			if r.st.Dict[k] == nil {
				r.st.Dict[k] = res.LastRowID
			}
		}
	}
	return nil
}

// emitUpdates is _collect_update_commands + _emit_update_statements.
func (u *uow) emitUpdates(m *Mapper, states []*State) error {
	t := m.Table
	type rec struct {
		cols []*schema.Column
		vals []any
		sig  string
	}
	var recs []rec
	for _, st := range states {
		var r rec
		for _, c := range m.ColumnsInOrder() {
			v, changed := st.colChanged(m.ColKey(c))
			if changed {
				r.cols = append(r.cols, c)
				r.vals = append(r.vals, toDB(c, v))
				r.sig += c.Name + "\x00"
			}
		}
		if len(r.cols) == 0 {
			continue
		}
		for _, c := range t.PrimaryKey {
			v, err := st.committedColValue(c)
			if err != nil {
				return err
			}
			r.vals = append(r.vals, toDB(c, v))
		}
		recs = append(recs, r)
	}
	for i := 0; i < len(recs); {
		j := i + 1
		for j < len(recs) && recs[j].sig == recs[i].sig {
			j++
		}
		q := sql.Update(t, recs[i].cols, t.PrimaryKey)
		var err error
		if j-i == 1 {
			r, e := u.sess.Engine.Exec(q, recs[i].vals)
			err = e
			if err == nil && r.RowCount != 1 {
				err = &exc.Error{Class: exc.StaleDataError, Msg: fmt.Sprintf("UPDATE statement on table '%s' expected to update 1 row(s); %d were matched.", t.Name, r.RowCount)}
			}
		} else {
			rows := make([][]any, 0, j-i)
			for _, r := range recs[i:j] {
				rows = append(rows, r.vals)
			}
			res, e := u.sess.Engine.ExecMany(q, rows)
			err = e
			if err == nil && res.RowCount != int64(j-i) {
				err = &exc.Error{Class: exc.StaleDataError, Msg: fmt.Sprintf("UPDATE statement on table '%s' expected to update %d row(s); %d were matched.", t.Name, j-i, res.RowCount)}
			}
		}
		if err != nil {
			return err
		}
		i = j
	}
	return nil
}

// deleteObj is persistence.delete_obj: one executemany DELETE by key.
func (u *uow) deleteObj(m *Mapper, states []*State) error {
	if len(states) == 0 {
		return nil
	}
	states = sortStates(states)
	t := m.Table
	var rows [][]any
	for _, st := range states {
		var row []any
		for _, c := range t.PrimaryKey {
			v, err := st.committedColValue(c)
			if err != nil {
				return err
			}
			if v == nil {
				return &exc.Error{Class: exc.FlushError, Msg: fmt.Sprintf("Can't delete from table %s using NULL for primary key value on column %s.%s", t.Name, t.Name, c.Name)}
			}
			row = append(row, toDB(c, v))
		}
		rows = append(rows, row)
	}
	q := sql.DeleteByKey(t, t.PrimaryKey)
	var err error
	if len(rows) == 1 {
		_, err = u.sess.Engine.Exec(q, rows[0])
	} else {
		_, err = u.sess.Engine.ExecMany(q, rows)
	}
	return err
}

// assocRow builds one secondary-table row for (parent, child).
func (d *depProc) assocRow(u *uow, parent, child *State) ([]any, bool, error) {
	if child == nil || !u.sess.Contains(child) {
		return nil, false, nil
	}
	vals := map[*schema.Column]any{}
	for _, p := range d.r.Pairs {
		v, err := parent.colValue(p[0])
		if err != nil {
			return nil, false, err
		}
		vals[p[1]] = toDB(p[1], v)
	}
	for _, p := range d.r.SecondaryPairs {
		v, err := child.colValue(p[0])
		if err != nil {
			return nil, false, err
		}
		vals[p[1]] = toDB(p[1], v)
	}
	var row []any
	for _, c := range d.r.Secondary.Columns {
		if v, ok := vals[c]; ok {
			row = append(row, v)
		}
	}
	return row, true, nil
}

// assocCols are the secondary columns an association row carries, in table order.
func (d *depProc) assocCols() []*schema.Column {
	in := map[*schema.Column]bool{}
	for _, p := range append(append([][2]*schema.Column(nil), d.r.Pairs...), d.r.SecondaryPairs...) {
		in[p[1]] = true
	}
	var out []*schema.Column
	for _, c := range d.r.Secondary.Columns {
		if in[c] {
			out = append(out, c)
		}
	}
	return out
}

// runCrud is ManyToManyDP._run_crud: link DELETEs, then INSERTs.
func (d *depProc) runCrud(u *uow, ins, del [][]any) error {
	e := u.sess.Engine
	cols := d.assocCols()
	exec := func(q string, rows [][]any) error {
		var err error
		if len(rows) == 1 {
			_, err = e.Exec(q, rows[0])
		} else {
			_, err = e.ExecMany(q, rows)
		}
		return err
	}
	if len(del) > 0 {
		var where []sql.Expr
		for _, c := range cols {
			where = append(where, sql.Eq(sql.Col{C: c}, sql.Lit("?")))
		}
		text, _ := sql.Compile(sql.And(where...))
		if err := exec("DELETE FROM "+schema.Quote(d.r.Secondary.Name)+" WHERE "+text, del); err != nil {
			return err
		}
	}
	if len(ins) > 0 {
		if err := exec(sql.Insert(d.r.Secondary, cols, nil), ins); err != nil {
			return err
		}
	}
	return nil
}
