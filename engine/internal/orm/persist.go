package orm

import (
	"cascadelab/engine/internal/exc"
	"fmt"
	"slices"
	"sort"

	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/source"
	"cascadelab/engine/internal/sql"
	"cascadelab/engine/internal/store"
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
	st     *State
	params map[*schema.Column]any
	allPKs bool
	// allDefaults: every column the database would make a value for has
	// one already (has_all_defaults), or the mapper does not prefer to
	// fetch them eagerly.
	allDefaults bool
	keysSig     string
	// defaults are the values the columns' Python callable defaults gave
	// this row (called once per row, before the INSERT)
	defaults map[*schema.Column]any
}

// sortedTables is mapper._sorted_tables: the tables of base's hierarchy,
// each after the tables it inherits from.
func (base *Mapper) sortedTables() []*schema.Table {
	var out []*schema.Table
	for _, x := range base.SelfAndDescendants() {
		if !containsTable(out, x.Table) {
			out = append(out, x.Table)
		}
	}
	return out
}

// hasTable reports whether m's rows span table t.
func (m *Mapper) hasTable(t *schema.Table) bool { return containsTable(m.Tables(), t) }

// TableCols are the columns of t that m maps, in table order.
func (m *Mapper) TableCols(t *schema.Table) []*schema.Column {
	var out []*schema.Column
	for _, c := range t.Columns {
		if _, ok := m.colKeys[c]; ok {
			out = append(out, c)
		}
	}
	return out
}

// saveObj is persistence.save_obj: per table of base's hierarchy, UPDATEs
// of persistent rows, then INSERTs of pending ones, grouped like
// _emit_update/insert_statements; then the eager load of server defaults
// (_finalize_insert_update_commands).
func (u *uow) saveObj(base *Mapper, states []*State) error {
	states = sortStates(states)
	for _, st := range states {
		if st.M.Refusal != nil {
			return st.M.Refusal
		}
	}
	if base.NoBatch && len(states) > 1 {
		// batch=False: one save_obj per object, its events around its own statements
		for _, st := range states {
			if err := u.saveObj(base, []*State{st}); err != nil {
				return err
			}
		}
		return nil
	}
	// _organize_states_for_save: before_insert / before_update for every
	// object first, so what a listener sets goes into its statement
	inserted := map[*State]bool{}
	for _, st := range states {
		ev := BeforeUpdate
		if st.Key == nil {
			ev, inserted[st] = BeforeInsert, true
		}
		if err := u.sess.fire(ev, st); err != nil {
			return err
		}
	}
	for _, t := range base.sortedTables() {
		var updates []*State
		var inserts []*insertRec
		for _, st := range states {
			if !st.M.hasTable(t) {
				continue
			}
			if st.Key != nil {
				updates = append(updates, st)
				continue
			}
			st.syncInherited(t)
			rec, err := insertParams(t, st)
			if err != nil {
				return err
			}
			inserts = append(inserts, rec)
		}
		if err := u.emitUpdates(t, updates); err != nil {
			return err
		}
		for i := 0; i < len(inserts); {
			j := i + 1
			for j < len(inserts) && inserts[j].keysSig == inserts[i].keysSig && inserts[j].allPKs == inserts[i].allPKs && inserts[j].allDefaults == inserts[i].allDefaults {
				j++
			}
			if err := u.emitInserts(t, inserts[i:j]); err != nil {
				return err
			}
			i = j
		}
	}
	// _finalize_insert_update_commands, per object (the inserted ones
	// first, as sortStates put them): eager_defaults=True loads the columns
	// with a server value that are not loaded (RETURNING did not bring them
	// back, or the INSERT sent None), then after_insert / after_update
	for _, st := range states {
		if err := u.eagerLoad(st); err != nil {
			return err
		}
		ev := AfterUpdate
		if inserted[st] {
			ev = AfterInsert
		}
		if err := u.sess.fire(ev, st); err != nil {
			return err
		}
	}
	return nil
}

