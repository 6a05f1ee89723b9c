package sa

import (
	"cascadelab/engine/internal/exc"
	"fmt"
	pathpkg "path"
	"strings"

	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/store"
)

// metaObj is a MetaData.
type metaObj struct {
	rt   *Runtime
	md   *schema.MetaData
	reg  *registry // nil for a plain MetaData()
	objs map[*schema.Table]*tableObj
	// reflected are the tables reflection made.
	reflected map[*schema.Table]bool
	// columnReflect are its "column_reflect" listeners, which the engine
	// does not call: reflection refuses while there are any.
	columnReflect []interp.Value
	// set are attributes the script assigned (MetaData is a plain Python
	// object: 1.x code's "metadata.bind = engine" still runs under 2.0,
	// which no longer reads it).
	set map[string]interp.Value
}

func (rt *Runtime) newMeta() *metaObj {
	return &metaObj{rt: rt, md: schema.NewMetaData(), objs: map[*schema.Table]*tableObj{}, reflected: map[*schema.Table]bool{}}
}

func (m *metaObj) TypeName() string                       { return "MetaData" }
func (m *metaObj) Repr(th *interp.Thread) (string, error) { return "MetaData()", nil }

func (m *metaObj) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "create_all", "drop_all":
		return builtin("MetaData."+name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			return nil, m.ddlCall(th, c, "MetaData."+name, name == "create_all", nil)
		}), true, nil
	case "reflect":
		return builtin("MetaData.reflect", m.reflect), true, nil
	case "tables":
		d := interp.NewDict()
		for _, t := range m.md.Tables {
			d.SetStr(t.Name, m.table(t))
		}
		return d, true, nil
	case "sorted_tables":
		l := &interp.List{}
		for _, t := range m.md.SortedTables() {
			l.Items = append(l.Items, m.table(t))
		}
		return l, true, nil
	}
	v, ok := m.set[name]
	return v, ok, nil
}

// SetAttr stores an attribute SQLAlchemy does not define on MetaData;
// assigning one it does is refused (the engine would not see it).
func (m *metaObj) SetAttr(th *interp.Thread, name string, v interp.Value) error {
	switch name {
	case "create_all", "drop_all", "reflect", "tables", "sorted_tables", "schema", "naming_convention", "info":
		return unsupported(th, "assigning MetaData.%s", name)
	}
	if m.set == nil {
		m.set = map[string]interp.Value{}
	}
	m.set[name] = v
	return nil
}

func (m *metaObj) table(t *schema.Table) *tableObj {
	if o := m.objs[t]; o != nil {
		return o
	}
	o := &tableObj{t: t, md: m}
	m.objs[t] = o
	return o
}

// ddlCall reads (bind, checkfirst=) and runs the DDL: of every table
// (MetaData.create_all/drop_all, checkfirst by default) or of one
// (Table.create/drop, checkfirst off by default).
func (m *metaObj) ddlCall(th *interp.Thread, c *interp.Call, fn string, create bool, one *schema.Table) error {
	a := newArgs(th, c, fn)
	v, ok := a.get(0, "bind")
	checkfirst, err := a.boolean("checkfirst", one == nil)
	if err != nil {
		return err
	}
	if err := a.check(1); err != nil {
		return err
	}
	e, isEngine := v.(*Engine)
	if !ok || !isEngine {
		conn, isConn := v.(*connObj)
		if !isConn {
			return typeErr(th, "%s() needs the engine: %s(engine)", fn, fn)
		}
		e = conn.e
	}
	return m.ddl(th, e, create, checkfirst, one)
}

