package sa

import (
	"cascadelab/engine/internal/exc"
	"fmt"
	"sort"
	"strings"

	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/source"
)

// inspector mirrors SQLAlchemy's Inspector over the SQLite dialect: the same
// PRAGMAs and sqlite_master queries in the same order, and the same
// info_cache, so a reflecting script's trace matches statement by statement.
// Which calls are cached follows the dialect: a method decorated with
// @reflection.cache caches only when the caller passes info_cache along
// (get_pk_constraint and get_foreign_keys read the table's SQL uncached,
// has_table and the PRAGMAs are never cached).
type inspector struct {
	rt    *Runtime
	e     *Engine
	cache map[string]any
}

func (rt *Runtime) newInspector(e *Engine) *inspector {
	return &inspector{rt: rt, e: e, cache: map[string]any{}}
}

// noSuchTable is NoSuchTableError; the multi-table reflection skips it.
type noSuchTable struct{ name string }

func (e *noSuchTable) Error() string { return e.name }

type reflectedColumn struct {
	name     string
	decl     string // the declared type, upper-cased
	typ      schema.Type
	typeOK   bool
	nullable bool
	def      any
	pk       int64
	hidden   int64
}

type reflectedPK struct {
	name any
	cols []string
}

type reflectedIndex struct {
	name   string
	cols   []string
	unique bool
}

// cached runs fn once per key, as @reflection.cache does with an info_cache.
func cached[T any](in *inspector, key string, fn func() (T, error)) (T, error) {
	if v, ok := in.cache[key]; ok {
		return v.(T), nil
	}
	v, err := fn()
	if err == nil {
		in.cache[key] = v
	}
	return v, err
}

func (in *inspector) query(q string, params []any) ([][]any, error) {
	r, err := in.e.orm.ExecDriver(q, params)
	if err != nil {
		return nil, err
	}
	return r.Rows, nil
}

// pragma is _get_table_pragma: main first, then temp when main has no rows.
func (in *inspector) pragma(name, table string) ([][]any, error) {
	q := `"` + strings.ReplaceAll(table, `"`, `""`) + `"`
	for _, db := range []string{"main", "temp"} {
		rows, err := in.query("PRAGMA "+db+"."+name+"("+q+")", nil)
		if err != nil || len(rows) > 0 {
			return rows, err
		}
	}
	return nil, nil
}

func (in *inspector) names(key, master string) ([]string, error) {
	return cached(in, key, func() ([]string, error) {
		rows, err := in.query("SELECT name FROM "+master+" WHERE type='table' AND name NOT LIKE 'sqlite~_%' ESCAPE '~' ORDER BY name", nil)
		var out []string
		for _, r := range rows {
			out = append(out, fmt.Sprint(r[0]))
		}
		return out, err
	})
}

func (in *inspector) tableNames() ([]string, error) { return in.names("table_names", "sqlite_master") }
func (in *inspector) tempTableNames() ([]string, error) {
	return in.names("temp_table_names", "sqlite_temp_master")
}

func (in *inspector) hasTable(table string) (bool, error) {
	rows, err := in.pragma("table_info", table)
	return len(rows) > 0, err
}

// mustExist is the has_table check after a PRAGMA that found nothing.
func (in *inspector) mustExist(table string) error {
	ok, err := in.hasTable(table)
	if err == nil && !ok {
		err = &noSuchTable{table}
	}
	return err
}

// tableSQL is _get_table_sql: the CREATE TABLE text SQLite kept.
func (in *inspector) tableSQL(table string) (string, error) {
	rows, err := in.query("SELECT sql FROM (SELECT * FROM sqlite_master UNION ALL SELECT * FROM sqlite_temp_master) WHERE name = ? AND type in ('table', 'view')", []any{table})
	if err != nil {
		return "", err
	}
	if len(rows) == 0 || rows[0][0] == nil {
		return "", &noSuchTable{table}
	}
	return fmt.Sprint(rows[0][0]), nil
}

func (in *inspector) cachedTableSQL(table string) (string, error) {
	return cached(in, "table_sql|"+table, func() (string, error) { return in.tableSQL(table) })
}

