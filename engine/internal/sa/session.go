package sa

import (
	"cascadelab/engine/internal/exc"
	"strings"

	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/sql"
	"cascadelab/engine/internal/store"
)

// sessionMaker is sessionmaker(bind=engine).
type sessionMaker struct {
	rt   *Runtime
	bind interp.Value // an Engine or a Connection, read when a session opens
	opts sessionOpts
}

type sessionOpts struct {
	autoflush, expireOnCommit bool
	maker                     *sessionMaker // the sessionmaker whose class the session is
}

func (s *sessionMaker) TypeName() string { return "sessionmaker" }

func readSessionOpts(th *interp.Thread, a *args) (sessionOpts, error) {
	o := sessionOpts{autoflush: true, expireOnCommit: true}
	var err error
	if o.autoflush, err = a.boolean("autoflush", true); err != nil {
		return o, err
	}
	if o.expireOnCommit, err = a.boolean("expire_on_commit", true); err != nil {
		return o, err
	}
	a.kw("future")
	a.kw("class_")
	if v, ok := a.kw("autocommit"); ok && v == true {
		return o, unsupported(th, "autocommit=True (removed in SQLAlchemy 2.0)")
	}
	return o, nil
}

// sessionArgs reads (bind, **options) as sessionmaker() and Session() take them.
func sessionArgs(th *interp.Thread, c *interp.Call, fn string) (interp.Value, sessionOpts, error) {
	a := newArgs(th, c, fn)
	v, _ := a.get(0, "bind")
	opts, err := readSessionOpts(th, a)
	if err != nil {
		return nil, opts, err
	}
	if err := a.check(1); err != nil {
		return nil, opts, err
	}
	switch v.(type) {
	case nil, *Engine, *connObj:
		return v, opts, nil
	}
	return nil, opts, unsupported(th, "binding a session to %s", th.TypeName(v))
}

func (rt *Runtime) newSessionMaker(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	bind, opts, err := sessionArgs(th, c, "sessionmaker")
	if err != nil {
		return nil, err
	}
	m := &sessionMaker{rt: rt, bind: bind, opts: opts}
	m.opts.maker = m
	return m, nil
}

func (s *sessionMaker) CallHost(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	if n := len(c.Args); n > 0 { // def __call__(self, **local_kw)
		return nil, th.Raise(interp.TypeError, "sessionmaker.__call__() takes 1 positional argument but %d were given", n+1)
	}
	a := newArgs(th, c, "Session")
	v, _ := a.kw("bind")
	if err := a.check(0); err != nil {
		return nil, err
	}
	if v == nil {
		v = s.bind
	}
	return s.rt.openSession(th, v, s.opts)
}

func (s *sessionMaker) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "begin":
		return builtin("sessionmaker.begin", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			sv, err := s.rt.openSession(th, s.bind, s.opts)
			if err != nil {
				return nil, err
			}
			return &beginCtx{s: sv.(*sessionObj), closeAfter: true}, nil
		}), true, nil
	case "configure":
		return builtin("configure", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			a := newArgs(th, c, "configure")
			if v, ok := a.kw("bind"); ok {
				switch v.(type) {
				case *Engine, *connObj:
					s.bind = v
				default:
					return nil, unsupported(th, "binding a session to %s", th.TypeName(v))
				}
			}
			return nil, a.check(0)
		}), true, nil
	}
	return nil, false, nil
}

// sessionClass is sqlalchemy.orm.Session used directly: Session(engine).
type sessionClass struct{ rt *Runtime }

func (s sessionClass) TypeName() string { return "type" }
func (s sessionClass) CallHost(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	bind, opts, err := sessionArgs(th, c, "Session")
	if err != nil {
		return nil, err
	}
	return s.rt.openSession(th, bind, opts)
}
func (s sessionClass) IsInstance(th *interp.Thread, v interp.Value) (bool, error) {
	_, ok := v.(*sessionObj)
	return ok, nil
}