// ddl is create_all / drop_all (or a table's create / drop: one) with
// checkfirst, as the SQLite dialect runs it.
func (m *metaObj) ddl(th *interp.Thread, e *Engine, create, checkfirst bool, one *schema.Table) error {
	// SQLAlchemy's create_all/drop_all do not configure the mappers: a
	// relationship's mistake surfaces at first use, after the tables exist
	if err := m.md.Resolve(); err != nil {
		re := err.(*schema.ResolveError)
		return th.Raise(interp.ClassOf(exc.NoReferencedTableError), "%s", re.Msg)
	}
	sorted, checked := m.md.SortedTables(), m.md.Tables // checked in the metadata's order
	if one != nil {
		sorted, checked = []*schema.Table{one}, []*schema.Table{one}
	}
	exists := map[*schema.Table]bool{}
	for _, t := range checked {
		if !checkfirst {
			exists[t] = !create
			continue
		}
		ok, err := e.hasTable(t.Name)
		if err != nil {
			return m.rt.raise(th, err)
		}
		exists[t] = ok
	}
	if create {
		for _, t := range sorted {
			if exists[t] {
				continue
			}
			if _, err := e.orm.Exec(schema.CreateTable(t), nil); err != nil {
				return m.rt.raise(th, err)
			}
			for _, ix := range schema.CreateIndexes(t) {
				if _, err := e.orm.Exec(ix, nil); err != nil {
					return m.rt.raise(th, err)
				}
			}
		}
	} else {
		for i := len(sorted) - 1; i >= 0; i-- {
			t := sorted[i]
			if !exists[t] {
				continue
			}
			if _, err := e.orm.Exec("DROP TABLE "+schema.Quote(t.Name), nil); err != nil {
				return m.rt.raise(th, err)
			}
		}
	}
	db, err := e.orm.DB()
	if err != nil {
		return m.rt.raise(th, err)
	}
	return m.rt.raise(th, db.Commit())
}

// Engine is create_engine()'s result.
type Engine struct {
	rt  *Runtime
	orm *orm.Engine
	url string
	// echo is the echo flag as given (create_engine(echo=...) or
	// engine.echo = ...); the log it asks for is the trace's SQL, never stdout.
	echo    interp.Value
	connect []interp.Value
	exec    []execListener
}

// execListener is a before_execute or after_execute listener.
type execListener struct {
	after bool
	fn    interp.Value
}

// onExecute runs the before_execute listeners of a statement (Engine's,
// then the engine's own, as a joined dispatch orders them) and gives the
// after_execute ones. Their arguments are placeholders that refuse to be
// looked into: the engine has no ClauseElement objects for the statements
// it sends itself.
func (e *Engine) onExecute(th *interp.Thread) (func() error, error) {
	ls := append(append([]execListener(nil), e.rt.globalExec...), e.exec...)
	if len(ls) == 0 {
		return func() error { return nil }, nil
	}
	fire := func(after bool) error {
		for _, l := range ls {
			if l.after != after {
				continue
			}
			args := []interp.Value{&opaque{name: "Connection"}, &opaque{name: "ClauseElement"}, &opaque{name: "list"}, &opaque{name: "dict"}, &opaque{name: "immutabledict"}}
			if after {
				args = append(args, &opaque{name: "CursorResult"})
			}
			if _, err := th.Call(l.fn, args, nil); err != nil {
				return err
			}
		}
		return nil
	}
	if err := fire(false); err != nil {
		return nil, err
	}
	return func() error { return fire(true) }, nil
}

func (e *Engine) TypeName() string { return "Engine" }

func (e *Engine) hasTable(name string) (bool, error) {
	for _, db := range []string{"main", "temp"} {
		if ok, err := e.orm.HasTable(db, name); ok || err != nil {
			return ok, err
		}
	}
	return false, nil
}

// sqlitePath reads sqlite[+pysqlite]://[/path]; false for any other URL.
func sqlitePath(url string) (string, bool) {
	rest, ok := strings.CutPrefix(url, "sqlite://")
	if !ok {
		rest, ok = strings.CutPrefix(url, "sqlite+pysqlite://")
	}
	if !ok || (rest != "" && rest[0] != '/') {
		return "", false
	}
	return strings.TrimPrefix(rest, "/"), true
}

// file is the database file at path, the same for every engine that opens it.
func (rt *Runtime) file(path string) *orm.File {
	path = pathpkg.Clean(path)
	f, ok := rt.files[path]
	if !ok {
		f = &orm.File{Path: path}
		if rt.files == nil {
			rt.files = map[string]*orm.File{}
		}
		rt.files[path] = f
	}
	return f
}