func (in *inspector) columns(table string) ([]reflectedColumn, error) {
	return cached(in, "columns|"+table, func() ([]reflectedColumn, error) {
		rows, err := in.pragma("table_xinfo", table)
		if err != nil {
			return nil, err
		}
		var out []reflectedColumn
		for _, r := range rows {
			c := reflectedColumn{name: fmt.Sprint(r[1]), decl: strings.ToUpper(fmt.Sprint(r[2])), nullable: r[3] == int64(0), def: r[4]}
			c.pk, _ = r[5].(int64)
			c.hidden, _ = r[6].(int64)
			if c.hidden == 1 {
				continue
			}
			c.typ, c.typeOK = schema.ReflectType(c.decl)
			out = append(out, c)
		}
		if len(out) == 0 {
			return nil, in.mustExist(table)
		}
		return out, nil
	})
}

func (in *inspector) pk(table string) (reflectedPK, error) {
	return cached(in, "pk|"+table, func() (reflectedPK, error) {
		var pk reflectedPK
		sql, err := in.tableSQL(table)
		if err != nil {
			return pk, err
		}
		pk.name = schema.PKConstraintName(sql)
		cols, err := in.columns(table)
		if err != nil {
			return pk, err
		}
		var pkCols []reflectedColumn
		for _, c := range cols {
			if c.pk > 0 {
				pkCols = append(pkCols, c)
			}
		}
		sort.SliceStable(pkCols, func(i, j int) bool { return pkCols[i].pk < pkCols[j].pk })
		for _, c := range pkCols {
			pk.cols = append(pk.cols, c.name)
		}
		if len(pk.cols) == 0 {
			pk.name = nil
		}
		return pk, nil
	})
}

// foreignKeys is get_foreign_keys: the PRAGMA gives the constraints, the
// table's SQL their names and ON DELETE / ON UPDATE where the dialect's
// pattern finds them; the rest keep no options.
func (in *inspector) foreignKeys(table string) ([]schema.FKClause, error) {
	return cached(in, "fks|"+table, func() ([]schema.FKClause, error) {
		rows, err := in.pragma("foreign_key_list", table)
		if err != nil {
			return nil, err
		}
		var order []int64
		byID := map[int64]*schema.FKClause{}
		for _, r := range rows {
			id, _ := r[0].(int64)
			rtbl, lcol := fmt.Sprint(r[2]), fmt.Sprint(r[3])
			fk := byID[id]
			if fk == nil {
				fk = &schema.FKClause{RefTable: rtbl, DBOnUpdate: action(r[5]), DBOnDelete: action(r[6])}
				if r[4] == nil {
					pk, err := in.pk(rtbl)
					if _, missing := err.(*noSuchTable); err != nil && !missing {
						return nil, err
					}
					fk.RefColumns = append(fk.RefColumns, pk.cols...)
				}
				byID[id] = fk
				order = append(order, id)
			}
			fk.Columns = append(fk.Columns, lcol)
			if r[4] != nil {
				fk.RefColumns = append(fk.RefColumns, fmt.Sprint(r[4]))
			}
		}
		sig := func(c schema.FKClause) string {
			return strings.Join(c.Columns, "\x00") + "\x01" + c.RefTable + "\x01" + strings.Join(c.RefColumns, "\x00")
		}
		bySig := map[string]int64{}
		for _, id := range order {
			bySig[sig(*byID[id])] = id
		}
		sql, err := in.tableSQL(table)
		if err != nil {
			return nil, err
		}
		var out []schema.FKClause
		for _, c := range schema.FKClauses(sql) {
			if len(c.RefColumns) == 0 {
				c.RefColumns = c.Columns
			}
			id, ok := bySig[sig(c)]
			if !ok {
				continue
			}
			delete(bySig, sig(c))
			fk := byID[id]
			fk.Name, fk.OnDelete, fk.OnUpdate = c.Name, c.OnDelete, c.OnUpdate
			out = append(out, *fk)
			delete(byID, id)
		}
		for _, id := range order {
			if fk := byID[id]; fk != nil {
				out = append(out, *fk)
			}
		}
		return out, nil
	})
}