// openSession opens a session on bind: an Engine, or a Connection. On a
// Connection not in a transaction the session begins and ends its own, which
// on the engine's one SQLite connection is what a session on the engine does;
// on one already in a transaction it joins it as join_transaction_mode=
// "conservative_savepoint" does there: commit and close leave the
// connection's transaction alone, rollback rolls it back.
func (rt *Runtime) openSession(th *interp.Thread, bind interp.Value, o sessionOpts) (interp.Value, error) {
	var e *Engine
	joined := false
	switch b := bind.(type) {
	case *Engine:
		e = b
	case *connObj:
		e, joined = b.e, b.inTx
	default:
		// SQLAlchemy makes the session and fails only when it executes
		// (UnboundExecutionError): an engine that never connects
		e = &Engine{rt: rt, orm: orm.NewEngine(&rt.Log)}
		e.orm.Unbound = true
	}
	s := orm.NewSession(e.orm)
	s.Autoflush, s.ExpireOnCommit, s.Joined = o.autoflush, o.expireOnCommit, joined
	so := &sessionObj{rt: rt, e: e, s: s, maker: o.maker}
	s.OnSession = func(ev orm.SessionEvent) error { return so.fireSession(th, ev) }
	s.OnMapper = func(ev orm.MapperEvent, st *orm.State) error { return so.fireMapper(th, ev, st) }
	so.conn, so.bound = bind.(*connObj)
	if rt.sessions == nil {
		rt.sessions = map[*orm.Session]*sessionObj{}
	}
	rt.sessions[s] = so
	return so, nil
}

// sessionObj is a Session.
type sessionObj struct {
	rt *Runtime
	e  *Engine
	s  *orm.Session
	// sqlmodel marks sqlmodel.Session, which has exec().
	sqlmodel bool
	// conn is the Connection the session was bound to, or the one
	// connection() handed out on an engine for the transaction numbered connTx.
	conn   *connObj
	connTx int
	bound  bool
	// maker made the session (nil for Session()); listeners are the
	// session events' listeners on the session itself
	maker     *sessionMaker
	listeners []sessionListener
}

func (s *sessionObj) TypeName() string                              { return "Session" }
func (s *sessionObj) Enter(th *interp.Thread) (interp.Value, error) { return s, nil }
func (s *sessionObj) Exit(th *interp.Thread, exc *interp.Exception) (bool, error) {
	return false, s.rt.raise(th, s.s.Close())
}

func (s *sessionObj) Contains(th *interp.Thread, v interp.Value) (bool, error) {
	inst, ok := v.(*interp.Instance)
	if !ok {
		return false, nil
	}
	st, ok := inst.Host.(*orm.State)
	return ok && s.s.Contains(st), nil
}

func (s *sessionObj) configureAll(th *interp.Thread) error {
	for _, r := range s.rt.registries {
		if err := r.configure(th); err != nil {
			return err
		}
	}
	return nil
}