func (rt *Runtime) createEngine(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	a := newArgs(th, c, "create_engine")
	url, ok, err := a.str(0, "url")
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, typeErr(th, "create_engine() missing 1 required positional argument: 'url'")
	}
	path, ok := sqlitePath(url)
	if !ok {
		return nil, th.Raise(interp.ClassOf(exc.ArgumentError), "cascadelab runs SQLite only: use create_engine(\"sqlite://\") instead of %q", url)
	}
	var file *orm.File
	if path != "" && path != ":memory:" {
		rt.note(c.Span, fmt.Sprintf("the database file %q is replaced by an in-memory SQLite database, shared by the engines that open it: cascadelab never touches files", path))
		file = rt.file(path)
	}
	echo, _ := a.kw("echo")
	if echo == nil {
		echo = false
	}
	for _, k := range []string{"future", "connect_args", "poolclass", "echo_pool", "pool_pre_ping"} {
		a.kw(k)
	}
	if err := a.check(1); err != nil {
		return nil, err
	}
	e := &Engine{rt: rt, url: url, echo: echo, orm: orm.NewEngine(&rt.Log)}
	e.orm.File = file
	e.orm.Ctx = rt.Ctx
	e.orm.MaxRows = rt.MaxRows
	e.orm.Seeds = rt.Seeds
	e.orm.OnConnect = append(e.orm.OnConnect, func(db *store.DB) error {
		for _, fn := range append(append([]interp.Value(nil), rt.globalConnect...), e.connect...) {
			if _, err := th.Call(fn, []interp.Value{&dbapiConn{rt: rt, db: db}, &opaque{name: "_ConnectionRecord"}}, nil); err != nil {
				return err
			}
		}
		return nil
	})
	e.orm.OnExecute = func() (func() error, error) { return e.onExecute(th) }
	e.orm.BeforeStatement = func() error {
		// SQLAlchemy logs every statement with its timing ("[generated in
		// 0.00012s]"): a log that reaches stdout cannot be printed as it does
		if th.LogShown("sqlalchemy.engine.Engine", 20) {
			return th.Unsupported("SQLAlchemy's SQL log through logging on stdout (the sqlalchemy.engine logger at INFO with a handler on sys.stdout; its lines carry timings); log to sys.stderr or leave the logger at WARNING")
		}
		return nil
	}
	rt.Engines = append(rt.Engines, e)
	return e, nil
}

func (e *Engine) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "connect", "begin":
		return builtin("Engine."+name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			return &connObj{e: e, autoCommit: name == "begin"}, nil
		}), true, nil
	case "dispose":
		return builtin("Engine.dispose", func(th *interp.Thread, c *interp.Call) (interp.Value, error) { return nil, nil }), true, nil
	case "url":
		return e.url, true, nil
	case "echo":
		return e.echo, true, nil
	}
	return nil, false, nil
}

// SetAttr is engine.echo = flag (echo_property); other attributes are refused.
func (e *Engine) SetAttr(th *interp.Thread, name string, v interp.Value) error {
	if name != "echo" {
		return th.Unsupported("setting Engine.%s", name)
	}
	e.echo = v
	return nil
}

// opaque is a placeholder argument nobody should need to look into.
type opaque struct{ name string }

func (o *opaque) TypeName() string { return o.name }

// dbapiConn is the raw sqlite3 connection a "connect" listener receives:
// what it runs is below SQLAlchemy, so it is not recorded.
type dbapiConn struct {
	rt *Runtime
	db *store.DB
}

func (d *dbapiConn) TypeName() string { return "Connection" }
func (d *dbapiConn) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "cursor":
		return builtin("cursor", func(th *interp.Thread, c *interp.Call) (interp.Value, error) { return &dbapiCursor{d}, nil }), true, nil
	case "execute":
		return builtin("execute", d.execute), true, nil
	case "close", "commit", "rollback":
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) { return nil, nil }), true, nil
	}
	return nil, false, nil
}

func (d *dbapiConn) execute(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	if len(c.Args) < 1 {
		return nil, typeErr(th, "execute() needs a SQL string")
	}
	q, ok := c.Args[0].(string)
	if !ok {
		return nil, typeErr(th, "execute() argument 1 must be str")
	}
	q = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(q), ";"))
	if _, err := d.db.Raw(q, nil); err != nil {
		return nil, d.rt.raise(th, err)
	}
	return nil, nil
}

type dbapiCursor struct{ conn *dbapiConn }

func (c *dbapiCursor) TypeName() string { return "Cursor" }
func (c *dbapiCursor) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "execute":
		return builtin("execute", c.conn.execute), true, nil
	case "close":
		return builtin("close", func(th *interp.Thread, _ *interp.Call) (interp.Value, error) { return nil, nil }), true, nil
	}
	return nil, false, nil
}