// action is a PRAGMA foreign_key_list action; NO ACTION is the default.
func action(v any) string {
	s, _ := v.(string)
	if s == "NO ACTION" {
		return ""
	}
	return s
}

func (in *inspector) indexes(table string, auto bool) ([]reflectedIndex, error) {
	return cached(in, fmt.Sprintf("indexes|%s|%v", table, auto), func() ([]reflectedIndex, error) {
		rows, err := in.pragma("index_list", table)
		if err != nil {
			return nil, err
		}
		var out []reflectedIndex
		for _, r := range rows {
			name := fmt.Sprint(r[1])
			if !auto && strings.HasPrefix(name, "sqlite_autoindex") {
				continue
			}
			out = append(out, reflectedIndex{name: name, unique: r[2] == int64(1)})
			if len(r) >= 5 && r[4] != nil && r[4] != int64(0) {
				if _, err := in.query("SELECT sql FROM sqlite_master WHERE name = ? AND type = 'index'", []any{name}); err != nil {
					return nil, err
				}
			}
		}
		var kept []reflectedIndex
		for _, ix := range out {
			info, err := in.pragma("index_info", ix.name)
			if err != nil {
				return nil, err
			}
			expr := false
			for _, r := range info {
				if r[2] == nil {
					expr = true
					break
				}
				ix.cols = append(ix.cols, fmt.Sprint(r[2]))
			}
			if !expr {
				kept = append(kept, ix)
			}
		}
		sort.SliceStable(kept, func(i, j int) bool { return kept[i].name < kept[j].name })
		if len(kept) == 0 {
			return nil, in.mustExist(table)
		}
		return kept, nil
	})
}

// uniques is get_unique_constraints: the UNIQUE clauses of the table's SQL
// that SQLite backs with an automatic index.
func (in *inspector) uniques(table string) ([]schema.UniqueClause, error) {
	return cached(in, "uniques|"+table, func() ([]schema.UniqueClause, error) {
		ixs, err := in.indexes(table, true)
		if err != nil {
			return nil, err
		}
		auto := map[string]bool{}
		for _, ix := range ixs {
			if strings.HasPrefix(ix.name, "sqlite_autoindex") {
				auto[strings.Join(ix.cols, "\x00")] = true
			}
		}
		sql, err := in.cachedTableSQL(table)
		if err != nil {
			return nil, err
		}
		var out []schema.UniqueClause
		for _, u := range schema.UniqueClauses(sql) {
			if k := strings.Join(u.Columns, "\x00"); auto[k] {
				delete(auto, k)
				out = append(out, u)
			}
		}
		return out, nil
	})
}

// tableInfo is what _get_reflection_info gathered for one table.
type tableInfo struct {
	cols    []reflectedColumn
	hasCols bool
	pk      reflectedPK
	fks     []schema.FKClause
	uniques []schema.UniqueClause
}

type reflectInfo map[string]*tableInfo

func (ri reflectInfo) table(name string) *tableInfo {
	if ri[name] == nil {
		ri[name] = &tableInfo{}
	}
	return ri[name]
}

// gather is _get_reflection_info: each get_multi_* over the tables, one
// kind after the other. With byKind (MetaData.reflect) the names come from
// the main and temp table lists; otherwise the filter is taken as given.
// An empty filter means every table.
func (in *inspector) gather(ri reflectInfo, filter []string, byKind bool) error {
	want := map[string]bool{}
	for _, n := range filter {
		want[n] = true
	}
	each := func(fn func(t string, ti *tableInfo) error) error {
		names := filter
		if byKind || len(filter) == 0 {
			main, err := in.tableNames()
			if err != nil {
				return err
			}
			temp, err := in.tempTableNames()
			if err != nil {
				return err
			}
			names = append(append([]string(nil), main...), temp...)
		}
		for _, t := range names {
			if len(want) > 0 && !want[t] {
				continue
			}
			err := fn(t, ri.table(t))
			if _, skip := err.(*noSuchTable); err != nil && !skip {
				return err
			}
		}
		return nil
	}
	found := false
	if err := each(func(t string, ti *tableInfo) error {
		cols, err := in.columns(t)
		if err == nil {
			ti.cols, ti.hasCols, found = cols, true, true
		}
		return err
	}); err != nil || !found {
		return err
	}
	kinds := []func(t string, ti *tableInfo) error{
		func(t string, ti *tableInfo) (err error) { ti.pk, err = in.pk(t); return },
		func(t string, ti *tableInfo) (err error) { ti.fks, err = in.foreignKeys(t); return },
		func(t string, ti *tableInfo) (err error) { _, err = in.indexes(t, false); return },
		func(t string, ti *tableInfo) (err error) { ti.uniques, err = in.uniques(t); return },
		// get_table_comment is not implemented by SQLite: nothing runs
		func(t string, ti *tableInfo) (err error) { _, err = in.cachedTableSQL(t); return }, // check constraints
	}
	for _, k := range kinds {
		if err := each(k); err != nil {
			return err
		}
	}
	return nil
}