func (s *sessionObj) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	rt := s.rt
	withState := func(fn func(st *orm.State) error) (interp.Value, bool, error) {
		return builtin("Session."+name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) < 1 {
				return nil, typeErr(th, "Session.%s() missing 1 required positional argument: 'instance'", name)
			}
			st, err := rt.stateOf(th, c.Args[0], nil)
			if err != nil {
				return nil, err
			}
			return nil, rt.raise(th, fn(st))
		}), true, nil
	}
	// plain methods take no arguments; configure says whether the mappers
	// are configured first: rollback, close and expire_all touch no mapper
	// (after a failed configure they still work in SQLAlchemy)
	plain := func(configure bool, fn func() error) (interp.Value, bool, error) {
		return builtin("Session."+name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if configure {
				if err := s.configureAll(th); err != nil {
					return nil, err
				}
			}
			return nil, rt.raise(th, fn())
		}), true, nil
	}
	switch name {
	case "exec":
		if s.sqlmodel {
			return builtin("Session.exec", s.exec), true, nil
		}
	case "add":
		return withState(s.s.Add)
	case "add_all":
		return builtin("Session.add_all", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) != 1 {
				return nil, typeErr(th, "add_all() takes a list of objects")
			}
			items, err := th.Iterate(c.Args[0])
			if err != nil {
				return nil, err
			}
			for _, it := range items {
				st, err := rt.stateOf(th, it, nil)
				if err != nil {
					return nil, err
				}
				if err := s.s.Add(st); err != nil {
					return nil, rt.raise(th, err)
				}
			}
			return nil, nil
		}), true, nil
	case "bulk_save_objects":
		return builtin("Session.bulk_save_objects", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			a := newArgs(th, c, "bulk_save_objects")
			objs, ok := a.get(0, "objects")
			if !ok {
				return nil, typeErr(th, "Session.bulk_save_objects() missing 1 required positional argument: 'objects'")
			}
			for _, k := range []string{"return_defaults", "update_changed_only", "preserve_order"} {
				if v, given := a.kw(k); given && v != map[string]bool{"return_defaults": false, "update_changed_only": true, "preserve_order": true}[k] {
					return nil, unsupported(th, "bulk_save_objects(%s=...) other than its default", k)
				}
			}
			if err := a.check(1); err != nil {
				return nil, err
			}
			if err := s.configureAll(th); err != nil {
				return nil, err
			}
			items, err := th.Iterate(objs)
			if err != nil {
				return nil, err
			}
			var states []*orm.State
			for _, it := range items {
				st, err := rt.stateOf(th, it, nil)
				if err != nil {
					return nil, err
				}
				states = append(states, st)
			}
			return nil, rt.raise(th, s.s.BulkSave(states))
		}), true, nil
	case "delete":
		return withState(func(st *orm.State) error {
			if rt.Deleted == nil {
				rt.Deleted = st.M
			}
			return s.s.Delete(st)
		})
	case "expunge":
		return withState(func(st *orm.State) error { s.s.Expunge(st); return nil })
	case "expire", "refresh":
		return builtin("Session."+name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) < 1 || len(c.Args) > 2 || len(c.Kw) > 0 {
				return nil, unsupported(th, "Session.%s() of other than an object and a list of attribute names", name)
			}
			st, err := rt.stateOf(th, c.Args[0], nil)
			if err != nil {
				return nil, err
			}
			var attrs []string
			if len(c.Args) > 1 && c.Args[1] != nil {
				if attrs, err = strList(th, c.Args[1], name+" attribute names"); err != nil {
					return nil, err
				}
			}
			for _, k := range attrs {
				if st.M.Cols[k] == nil && st.M.Rel(k) == nil {
					return nil, unsupported(th, "Session.%s() of %s, no column or relationship attribute", name, k)
				}
			}
			if name == "refresh" {
				return nil, rt.raise(th, s.s.Refresh(st, attrs))
			}
			return nil, rt.raise(th, s.s.Expire(st, attrs))
		}), true, nil
	case "is_modified":
		return builtin("Session.is_modified", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			a := newArgs(th, c, "Session.is_modified")
			v, ok := a.get(0, "instance")
			collections, err := a.boolean("include_collections", true)
			if err != nil {
				return nil, err
			}
			if err := a.check(1); err != nil {
				return nil, err
			}
			if !ok {
				return nil, typeErr(th, "Session.is_modified() missing 1 required positional argument: 'instance'")
			}
			st, err := rt.stateOf(th, v, nil)
			if err != nil {
				return nil, err
			}
			m, err := s.s.IsModified(st, collections)
			return m, rt.raise(th, err)
		}), true, nil
	case "expunge_all":
		return plain(false, func() error { s.s.ExpungeAll(); return nil })
	case "expire_all":
		return plain(false, func() error { s.s.ExpireAll(); return nil })
	case "flush":
		return plain(true, s.s.Flush)
	case "commit":
		return plain(true, s.s.Commit)
	case "rollback":
		return plain(false, s.s.Rollback)
	case "close":
		return plain(false, s.s.Close)
	case "begin":
		return builtin("Session.begin", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			return &beginCtx{s: s}, nil
		}), true, nil
	case "get":
		return builtin("Session.get", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) != 2 {
				return nil, typeErr(th, "Session.get() takes a mapped class and a primary key")
			}
			m, err := rt.mapperOf(th, c.Args[0])
			if err != nil {
				return nil, err
			}
			return s.get(th, m, c.Args[1])
		}), true, nil
	case "query":
		return builtin("Session.query", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if err := s.configureAll(th); err != nil {
				return nil, err
			}
			q, err := rt.newSelect(th, c.Args)
			if err != nil {
				return nil, err
			}
			q.legacy = true
			q.sess = s
			return q, nil
		}), true, nil
	case "execute":
		return builtin("Session.execute", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			// a text() statement runs without the mappers (their
			// configuration errors come at the next use of a class)
			if _, isText := firstArg(c).(*textObj); !isText {
				if err := s.configureAll(th); err != nil {
					return nil, err
				}
			}
			stmt, params, err := statementArgs(th, c, "execute")
			if err != nil {
				return nil, err
			}
			return s.execute(th, stmt, params)
		}), true, nil
	case "scalars", "scalar":
		return builtin("Session."+name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if err := s.configureAll(th); err != nil {
				return nil, err
			}
			stmt, params, err := statementArgs(th, c, name)
			if err != nil {
				return nil, err
			}
			r, err := s.execute(th, stmt, params)
			if err != nil {
				return nil, err
			}
			res := r.(*resultObj)
			if name == "scalars" {
				return res.scalars(), nil
			}
			return res.scalar(th)
		}), true, nil
	case "merge":
		return builtin("Session.merge", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if err := s.configureAll(th); err != nil {
				return nil, err
			}
			a := newArgs(th, c, "Session.merge")
			v, ok := a.get(0, "instance")
			if load, given := a.kw("load"); given && load != true {
				return nil, unsupported(th, "Session.merge(load=False)")
			}
			if err := a.check(1); err != nil {
				return nil, err
			}
			if !ok {
				return nil, typeErr(th, "Session.merge() missing 1 required positional argument: 'instance'")
			}
			st, err := rt.stateOf(th, v, nil)
			if err != nil {
				return nil, err
			}
			m, err := s.s.Merge(st)
			if err != nil {
				return nil, rt.raise(th, err)
			}
			return m.Obj, nil
		}), true, nil
	case "autoflush":
		return s.s.Autoflush, true, nil
	case "no_autoflush":
		return &noAutoflush{s: s}, true, nil
	case "new", "dirty", "deleted":
		var states []*orm.State
		switch name {
		case "new":
			states = s.s.New()
		case "dirty":
			states = s.s.Dirty()
		default:
			states = s.s.Deleted()
		}
		set := &identitySet{}
		for _, st := range states {
			set.items = append(set.items, st.Obj)
		}
		return set, true, nil
	case "bind":
		if s.e.orm.Unbound {
			return nil, true, nil
		}
		return s.e, true, nil
	case "connection":
		return builtin("Session.connection", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			a := newArgs(th, c, "Session.connection")
			for _, k := range []string{"bind_arguments", "execution_options"} {
				if _, given := a.kw(k); given {
					return nil, unsupported(th, "Session.connection(%s=...)", k)
				}
			}
			if err := a.check(0); err != nil {
				return nil, err
			}
			s.s.Begin()
			return s.connection(), nil
		}), true, nil
	}
	return nil, false, nil
}