// eagerLoad loads the server-made columns of a saved object when its
// mapper has eager_defaults=True.
func (u *uow) eagerLoad(st *State) error {
	m := st.M
	if m.EagerDefaults == nil || !*m.EagerDefaults {
		return nil
	}
	serverKeys := map[string]bool{}
	for _, c := range m.ColumnsInOrder() {
		if c.FetchedOnInsert() || c.FetchedOnUpdate() {
			serverKeys[m.ColKey(c)] = true
		}
	}
	var key []any
	for _, c := range m.PK() {
		key = append(key, st.Dict[m.ColKey(c)])
	}
	return u.sess.loadKeys(st, key, serverKeys)
}

// syncInherited copies the parent table's key into a joined table's columns
// before its INSERT (the inherit condition's sync.populate in _postfetch).
func (st *State) syncInherited(t *schema.Table) {
	for x := st.M; x != nil; x = x.Inherits {
		if x.Table != t || x.Single() {
			continue
		}
		for _, p := range x.inheritPairs {
			if v, ok := st.Dict[st.M.ColKey(p[0])]; ok {
				st.Dict[st.M.ColKey(p[1])] = v
			}
		}
	}
}

// insertParams is _collect_insert_commands: set columns (None values left
// out), then columns with no default at all sent as None.
func insertParams(t *schema.Table, st *State) (*insertRec, error) {
	m := st.M
	rec := &insertRec{st: st, params: map[*schema.Column]any{}, allPKs: true, allDefaults: true}
	for _, c := range m.TableCols(t) {
		v, ok := st.Dict[m.ColKey(c)]
		if ok && v != nil {
			rec.params[c] = v
		} else if !c.PrimaryKey && !c.HasDefault && !c.FetchedOnInsert() {
			rec.params[c] = nil
		}
	}
	for _, c := range m.TableCols(t) {
		if _, set := rec.params[c]; !set && c.DefaultFn != nil {
			if err := rec.callDefault(c); err != nil {
				return nil, err
			}
		}
	}
	for _, c := range t.PrimaryKey {
		if _, ok := rec.params[c]; !ok {
			rec.allPKs = false
			if c.DefaultSQL != "" {
				return nil, exc.Unsupported(c.Span, "a primary key column whose default is a SQL expression")
			}
		}
	}
	prefer := m.PreferEagerDefaults()
	for _, c := range m.TableCols(t) {
		_, ok := rec.params[c]
		if ok {
			rec.keysSig += c.Name + "\x00"
		} else if prefer && c.FetchedOnInsert() {
			rec.allDefaults = false
		}
	}
	return rec, nil
}

// defaultValue is column c's Python default for one row of an INSERT:
// its scalar, or what its callable returns.
func defaultValue(c *schema.Column) (any, error) {
	if c.DefaultFn != nil {
		return c.DefaultFn()
	}
	return c.Default, nil
}

// callDefault runs column c's Python callable default for the row.
func (rec *insertRec) callDefault(c *schema.Column) error {
	if c.PrimaryKey {
		return exc.Unsupported(c.Span, "a primary key column whose default is a Python callable")
	}
	v, err := c.DefaultFn()
	if err != nil {
		return err
	}
	if rec.defaults == nil {
		rec.defaults = map[*schema.Column]any{}
	}
	rec.defaults[c] = v
	return nil
}

// insertColumns are the columns the Core INSERT renders: those with a
// parameter plus those with a Python default (sent as parameters) or a SQL
// one (rendered inline), in table order.
func insertColumns(t *schema.Table, rec *insertRec) ([]*schema.Column, []string, []any) {
	m := rec.st.M
	var cols []*schema.Column
	var inline []string
	var vals []any
	for _, c := range m.TableCols(t) {
		if v, ok := rec.params[c]; ok {
			cols, inline = append(cols, c), append(inline, "")
			vals = append(vals, toDB(c, v))
		} else if c.InsertDefault() {
			d := c.Default
			if c.DefaultFn != nil {
				d = rec.defaults[c]
			}
			cols, inline = append(cols, c), append(inline, "")
			vals = append(vals, toDB(c, d))
			rec.st.Dict[m.ColKey(c)] = d
		} else if c.DefaultSQL != "" {
			cols, inline = append(cols, c), append(inline, c.DefaultSQL)
		}
	}
	return cols, inline, vals
}