// sqlite3Connection is sqlite3.Connection, for isinstance checks in listeners.
type sqlite3Connection struct{}

func (sqlite3Connection) TypeName() string { return "type" }
func (sqlite3Connection) IsInstance(th *interp.Thread, v interp.Value) (bool, error) {
	_, ok := v.(*dbapiConn)
	return ok, nil
}

// engineClass is sqlalchemy.engine.Engine, the target of global listeners.
type engineClass struct{}

func (engineClass) TypeName() string { return "type" }
func (engineClass) IsInstance(th *interp.Thread, v interp.Value) (bool, error) {
	_, ok := v.(*Engine)
	return ok, nil
}

func (rt *Runtime) listen(th *interp.Thread, target interp.Value, ident string, fn interp.Value, kw []interp.KV) error {
	var o listenOpts
	active := false
	for _, k := range kw {
		b, err := th.Truth(k.Value)
		if err != nil {
			return err
		}
		switch k.Name {
		case "propagate":
			o.propagate = b
		case "raw":
			o.raw = b
		case "named":
			o.named = b
		case "retval":
			o.retval = b
		case "active_history":
			active = b
		default:
			return unsupported(th, "event.listen(%s=...)", k.Name)
		}
	}
	switch target.(type) {
	case *colAttr, *relAttr, *relDef:
		return rt.listenAttr(th, target, ident, &attrListener{fn: fn, listenOpts: o, activeHistory: active})
	}
	if active {
		return unsupported(th, "active_history= on the event %q", ident)
	}
	if ev, ok := mapperEvents[ident]; ok {
		return rt.listenMapper(th, target, &mapperListener{ev: ev, fn: fn, listenOpts: o})
	}
	if ev, ok := sessionEvents[ident]; ok {
		return rt.listenSession(th, target, sessionListener{ev: ev, fn: fn, named: o.named})
	}
	if o.named || o.raw {
		return unsupported(th, "named= or raw= on the event %q", ident)
	}
	if md, ok := target.(*metaObj); ok && ident == "column_reflect" {
		md.columnReflect = append(md.columnReflect, fn)
		return nil
	}
	if ident == "attribute_instrument" {
		cls, ok := target.(*interp.Class)
		if !ok || o.propagate || o.retval {
			return unsupported(th, "the event %q on %s, or with propagate= or retval=", ident, th.TypeName(target))
		}
		rt.instrumentListeners = append(rt.instrumentListeners, instrumentListener{cls: cls, fn: fn})
		return nil
	}
	if ident == "before_execute" || ident == "after_execute" {
		if o.retval {
			return unsupported(th, "retval=True on the event %q", ident)
		}
		l := execListener{after: ident == "after_execute", fn: fn}
		switch t := target.(type) {
		case engineClass:
			rt.globalExec = append(rt.globalExec, l)
		case *Engine:
			t.exec = append(t.exec, l)
		default:
			return unsupported(th, "the event %q on %s", ident, th.TypeName(target))
		}
		return nil
	}
	if ident != "connect" {
		return unsupported(th, "event %q (docs/supported.md lists the events that are)", ident)
	}
	switch t := target.(type) {
	case engineClass:
		rt.globalConnect = append(rt.globalConnect, fn)
	case *Engine:
		if t.orm.Connected() {
			rt.note(th.Span(), "this connect listener was added after the engine's first connection, so it never runs (as in SQLAlchemy)")
		}
		t.connect = append(t.connect, fn)
	default:
		return unsupported(th, "listening on %s", th.TypeName(target))
	}
	return nil
}

func (rt *Runtime) eventModule() *interp.Module {
	return module("sqlalchemy.event", map[string]interp.Value{
		"listens_for": builtin("listens_for", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) != 2 {
				return nil, typeErr(th, "listens_for() takes a target and an event name")
			}
			ident, _ := c.Args[1].(string)
			target := c.Args[0]
			return builtin("decorator", func(th *interp.Thread, d *interp.Call) (interp.Value, error) {
				if len(d.Args) != 1 {
					return nil, typeErr(th, "listens_for decorator takes one function")
				}
				return d.Args[0], rt.listen(th, target, ident, d.Args[0], c.Kw)
			}), nil
		}),
		"listen": builtin("listen", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) != 3 {
				return nil, typeErr(th, "listen() takes a target, an event name and a function")
			}
			ident, _ := c.Args[1].(string)
			return nil, rt.listen(th, c.Args[0], ident, c.Args[2], c.Kw)
		}),
	})
}