// reflector is one reflection run: Table(autoload_with=) or MetaData.reflect.
type reflector struct {
	in       *inspector
	md       *metaObj
	info     reflectInfo
	extendOn map[string]bool
	resolve  bool
	span     source.Span
}

// table is Inspector.reflect_table into a new Table of the MetaData; the
// tables its foreign keys refer to are reflected first (resolve_fks).
func (r *reflector) table(th *interp.Thread, name string) (*schema.Table, error) {
	if t := r.md.md.Table(name); t != nil {
		if r.md.reflected[t] {
			return t, nil
		}
		return nil, unsupported(th, "reflecting table %q into a MetaData that already declares it", name)
	}
	if r.extendOn[name] {
		return r.md.md.Table(name), nil
	}
	r.extendOn[name] = true
	if len(r.md.columnReflect) > 0 {
		return nil, unsupported(th, "reflecting table %q into a MetaData with a \"column_reflect\" listener", name)
	}
	ti := r.info[name]
	if ti == nil || !ti.hasCols {
		// the table a foreign key refers to is reflected by a new
		// Table(autoload_with=connection): a new Inspector, a new info_cache
		in := r.in.rt.newInspector(r.in.e)
		if err := in.gather(r.info, []string{name}, false); err != nil {
			return nil, err
		}
		ti = r.info[name]
	}
	if ti == nil || !ti.hasCols {
		return nil, &noSuchTable{name}
	}
	t := schema.NewTable(name, r.span)
	if err := r.md.md.Add(t); err != nil {
		return nil, th.Raise(interp.ClassOf(exc.InvalidRequestError), "%s", err.Error())
	}
	r.md.reflected[t] = true
	for _, rc := range ti.cols {
		if !rc.typeOK {
			return nil, unsupported(th, "the column %s.%s of type %s (reflected)", name, rc.name, rc.decl)
		}
		if rc.def != nil {
			return nil, unsupported(th, "the column %s.%s with DEFAULT %v (a server default, reflected)", name, rc.name, rc.def)
		}
		if rc.hidden != 0 {
			return nil, unsupported(th, "the generated column %s.%s (reflected)", name, rc.name)
		}
		c := &schema.Column{Name: rc.name, Key: rc.name, Type: rc.typ, Typed: true, Nullable: rc.nullable, Span: r.span}
		if err := t.AddColumn(c); err != nil {
			return nil, th.Raise(interp.ValueError, "%s", err.Error())
		}
	}
	for _, n := range ti.pk.cols {
		c := t.Col(n)
		c.PrimaryKey = true
		t.PrimaryKey = append(t.PrimaryKey, c)
	}
	for _, fk := range ti.fks {
		if r.resolve && fk.RefTable != name {
			if _, err := r.table(th, fk.RefTable); err != nil {
				return nil, err
			}
		}
		con := &schema.FKConstraint{OnDelete: fk.OnDelete, OnUpdate: fk.OnUpdate, DBOnDelete: fk.DBOnDelete, DBOnUpdate: fk.DBOnUpdate, Span: r.span}
		for i, cn := range fk.Columns {
			col := t.Col(cn)
			if col == nil || i >= len(fk.RefColumns) {
				continue
			}
			e := &schema.ForeignKey{Parent: col, Target: fk.RefTable + "." + fk.RefColumns[i], Constraint: con, Span: r.span}
			col.FKs = append(col.FKs, e)
			con.Columns = append(con.Columns, col)
			con.Elements = append(con.Elements, e)
		}
		if len(con.Elements) > 0 {
			t.Constraints = append(t.Constraints, con)
		}
	}
	for _, u := range ti.uniques {
		con := &schema.Unique{}
		for _, n := range u.Columns {
			if c := t.Col(n); c != nil {
				con.Columns = append(con.Columns, c)
			}
		}
		t.Constraints = append(t.Constraints, con)
	}
	return t, nil
}