// connection is Session.connection(): the session's transaction begins
// (autobegin) on the engine's one SQLite connection; a bound Connection is
// handed back itself, on an engine each transaction has its own.
func (s *sessionObj) connection() *connObj {
	if !s.bound && (s.conn == nil || s.connTx != s.s.Ended) {
		s.conn, s.connTx = &connObj{e: s.e}, s.s.Ended
	}
	s.conn.inTx = true
	return s.conn
}

func (s *sessionObj) get(th *interp.Thread, m *orm.Mapper, ident interp.Value) (interp.Value, error) {
	var key []any
	if t, ok := ident.(interp.Tuple); ok {
		for _, v := range t {
			sv, err := pyToSQL(th, v)
			if err != nil {
				return nil, err
			}
			key = append(key, sv)
		}
	} else {
		sv, err := pyToSQL(th, ident)
		if err != nil {
			return nil, err
		}
		key = []any{sv}
	}
	st, err := s.s.Get(m, key)
	if err != nil {
		return nil, s.rt.raise(th, err)
	}
	if st == nil {
		return nil, nil
	}
	return st.Obj, nil
}

// SetAttr is session.autoflush = flag; other attributes are refused.
func (s *sessionObj) SetAttr(th *interp.Thread, name string, v interp.Value) (err error) {
	if name != "autoflush" {
		return th.Unsupported("setting Session.%s", name)
	}
	s.s.Autoflush, err = th.Truth(v)
	return err
}