// connTx is connection.begin(): a transaction the connection ends on
// commit() or rollback(), or at the end of a with block.
type connTx struct{ c *connObj }

func (t *connTx) TypeName() string                              { return "RootTransaction" }
func (t *connTx) Enter(th *interp.Thread) (interp.Value, error) { return t, nil }
func (t *connTx) Exit(th *interp.Thread, exc *interp.Exception) (bool, error) {
	return false, t.end(th, exc == nil)
}

func (t *connTx) end(th *interp.Thread, commit bool) error {
	if !t.c.inTx {
		return nil
	}
	t.c.inTx = false
	db, err := t.c.e.orm.DB()
	if err == nil {
		if commit {
			err = db.Commit()
		} else {
			err = db.Rollback()
		}
	}
	return t.c.e.rt.raise(th, err)
}

func (t *connTx) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "commit", "rollback", "close":
		return builtin("Transaction."+name, func(th *interp.Thread, _ *interp.Call) (interp.Value, error) {
			return nil, t.end(th, name == "commit")
		}), true, nil
	case "is_active":
		return t.c.inTx, true, nil
	}
	return nil, false, nil
}

// connObj is engine.connect() / engine.begin().
type connObj struct {
	e          *Engine
	autoCommit bool
	// inTx is SQLAlchemy 2.0's autobegun transaction: open from the first
	// execute until commit, rollback or close.
	inTx bool
}

func (c *connObj) TypeName() string                              { return "Connection" }
func (c *connObj) Enter(th *interp.Thread) (interp.Value, error) { return c, nil }
func (c *connObj) Exit(th *interp.Thread, exc *interp.Exception) (bool, error) {
	db, err := c.e.orm.DB()
	if err != nil {
		return false, c.e.rt.raise(th, err)
	}
	if c.autoCommit && exc == nil {
		return false, c.e.rt.raise(th, db.Commit())
	}
	return false, c.e.rt.raise(th, db.Rollback())
}

func (c *connObj) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	rt := c.e.rt
	switch name {
	case "execute", "scalar", "scalars":
		return builtin("Connection."+name, func(th *interp.Thread, call *interp.Call) (interp.Value, error) {
			if len(call.Args) < 1 {
				return nil, typeErr(th, "%s() needs a statement", name)
			}
			if len(call.Kw) > 0 {
				return nil, unsupported(th, "Connection.%s(%s=...)", name, call.Kw[0].Name)
			}
			var params interp.Value
			if len(call.Args) > 1 {
				params = call.Args[1]
			}
			c.inTx = true
			r, err := rt.executeCore(th, c.e, call.Args[0], params)
			if err != nil || name == "execute" {
				return r, err
			}
			// Connection.scalar(s) is execute(...).scalar(s)()
			m, _, err := th.GetAttr(r, name)
			if err != nil {
				return nil, err
			}
			return th.Call(m, nil, nil)
		}), true, nil
	case "commit", "rollback":
		return builtin("Connection."+name, func(th *interp.Thread, _ *interp.Call) (interp.Value, error) {
			c.inTx = false
			db, err := c.e.orm.DB()
			if err != nil {
				return nil, rt.raise(th, err)
			}
			if name == "commit" {
				return nil, rt.raise(th, db.Commit())
			}
			return nil, rt.raise(th, db.Rollback())
		}), true, nil
	case "begin":
		return builtin("Connection.begin", func(th *interp.Thread, _ *interp.Call) (interp.Value, error) {
			if c.inTx {
				return nil, th.Raise(interp.ClassOf(exc.InvalidRequestError), "This connection has already initialized a SQLAlchemy Transaction() object via begin() or autobegin; can't call begin() here unless rollback() or commit() is called first.")
			}
			c.inTx = true
			return &connTx{c: c}, nil
		}), true, nil
	case "in_transaction":
		return builtin("Connection.in_transaction", func(th *interp.Thread, _ *interp.Call) (interp.Value, error) {
			return c.inTx, nil
		}), true, nil
	case "close":
		return builtin("Connection.close", func(th *interp.Thread, _ *interp.Call) (interp.Value, error) {
			c.inTx = false
			_, err := c.Exit(th, &interp.Exception{})
			return nil, err
		}), true, nil
	}
	return nil, false, nil
}