// finish turns reflection errors into Python exceptions and returns the
// connection to the pool (which rolls back, as SQLAlchemy's reset does).
func (r *reflector) finish(th *interp.Thread, err error) error {
	if db, dbErr := r.in.e.orm.DB(); dbErr == nil {
		if rbErr := db.Rollback(); err == nil {
			err = rbErr
		}
	}
	if e, ok := err.(*noSuchTable); ok {
		return th.Raise(interp.ClassOf(exc.NoSuchTableError), "%s", e.name)
	}
	if err == nil {
		if rerr := r.md.md.Resolve(); rerr != nil {
			return th.Raise(interp.ClassOf(exc.NoReferencedTableError), "%s", rerr.Error())
		}
	}
	return r.in.rt.raise(th, err)
}

// bindEngine reads the engine of autoload_with= / reflect(bind).
func bindEngine(th *interp.Thread, v interp.Value, what string) (*Engine, error) {
	switch b := v.(type) {
	case *Engine:
		return b, nil
	case *connObj:
		return b.e, nil
	case *inspectorObj:
		return b.in.e, nil
	}
	return nil, typeErr(th, "%s needs an engine, e.g. %s=engine, not %s", what, what, th.TypeName(v))
}

// autoloadTable is Table(name, metadata, autoload_with=engine).
func (rt *Runtime) autoloadTable(th *interp.Thread, c *interp.Call, name string, md *metaObj) (interp.Value, error) {
	if t := md.md.Table(name); t != nil && len(c.Args) <= 2 {
		a := newArgs(th, c, "Table")
		extend, _ := a.kw("extend_existing")
		if _, schema := a.kw("schema"); extend != true && !schema {
			return md.table(t), nil // the MetaData's Table, nothing reflected (Table._new)
		}
	}
	a := newArgs(th, c, "Table")
	bind, _ := a.kw("autoload_with")
	a.used["name"] = true
	resolve, err := a.boolean("resolve_fks", true)
	if err != nil {
		return nil, err
	}
	if _, ok := a.kw("extend_existing"); ok {
		return nil, unsupported(th, "Table(extend_existing=) with autoload_with=")
	}
	if len(c.Args) > 2 {
		return nil, unsupported(th, "Table() with both columns and autoload_with=")
	}
	if err := a.check(2); err != nil {
		return nil, err
	}
	e, err := bindEngine(th, bind, "autoload_with")
	if err != nil {
		return nil, err
	}
	r := &reflector{in: rt.newInspector(e), md: md, info: reflectInfo{}, extendOn: map[string]bool{}, resolve: resolve, span: c.Span}
	t, err := r.table(th, name)
	if err := r.finish(th, err); err != nil {
		return nil, err
	}
	return md.table(t), nil
}

// reflect is MetaData.reflect(bind, only=, views=, extend_existing=, ...).
func (m *metaObj) reflect(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	a := newArgs(th, c, "MetaData.reflect")
	bind, ok := a.get(0, "bind")
	if !ok {
		return nil, typeErr(th, "MetaData.reflect() missing 1 required positional argument: 'bind'")
	}
	if v, ok := a.get(2, "views"); ok && v != false {
		return nil, unsupported(th, "MetaData.reflect(views=True)")
	}
	if v, ok := a.get(1, "schema"); ok && v != nil {
		return nil, unsupported(th, "MetaData.reflect(schema=)")
	}
	only, _ := a.get(3, "only")
	extend, err := a.boolean("extend_existing", false)
	if err != nil {
		return nil, err
	}
	if _, err := a.boolean("autoload_replace", true); err != nil {
		return nil, err
	}
	resolve, err := a.boolean("resolve_fks", true)
	if err != nil {
		return nil, err
	}
	if err := a.check(4); err != nil {
		return nil, err
	}
	e, err := bindEngine(th, bind, "bind")
	if err != nil {
		return nil, err
	}
	return nil, m.rt.reflectAll(th, e, m, only, extend, resolve, c.Span)
}