// noAutoflush is session.no_autoflush: autoflush off inside the block, as
// it was before after it.
type noAutoflush struct {
	s   *sessionObj
	was bool
}

func (n *noAutoflush) TypeName() string { return "_GeneratorContextManager" }
func (n *noAutoflush) Enter(th *interp.Thread) (interp.Value, error) {
	n.was, n.s.s.Autoflush = n.s.s.Autoflush, false
	return n.s, nil
}
func (n *noAutoflush) Exit(th *interp.Thread, exc *interp.Exception) (bool, error) {
	n.s.s.Autoflush = n.was
	return false, nil
}

// beginCtx is session.begin(): commit on success, rollback on error.
type beginCtx struct {
	s          *sessionObj
	closeAfter bool
}

func (b *beginCtx) TypeName() string                              { return "SessionTransaction" }
func (b *beginCtx) Enter(th *interp.Thread) (interp.Value, error) { return b.s, nil }
func (b *beginCtx) Exit(th *interp.Thread, exc *interp.Exception) (bool, error) {
	var err error
	if exc == nil {
		err = b.s.s.Commit()
	} else {
		err = b.s.s.Rollback()
	}
	if b.closeAfter {
		if cerr := b.s.s.Close(); err == nil {
			err = cerr
		}
	}
	return false, b.s.rt.raise(th, err)
}

func (rt *Runtime) mapperOf(th *interp.Thread, v interp.Value) (*orm.Mapper, error) {
	if cls, ok := v.(*interp.Class); ok {
		for _, r := range rt.registries {
			if mp := r.byClass(cls); mp != nil {
				if err := r.configure(th); err != nil {
					return nil, err
				}
				return mp.m, nil
			}
		}
	}
	return nil, th.Raise(interp.ClassOf(exc.ArgumentError), "expected a mapped class, got %s", th.TypeName(v))
}

// textObj is text("...").
// textObj is text(sql); binds are values given by .bindparams(name=value).
type textObj struct {
	sql   string
	binds map[string]interp.Value
}

func (t *textObj) TypeName() string { return "TextClause" }

// Attr gives bindparams(name=value, ...): a copy with those values bound.
func (t *textObj) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	if name == "columns" {
		return builtin("TextClause.columns", t.textColumns), true, nil
	}
	if name != "bindparams" {
		return nil, false, nil
	}
	return builtin("TextClause.bindparams", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		if len(c.Args) > 0 {
			return nil, unsupported(th, "TextClause.bindparams() with bindparam() objects")
		}
		_, names := textBinds(t.sql)
		n := &textObj{sql: t.sql, binds: map[string]interp.Value{}}
		for k, v := range t.binds {
			n.binds[k] = v
		}
		for _, kv := range c.Kw {
			known := false
			for _, nm := range names {
				known = known || nm == kv.Name
			}
			if !known {
				return nil, th.Raise(interp.ClassOf(exc.ArgumentError), "This text() construct doesn't define a bound parameter named '%s'", kv.Name)
			}
			n.binds[kv.Name] = kv.Value
		}
		return n, nil
	}), true, nil
}