// fetched are the columns of a row the database made a value for: those
// with a server default or a SQL default that the INSERT did not set.
func fetched(t *schema.Table, rec *insertRec) []*schema.Column {
	var out []*schema.Column
	for _, c := range rec.st.M.TableCols(t) {
		if _, ok := rec.params[c]; !ok && !c.PrimaryKey && c.FetchedOnInsert() {
			out = append(out, c)
		}
	}
	return out
}

// postfetch is persistence._postfetch: the columns RETURNING brought back
// are set, the other values the database made are expired, to be loaded
// on their next read.
func postfetch(m *Mapper, st *State, dbMade, returned []*schema.Column, row []any) {
	got := map[*schema.Column]bool{}
	for i, c := range returned {
		if i < len(row) {
			st.Dict[m.ColKey(c)] = fromDB(c, row[i])
			got[c] = true
		}
	}
	var expire []string
	for _, c := range dbMade {
		if !got[c] {
			expire = append(expire, m.ColKey(c))
		}
	}
	st.expireKeys(expire)
}

func (u *uow) emitInserts(t *schema.Table, recs []*insertRec) error {
	e := u.sess.Engine
	if recs[0].allPKs && (recs[0].allDefaults || t.NoImplicitReturning) {
		// nothing to fetch back: one execute(many), the rest post-fetched
		cols, inline, _ := insertColumns(t, recs[0])
		q := sql.Insert(t, cols, inline, nil)
		var rows [][]any
		for _, r := range recs {
			_, _, vals := insertColumns(t, r)
			rows = append(rows, vals)
		}
		var err error
		if len(rows) == 1 {
			_, err = e.Exec(q, rows[0])
		} else {
			_, err = e.ExecMany(q, rows)
		}
		for _, r := range recs {
			postfetch(r.st.M, r.st, fetched(t, r), nil, nil)
		}
		return err
	}
	many := len(recs) > 1 && !t.NoImplicitReturning
	// RETURNING, in table order: the key (return_defaults of the primary
	// key for an executemany, or of the server defaults, which always
	// returns the autoincrement column) and the values the database made
	// when the mapper prefers to fetch them eagerly
	var ret []*schema.Column
	r0 := recs[0]
	returnDefaults := !r0.allDefaults && !t.NoImplicitReturning
	if many && !returnDefaults {
		ret = KeyReturned(t, func(c *schema.Column) bool { _, ok := r0.params[c]; return ok })
	} else if returnDefaults {
		auto := t.AutoincrementColumn()
		for _, c := range r0.st.M.TableCols(t) {
			if _, given := r0.params[c]; !given && (c.PrimaryKey || c.FetchedOnInsert()) || c == auto {
				ret = append(ret, c)
			}
		}
	}
	if many {
		// one executemany, with RETURNING: insertmanyvalues in the order
		// of the rows (sort_by_parameter_order)
		var cols []*schema.Column
		var inline []string
		var rows [][]any
		var dbMade [][]*schema.Column
		for _, r := range recs {
			var vals []any
			cols, inline, vals = insertColumns(t, r)
			rows, dbMade = append(rows, vals), append(dbMade, fetched(t, r))
		}
		res, err := e.SendInsert(t, cols, inline, ret, rows, true, true, nil)
		if err != nil {
			return err
		}
		for k, r := range recs {
			var row []any
			if k < len(res.Rows) {
				row = res.Rows[k]
			}
			r.returned(t, ret, row, 0, dbMade[k])
		}
		return nil
	}
	for _, r := range recs {
		cols, inline, vals := insertColumns(t, r)
		dbMade := fetched(t, r)
		res, err := e.Exec(sql.Insert(t, cols, inline, ret), vals)
		if err != nil {
			return err
		}
		var row []any
		if len(ret) > 0 && len(res.Rows) > 0 {
			row = res.Rows[0]
		}
		r.returned(t, ret, row, res.LastRowID, dbMade)
	}
	return nil
}