func (rt *Runtime) reflectAll(th *interp.Thread, e *Engine, m *metaObj, only interp.Value, extend, resolve bool, span source.Span) error {
	r := &reflector{in: rt.newInspector(e), md: m, info: reflectInfo{}, extendOn: map[string]bool{}, resolve: resolve, span: span}
	available, err := r.in.tableNames()
	if err != nil {
		return r.finish(th, err)
	}
	var load []string
	switch o := only.(type) {
	case nil:
		for _, n := range available {
			if extend || m.md.Table(n) == nil {
				load = append(load, n)
			}
		}
	case *interp.List, interp.Tuple:
		names, err := strList(th, o, "MetaData.reflect(only=)")
		if err != nil {
			return err
		}
		var missing []string
		for _, n := range names {
			if !contains(available, n) {
				missing = append(missing, n)
			}
		}
		if len(missing) > 0 {
			r.finish(th, nil)
			return th.Raise(interp.ClassOf(exc.InvalidRequestError), "Could not reflect: requested table(s) not available in Engine(%s): (%s)", e.url, strings.Join(missing, ", "))
		}
		for _, n := range names {
			if extend || m.md.Table(n) == nil {
				load = append(load, n)
			}
		}
	default:
		return unsupported(th, "MetaData.reflect(only=) with a %s (give a list of table names)", th.TypeName(only))
	}
	if err := r.in.gather(r.info, load, true); err != nil {
		return r.finish(th, err)
	}
	for _, n := range load {
		if _, err := r.table(th, n); err != nil {
			return r.finish(th, err)
		}
	}
	return r.finish(th, nil)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// inspectorObj is inspect(engine).
type inspectorObj struct{ in *inspector }

func (o *inspectorObj) TypeName() string { return "Inspector" }

func (rt *Runtime) inspect(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	if len(c.Args) != 1 || len(c.Kw) > 0 {
		return nil, typeErr(th, "inspect() takes one object")
	}
	switch v := c.Args[0].(type) {
	case *Engine:
		return &inspectorObj{in: rt.newInspector(v)}, nil
	case *connObj:
		return &inspectorObj{in: rt.newInspector(v.e)}, nil
	case *interp.Class:
		for _, r := range rt.registries {
			if mp := r.byClass(v); mp != nil {
				return &mapperObj{mp: mp}, nil
			}
		}
		if v.Hook == nil {
			return nil, th.Raise(interp.ClassOf(exc.NoInspectionAvailable), "No inspection system is available for object of type <class 'type'>")
		}
	}
	return nil, unsupported(th, "inspect() of a %s (only of an engine, a connection or a mapped class)", th.TypeName(c.Args[0]))
}

// mapperObj is inspect(MappedClass): the Mapper, with the attributes that
// name what it maps (the rest refused by the catalog).
type mapperObj struct{ mp *mapped }

func (m *mapperObj) TypeName() string { return "Mapper" }
func (m *mapperObj) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "local_table", "persist_selectable", "mapped_table":
		if name != "local_table" && m.mp.m.Inherits != nil && !m.mp.m.Single() {
			return nil, true, unsupported(th, "Mapper.%s of a joined-inheritance subclass (a join of its tables)", name)
		}
		t, ok := m.mp.cls.Lookup("__table__")
		return t, ok, nil
	case "class_":
		return m.mp.cls, true, nil
	}
	return nil, false, nil
}