func isWord(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// compileText turns text()'s :name binds into ? and reads their values from
// params: a dict (one execution) or a list of dicts (executemany, many=true).
func compileText(th *interp.Thread, t *textObj, params interp.Value) (q string, rows [][]any, many bool, err error) {
	q, names := textBinds(t.sql)
	sets := []interp.Value{params}
	if l, ok := params.(*interp.List); ok {
		sets, many = l.Items, true
	}
	for _, set := range sets {
		d, isDict := set.(*interp.Dict)
		if set != nil && !isDict {
			return "", nil, false, unsupported(th, "text() parameters given as %s (use a dict or a list of dicts)", th.TypeName(set))
		}
		var vals []any
		for _, name := range names {
			var v interp.Value
			ok := false
			if d != nil {
				v, ok = d.GetStr(name)
			}
			if !ok {
				v, ok = t.binds[name]
			}
			if !ok {
				return "", nil, false, th.Raise(interp.ClassOf(exc.StatementError), "(sqlalchemy.exc.InvalidRequestError) A value is required for bind parameter '%s'", name)
			}
			sv, err := pyToSQL(th, v)
			if err != nil {
				return "", nil, false, err
			}
			vals = append(vals, orm.ToDB(nil, sv))
		}
		rows = append(rows, vals)
	}
	return q, rows, many, nil
}

// textBinds replaces text()'s :name binds with ? and lists the names in
// order; a colon after another colon or a word character is not a bind (x::int).
func textBinds(src string) (string, []string) {
	var names []string
	var b strings.Builder
	for i := 0; i < len(src); i++ {
		c := src[i]
		j := i + 1
		if c == ':' && (i == 0 || src[i-1] != ':' && !isWord(src[i-1])) {
			for j < len(src) && isWord(src[j]) {
				j++
			}
		}
		if j == i+1 {
			b.WriteByte(c)
			continue
		}
		names = append(names, src[i+1:j])
		b.WriteByte('?')
		i = j - 1
	}
	return b.String(), names
}

// executeCore runs a statement on a Connection (no ORM involved).
func (rt *Runtime) executeCore(th *interp.Thread, e *Engine, stmt interp.Value, params interp.Value) (interp.Value, error) {
	switch st := stmt.(type) {
	case *textObj:
		q, rows, many, err := compileText(th, st, params)
		if err != nil {
			return nil, err
		}
		var r *store.Result
		if many {
			r, err = e.orm.ExecMany(q, rows)
		} else {
			r, err = e.orm.Exec(q, rows[0])
		}
		if err != nil {
			return nil, rt.raise(th, err)
		}
		res := newRawResult(rt, r.Columns, r.Rows, r.RowCount)
		for _, ro := range res.data {
			ro.cursor = true // text() runs on the connection, in a session too
		}
		return res, nil
	case *selectObj:
		return st.run(th, e, nil, params)
	case *compoundObj:
		return st.run(th, e, nil, params)
	case *dmlObj:
		return st.runCore(th, e, params)
	case *insertObj:
		return st.run(th, e, params, nil)
	case string:
		return nil, th.Raise(interp.ClassOf(exc.ObjectNotExecutableError), "Not an executable object: %q; wrap raw SQL in text()", st)
	}
	return nil, unsupported(th, "executing %s", th.TypeName(stmt))
}

func (s *sessionObj) execute(th *interp.Thread, stmt interp.Value, params interp.Value) (interp.Value, error) {
	switch st := stmt.(type) {
	case *selectObj:
		return st.run(th, s.e, s, params)
	case *compoundObj:
		return st.run(th, s.e, s, params)
	case *dmlObj:
		if params != nil {
			return nil, unsupported(th, "Session.execute() of %s with parameters", st.TypeName())
		}
		return st.runORM(th, s, "auto")
	case *insertObj:
		if err := s.s.AutoflushNow(); err != nil {
			return nil, s.rt.raise(th, err)
		}
		return st.run(th, s.e, params, s)
	case string:
		return nil, th.Raise(interp.ClassOf(exc.ArgumentError), "Textual SQL expression %q should be explicitly declared as text(%q)", st, st)
	}
	return s.rt.executeCore(th, s.e, stmt, params)
}

var _ = schema.Quote
var _ = sql.Compile

// identitySet is Session.new/dirty/deleted.
type identitySet struct{ items []interp.Value }

func (s *identitySet) TypeName() string                                  { return "IdentitySet" }
func (s *identitySet) Iterate(th *interp.Thread) ([]interp.Value, error) { return s.items, nil }
func (s *identitySet) Len(th *interp.Thread) (int, error)                { return len(s.items), nil }
func (s *identitySet) Contains(th *interp.Thread, v interp.Value) (bool, error) {
	for _, it := range s.items {
		if it == v {
			return true, nil
		}
	}
	return false, nil
}
func (s *identitySet) Repr(th *interp.Thread) (string, error) {
	r, err := th.Repr(&interp.List{Items: s.items})
	return "IdentitySet(" + r + ")", err
}

// scopedRegistry is sqlalchemy.orm.scoped_session(factory) (Flask-SQLAlchemy's db.session
// is scopedSession): one session per scope (the
// run has one thread), made on first use; its attributes are the session's.
type scopedRegistry struct {
	factory interp.Value
	cur     interp.Value
}

func (s *scopedRegistry) TypeName() string { return "scoped_session" }

func newScopedSession(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	a := newArgs(th, c, "scoped_session")
	f, _ := a.get(0, "session_factory")
	if v, ok := a.kw("scopefunc"); ok && v != nil {
		return nil, unsupported(th, "scoped_session(scopefunc=)")
	}
	if err := a.check(1); err != nil {
		return nil, err
	}
	if f == nil {
		return nil, th.Raise(interp.TypeError, "scoped_session.__init__() missing 1 required positional argument: 'session_factory'")
	}
	return &scopedRegistry{factory: f}, nil
}

// CallHost is scoped_session.__call__: the scope's session, made with
// the arguments the first time.
func (s *scopedRegistry) CallHost(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	if s.cur != nil {
		if len(c.Args)+len(c.Kw) > 0 {
			return nil, th.Raise(interp.ClassOf(exc.InvalidRequestError), "Scoped session is already present; no new arguments may be specified.")
		}
		return s.cur, nil
	}
	v, err := th.Call(s.factory, c.Args, c.Kw)
	if err != nil {
		return nil, err
	}
	s.cur = v
	return v, nil
}

func (s *scopedRegistry) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "remove":
		return builtin("remove", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if s.cur != nil {
				cl, _, err := th.GetAttr(s.cur, "close")
				if err != nil {
					return nil, err
				}
				if _, err := th.Call(cl, nil, nil); err != nil {
					return nil, err
				}
			}
			s.cur = nil
			return nil, nil
		}), true, nil
	case "session_factory":
		return s.factory, true, nil
	case "configure":
		// scoped_session.configure(**kw) is session_factory.configure(**kw); a
		// session already made keeps its settings (SQLAlchemy only warns).
		return builtin("configure", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) > 0 {
				return nil, th.Raise(interp.TypeError, "scoped_session.configure() takes 1 positional argument but %d were given", len(c.Args)+1)
			}
			cf, _, err := th.GetAttr(s.factory, "configure")
			if err != nil {
				return nil, err
			}
			_, err = th.Call(cf, nil, c.Kw)
			return nil, err
		}), true, nil
	case "registry", "query_property":
		return nil, true, unsupported(th, "scoped_session.%s", name)
	}
	sess, err := s.CallHost(th, &interp.Call{Span: th.Span()})
	if err != nil {
		return nil, true, err
	}
	v, ok, err := th.GetAttr(sess, name)
	return v, ok, err
}

// statementArgs reads Session.execute()'s (and scalars()', scalar()'s)
// statement and params, given by position or by keyword.
func statementArgs(th *interp.Thread, c *interp.Call, name string) (stmt, params interp.Value, err error) {
	a := newArgs(th, c, "Session."+name)
	stmt, ok := a.get(0, "statement")
	if !ok {
		return nil, nil, th.Raise(interp.TypeError, "Session.%s() missing 1 required positional argument: 'statement'", name)
	}
	params, _ = a.get(1, "params")
	return stmt, params, nil
}