// KeyReturned is what return_defaults() of t's primary key returns: the
// autoincrement column, and the key columns neither given nor defaulted
// on the client.
func KeyReturned(t *schema.Table, given func(*schema.Column) bool) []*schema.Column {
	auto := t.AutoincrementColumn()
	var out []*schema.Column
	for _, c := range t.PrimaryKey {
		if c == auto || !given(c) && !c.InsertDefault() {
			out = append(out, c)
		}
	}
	return out
}

// returned sets what an INSERT brought back: the key from RETURNING (or
// lastrowid), then the other values the database made (postfetch).
func (r *insertRec) returned(t *schema.Table, ret []*schema.Column, row []any, rowid int64, dbMade []*schema.Column) {
	m := r.st.M
	for i, c := range ret {
		if c.PrimaryKey && i < len(row) {
			r.st.Dict[m.ColKey(c)] = row[i]
		}
	}
	if len(ret) == 0 && len(t.PrimaryKey) == 1 {
		k := m.ColKey(t.PrimaryKey[0])
		if r.st.Dict[k] == nil {
			r.st.Dict[k] = rowid
		}
	}
	postfetch(m, r.st, dbMade, ret, row)
}

// emitUpdates is _collect_update_commands + _emit_update_statements.
func (u *uow) emitUpdates(t *schema.Table, states []*State) error {
	type rec struct {
		st     *State
		cols   []*schema.Column
		inline []string
		vals   []any
		sig    string
		// dbMade are the columns an onupdate SQL expression or a server
		// trigger sets; returning those fetched with RETURNING.
		dbMade, returning []*schema.Column
	}
	var recs []rec
	for _, st := range states {
		m := st.M
		eager := m.EagerDefaults != nil && *m.EagerDefaults && !t.NoImplicitReturning
		r := rec{st: st}
		for _, c := range m.TableCols(t) {
			v, changed := st.colChanged(m.ColKey(c))
			if changed {
				r.cols, r.inline = append(r.cols, c), append(r.inline, "")
				r.vals = append(r.vals, toDB(c, v))
				r.sig += c.Name + "\x00"
			}
		}
		if len(r.cols) == 0 {
			continue
		}
		set := map[*schema.Column]bool{}
		for _, c := range r.cols {
			set[c] = true
		}
		// the Core UPDATE adds the onupdate columns the row does not set
		var cols []*schema.Column
		var inline []string
		var vals []any
		k := 0
		for _, c := range m.TableCols(t) {
			switch {
			case set[c]:
				cols, inline, vals = append(cols, c), append(inline, ""), append(vals, r.vals[k])
				k++
			case c.FetchedOnUpdate():
				if c.OnUpdateSQL != "" {
					cols, inline = append(cols, c), append(inline, c.OnUpdateSQL)
				}
				r.dbMade = append(r.dbMade, c)
			}
		}
		r.cols, r.inline, r.vals = cols, inline, vals
		if eager {
			r.returning = r.dbMade
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
		// RETURNING rules out executemany
		for len(recs[i].returning) == 0 && j < len(recs) && recs[j].sig == recs[i].sig && len(recs[j].returning) == 0 {
			j++
		}
		q := sql.Update(t, recs[i].cols, recs[i].inline, t.PrimaryKey, recs[i].returning)
		var err error
		if j-i == 1 {
			r, e := u.sess.Engine.Exec(q, recs[i].vals)
			err = e
			if err == nil && r.RowCount != 1 && len(recs[i].returning) == 0 {
				err = &exc.Error{Class: exc.StaleDataError, Msg: fmt.Sprintf("UPDATE statement on table '%s' expected to update 1 row(s); %d were matched.", t.Name, r.RowCount)}
			}
			if err == nil {
				var row []any
				if len(r.Rows) > 0 {
					row = r.Rows[0]
				}
				postfetch(recs[i].st.M, recs[i].st, recs[i].dbMade, recs[i].returning, row)
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
			if err == nil {
				for _, r := range recs[i:j] {
					postfetch(r.st.M, r.st, r.dbMade, nil, nil)
				}
			}
		}
		if err != nil {
			return err
		}
		i = j
	}
	return nil
}

// BulkSave is Session.bulk_save_objects(objects) (preserve_order, no
// return_defaults): each run of new objects of one mapper is inserted as
// persistence._bulk_insert does, with only the columns they set (None left
// out), one execute(many) per run of the same keys; the objects stay
// transient (no bookkeeping).
func (s *Session) BulkSave(states []*State) error {
	if err := s.checkUsable(); err != nil {
		return err
	}
	type rec struct {
		m    *Mapper
		cols []*schema.Column
		inl  []string
		vals []any
		sig  string
	}
	var recs []rec
	for _, st := range states {
		if st.Key != nil {
			return exc.Unsupported(source.Span{}, "Session.bulk_save_objects() of objects that are already persistent (bulk UPDATEs)")
		}
		if st.M.Refusal != nil {
			return st.M.Refusal
		}
		r := rec{m: st.M}
		for _, c := range st.M.ColumnsInOrder() {
			v, ok := st.Dict[st.M.ColKey(c)]
			switch {
			case ok && v != nil:
				r.cols, r.inl, r.vals = append(r.cols, c), append(r.inl, ""), append(r.vals, toDB(c, v))
				r.sig += c.Name + "\x00"
			case c.InsertDefault():
				d, err := defaultValue(c)
				if err != nil {
					return err
				}
				r.cols, r.inl, r.vals = append(r.cols, c), append(r.inl, ""), append(r.vals, toDB(c, d))
			case c.DefaultSQL != "" && !c.PrimaryKey:
				r.cols, r.inl = append(r.cols, c), append(r.inl, c.DefaultSQL)
			}
		}
		recs = append(recs, r)
	}
	for i := 0; i < len(recs); {
		j := i + 1
		for j < len(recs) && recs[j].m == recs[i].m && recs[j].sig == recs[i].sig {
			j++
		}
		q := sql.Insert(recs[i].m.Table, recs[i].cols, recs[i].inl, nil)
		var err error
		if j-i == 1 {
			_, err = s.Engine.Exec(q, recs[i].vals)
		} else {
			rows := make([][]any, 0, j-i)
			for _, r := range recs[i:j] {
				rows = append(rows, r.vals)
			}
			_, err = s.Engine.ExecMany(q, rows)
		}
		if err != nil {
			return err
		}
		i = j
	}
	return nil
}

// deleteObj is persistence.delete_obj: per table of base's hierarchy, the
// joined tables first, one executemany DELETE by key.
func (u *uow) deleteObj(base *Mapper, states []*State) error {
	for _, st := range states {
		if st.M.Refusal != nil {
			return st.M.Refusal
		}
	}
	if len(states) == 0 {
		return nil
	}
	states = sortStates(states)
	for _, st := range states {
		if err := u.sess.fire(BeforeDelete, st); err != nil {
			return err
		}
	}
	tables := base.sortedTables()
	for i := len(tables) - 1; i >= 0; i-- {
		var in []*State
		for _, st := range states {
			if st.M.hasTable(tables[i]) {
				in = append(in, st)
			}
		}
		if err := u.deleteRows(tables[i], in); err != nil {
			return err
		}
	}
	for _, st := range states {
		if err := u.sess.fire(AfterDelete, st); err != nil {
			return err
		}
	}
	return nil
}

func (u *uow) deleteRows(t *schema.Table, states []*State) error {
	if len(states) == 0 {
		return nil
	}
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
		// the secondary table's own Python defaults are parameters of each
		// row, its SQL ones inline, in table order (a Core insert)
		in := map[*schema.Column]int{}
		for i, c := range cols {
			in[c] = i
		}
		var insCols []*schema.Column
		var inline []string
		for _, c := range d.r.Secondary.Columns {
			if _, ok := in[c]; ok || c.InsertDefault() || (c.DefaultSQL != "" && !c.PrimaryKey) {
				insCols = append(insCols, c)
			}
		}
		rows := make([][]any, len(ins))
		for k, pairs := range ins {
			var row []any
			for _, c := range insCols {
				switch i, ok := in[c]; {
				case ok:
					row = append(row, pairs[i])
				case c.InsertDefault():
					v, err := defaultValue(c)
					if err != nil {
						return err
					}
					row = append(row, toDB(c, v))
				}
			}
			rows[k] = row
		}
		for _, c := range insCols {
			if _, ok := in[c]; ok || c.InsertDefault() {
				inline = append(inline, "")
			} else {
				inline = append(inline, c.DefaultSQL)
			}
		}
		if err := exec(sql.Insert(d.r.Secondary, insCols, inline, nil), rows); err != nil {
			return err
		}
	}
	return nil
}

// insertmanyvalues' limits on SQLite: rows per batch, and bound parameters
// per statement (SQLite 3.32 and later).
const (
	batchRows   = 1000
	batchParams = 32700
)

// SendInsert runs one INSERT for rows of values: an execute for one row, an
// executemany without RETURNING; with RETURNING several rows go as
// SQLAlchemy's insertmanyvalues, in batches of multi-row VALUES, or one row
// at a time when the rows must come back in the order of the parameters
// (sort_by_parameter_order: SQLite has no sentinel column to sort them by).
//
// batch says return_defaults() was asked (an ORM executemany): the rows go
// as insertmanyvalues even when no column is left to return.
func (e *Engine) SendInsert(t *schema.Table, cols []*schema.Column, inline []string, ret []*schema.Column, vals [][]any, sorted, batch bool, up *sql.OnConflict) (*store.Result, error) {
	// an ON CONFLICT clause's own values follow the rows' (its values are
	// fixed, so a batch of rows shares them)
	tail, params := "", []any(nil)
	if up != nil {
		tail, params = sql.Compile(up)
	}
	withTail := func(row []any) []any { return append(append([]any(nil), row...), params...) }
	q := sql.InsertRows(t, cols, inline, ret, 1, tail)
	switch {
	case len(vals) == 1:
		return e.Exec(q, withTail(vals[0]))
	case len(ret) == 0 && !batch:
		rows := make([][]any, len(vals))
		for k, v := range vals {
			rows[k] = withTail(v)
		}
		return e.ExecMany(q, rows)
	}
	// the order of the parameters can also come from a key the client
	// supplies (the insert sentinel): then rows go in batches, RETURNING
	// that key too, and leave it out of what they return
	return e.execute(func() (*store.Result, error) { return e.sendBatches(t, cols, inline, ret, vals, sorted, tail, params) })
}

// sendBatches sends the rows of one insertmanyvalues INSERT (SendInsert).
func (e *Engine) sendBatches(t *schema.Table, cols []*schema.Column, inline []string, ret []*schema.Column, vals [][]any, sorted bool, tail string, params []any) (*store.Result, error) {
	withTail := func(row []any) []any { return append(append([]any(nil), row...), params...) }
	q := sql.InsertRows(t, cols, inline, ret, 1, tail)
	want := ret
	if len(ret) == 0 {
		sorted = false // nothing comes back to sort
	}
	if sent := t.InsertSentinel(cols); sorted && sent != nil {
		sorted, ret = false, append(slices.Clip(ret), sent...)
	}
	size := batchRows
	if n := len(vals[0]); n > 0 && batchParams/n < size {
		size = batchParams / n
	}
	out := &store.Result{}
	for k := 0; k < len(vals); {
		var r *store.Result
		var err error
		if sorted {
			// a batch of one row, shown as one row when it fails
			row := withTail(vals[k])
			r, err = e.send(q, row, func(db *store.DB) (*store.Result, error) { return db.ExecMany(q, [][]any{row}) })
			k++
		} else {
			part := vals[k:min(k+size, len(vals))]
			var flat []any
			for _, v := range part {
				flat = append(flat, v...)
			}
			r, err = e.ExecBatch(sql.InsertRows(t, cols, inline, ret, len(part), tail), append(flat, params...))
			k += len(part)
		}
		if err != nil {
			return nil, err
		}
		out.Columns, out.Rows, out.RowCount = r.Columns, append(out.Rows, r.Rows...), out.RowCount+r.RowCount
	}
	if len(ret) > len(want) {
		out.Columns = out.Columns[:len(want)]
		for k, row := range out.Rows {
			out.Rows[k] = row[:len(want)]
		}
	}
	return out, nil
}