func (o *inspectorObj) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	in := o.in
	rt := in.rt
	table := func(c *interp.Call) (string, error) {
		a := newArgs(th, c, "Inspector."+name)
		t, ok, err := a.str(0, "table_name")
		if err != nil {
			return "", err
		}
		if !ok {
			return "", typeErr(th, "Inspector.%s() missing 1 required positional argument: 'table_name'", name)
		}
		if s, ok := a.get(1, "schema"); ok && s != nil {
			return "", unsupported(th, "Inspector.%s(schema=)", name)
		}
		return t, a.check(2)
	}
	method := func(fn func(c *interp.Call) (interp.Value, error)) (interp.Value, bool, error) {
		return builtin("Inspector."+name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			v, err := fn(c)
			if db, dbErr := in.e.orm.DB(); dbErr == nil {
				if rbErr := db.Rollback(); err == nil {
					err = rbErr
				}
			}
			if e, ok := err.(*noSuchTable); ok {
				return nil, th.Raise(interp.ClassOf(exc.NoSuchTableError), "%s", e.name)
			}
			if _, isPy := err.(*interp.Exception); isPy {
				return nil, err
			}
			return v, rt.raise(th, err)
		}), true, nil
	}
	strs := func(s []string) *interp.List {
		l := &interp.List{}
		for _, x := range s {
			l.Items = append(l.Items, x)
		}
		return l
	}
	dict := func(kv ...any) *interp.Dict {
		d := interp.NewDict()
		for i := 0; i < len(kv); i += 2 {
			d.SetStr(kv[i].(string), kv[i+1])
		}
		return d
	}
	switch name {
	case "get_table_names":
		return method(func(c *interp.Call) (interp.Value, error) {
			if len(c.Args) > 0 && c.Args[0] != nil || len(c.Kw) > 0 {
				return nil, unsupported(th, "Inspector.get_table_names() with arguments")
			}
			names, err := in.tableNames()
			return strs(names), err
		})
	case "has_table":
		return method(func(c *interp.Call) (interp.Value, error) {
			t, err := table(c)
			if err != nil {
				return nil, err
			}
			return in.hasTable(t)
		})
	case "get_columns":
		return method(func(c *interp.Call) (interp.Value, error) {
			t, err := table(c)
			if err != nil {
				return nil, err
			}
			cols, err := in.columns(t)
			l := &interp.List{}
			for _, rc := range cols {
				if !rc.typeOK {
					return nil, unsupported(th, "the column %s.%s of type %s (reflected)", t, rc.name, rc.decl)
				}
				var def interp.Value
				if rc.def != nil {
					def = fmt.Sprint(rc.def)
				}
				l.Items = append(l.Items, dict("name", rc.name, "type", &typeInst{t: rc.typ}, "nullable", rc.nullable, "default", def, "primary_key", rc.pk))
			}
			return l, err
		})
	case "get_pk_constraint":
		return method(func(c *interp.Call) (interp.Value, error) {
			t, err := table(c)
			if err != nil {
				return nil, err
			}
			pk, err := in.pk(t)
			return dict("constrained_columns", strs(pk.cols), "name", pk.name), err
		})
	case "get_foreign_keys":
		return method(func(c *interp.Call) (interp.Value, error) {
			t, err := table(c)
			if err != nil {
				return nil, err
			}
			fks, err := in.foreignKeys(t)
			l := &interp.List{}
			for _, fk := range fks {
				opts := interp.NewDict()
				if fk.OnDelete != "" {
					opts.SetStr("ondelete", fk.OnDelete)
				}
				if fk.OnUpdate != "" {
					opts.SetStr("onupdate", fk.OnUpdate)
				}
				l.Items = append(l.Items, dict("name", fk.Name, "constrained_columns", strs(fk.Columns), "referred_schema", nil, "referred_table", fk.RefTable, "referred_columns", strs(fk.RefColumns), "options", opts))
			}
			return l, err
		})
	case "get_indexes":
		return method(func(c *interp.Call) (interp.Value, error) {
			t, err := table(c)
			if err != nil {
				return nil, err
			}
			ixs, err := in.indexes(t, false)
			l := &interp.List{}
			for _, ix := range ixs {
				u := interp.Value(int64(0))
				if ix.unique {
					u = int64(1)
				}
				l.Items = append(l.Items, dict("name", ix.name, "column_names", strs(ix.cols), "unique", u, "dialect_options", interp.NewDict()))
			}
			return l, err
		})
	}
	return nil, false, nil
}
