package orm

import (
	"cascadelab/engine/internal/exc"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"cascadelab/engine/internal/pyrepr"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/source"
	"cascadelab/engine/internal/sql"
	"cascadelab/engine/internal/store"
	"cascadelab/engine/internal/trace"
)

// Engine is create_engine(): one in-memory SQLite database, connected on first use.
type Engine struct {
	db  *store.DB
	log *[]trace.Statement
	// File, when set, is the database file the engine opens with others.
	File *File
	// Ctx bounds the run: SQLite is interrupted when it is done.
	Ctx context.Context
	// OnConnect are the "connect" listeners, run on the raw connection when it is made.
	OnConnect []func(*store.DB) error
	MaxRows   int
	Seeds     *store.Seeds // databases to start from, see store.Seeds
	// BeforeStatement, when set, runs before each statement; its error
	// (a refusal the script's settings call for) stops the statement.
	BeforeStatement func() error
	// OnExecute, when set, brackets each statement executed as one
	// Connection.execute() (engine events before_execute/after_execute):
	// it runs before the statement and gives what runs once it succeeded.
	// An insertmanyvalues INSERT is one execute however many batches it
	// sends; the dialect's own statements (ExecDriver) are none.
	OnExecute func() (after func() error, err error)
	executing bool
	// Unbound is a Session made without an engine: it works until it
	// needs a connection (SQLAlchemy's UnboundExecutionError there).
	Unbound bool
}

// NewEngine makes an engine whose statements go to log.
func NewEngine(log *[]trace.Statement) *Engine { return &Engine{log: log} }

// File is one database file that several engines open (create_engine of
// the same "sqlite:///path"): SQLAlchemy gives each engine its own
// connection to the file, so what one commits the others read. Here they
// share one in-memory database. While one engine has a transaction open,
// another engine's use of the file is refused: SQLAlchemy's would read the
// file as last committed, or wait on its lock, and a shared connection
// cannot do either.
type File struct {
	Path   string
	db     *store.DB
	opener *Engine // the engine whose connection db is
	user   *Engine // the engine that used db last
}

// DB connects on first use, running the connect listeners as the pool does.
func (e *Engine) DB() (*store.DB, error) {
	if e.db == nil {
		if err := e.connect(); err != nil {
			return nil, err
		}
	}
	if f := e.File; f != nil {
		if f.user != e && f.db.InTx() {
			return nil, exc.Unsupported(source.Span{}, fmt.Sprintf("two engines on the database file %q while one of them has a transaction open (SQLAlchemy gives each engine its own connection to the file; commit or close the first engine's session before using the second)", f.Path))
		}
		f.user = e
	}
	return e.db, nil
}

func (e *Engine) connect() error {
	if e.Unbound {
		return exc.Unsupported(source.Span{}, "executing SQL through a Session without an engine (SQLAlchemy raises UnboundExecutionError; give it one, Session(engine))")
	}
	db := (*store.DB)(nil)
	if e.File != nil {
		db = e.File.db
	}
	if db == nil {
		var err error
		if db, err = store.Open(e.log); err != nil {
			return err
		}
		if e.Ctx != nil {
			db.Interrupt(e.Ctx)
		}
		if e.MaxRows > 0 {
			db.MaxRows = e.MaxRows
		}
		db.Seeds = e.Seeds
		if e.File != nil {
			e.File.db, e.File.opener = db, e
		}
	}
	e.db = db
	for _, f := range e.OnConnect {
		if err := f(db); err != nil {
			return err
		}
	}
	return nil
}

// Connection is the database the engine connected to, nil before its first
// use: the run's end reads it back whoever used it last.
func (e *Engine) Connection() *store.DB { return e.db }

// txDB is the database whose transaction the engine's sessions end: nil
// before the first use, and nil while another engine on the same file used
// it last (this engine then has no transaction there to end).
func (e *Engine) txDB() *store.DB {
	if e.File != nil && e.File.user != e {
		return nil
	}
	return e.db
}

// Connected reports whether the engine has a database yet.
func (e *Engine) Connected() bool { return e.db != nil }

// Close releases the database (a shared file's, once: by its opener).
func (e *Engine) Close() {
	if e.db != nil && (e.File == nil || e.File.opener == e) {
		e.db.Close()
	}
}

// Exec runs one recorded statement, translating SQLite failures to DBAPI errors.
func (e *Engine) Exec(q string, params []any) (*store.Result, error) {
	return e.execute(func() (*store.Result, error) { return e.ExecDriver(q, params) })
}

// ExecDriver runs one recorded statement the dialect sends itself
// (exec_driver_sql: reflection's PRAGMAs), which no execute event sees.
func (e *Engine) ExecDriver(q string, params []any) (*store.Result, error) {
	return e.send(q, params, func(db *store.DB) (*store.Result, error) { return db.Exec(q, params) })
}

// ExecMany runs one recorded executemany.
func (e *Engine) ExecMany(q string, rows [][]any) (*store.Result, error) {
	return e.execute(func() (*store.Result, error) {
		return e.send(q, rows, func(db *store.DB) (*store.Result, error) { return db.ExecMany(q, rows) })
	})
}

// ExecBatch runs one recorded insertmanyvalues batch (store.DB.ExecBatch).
func (e *Engine) ExecBatch(q string, params []any) (*store.Result, error) {
	return e.execute(func() (*store.Result, error) {
		return e.send(q, params, func(db *store.DB) (*store.Result, error) { return db.ExecBatch(q, params) })
	})
}

// execute runs one Connection.execute() between the OnExecute listeners
// (one only: the statements run inside it are part of it).
func (e *Engine) execute(run func() (*store.Result, error)) (*store.Result, error) {
	if e.OnExecute == nil || e.executing {
		return run()
	}
	after, err := e.OnExecute()
	if err != nil {
		return nil, err
	}
	e.executing = true
	r, err := run()
	e.executing = false
	if err != nil {
		return nil, err
	}
	return r, after()
}

// send runs a statement through run after the before-statement hook.
func (e *Engine) send(q string, params any, run func(*store.DB) (*store.Result, error)) (*store.Result, error) {
	if err := refused(q, params); err != nil {
		return nil, err
	}
	if e.BeforeStatement != nil {
		if err := e.BeforeStatement(); err != nil {
			return nil, err
		}
	}
	db, err := e.DB()
	if err != nil {
		return nil, err
	}
	r, err := run(db)
	return r, dbError(err, q, params)
}

// HasTable is the dialect's has_table check on one schema.
func (e *Engine) HasTable(schema, name string) (bool, error) {
	db, err := e.DB()
	if err != nil {
		return false, err
	}
	ok, err := db.HasTable(schema, name)
	return ok, dbError(err, "", nil)
}

// dbapiCodes are the error codes SQLAlchemy's DBAPI errors link to.
var dbapiCodes = map[*exc.Class]string{exc.IntegrityError: "gkpj", exc.OperationalError: "e3q8", exc.ProgrammingError: "f405"}

func dbError(err error, q string, params any) error {
	if err == nil {
		return nil
	}
	if se, ok := err.(*store.Error); ok {
		class, text := se.Describe()
		return &exc.Error{Class: class, Msg: fmt.Sprintf("%s\n[SQL: %s]\n[parameters: %s]\n(Background on this error at: https://sqlalche.me/e/20/%s)", text, q, pyParams(params), dbapiCodes[class]), Err: se}
	}
	return err
}

func pyParams(p any) string {
	switch p := p.(type) {
	case []any:
		parts := make([]string, len(p))
		for i, v := range p {
			parts[i] = pyrepr.Value(v)
		}
		if len(p) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case [][]any:
		parts := make([]string, len(p))
		for i, r := range p {
			parts[i] = pyParams(r)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return fmt.Sprint(p)
}

// MapperEvent is one of the per-object events a flush fires (MapperEvents).
type MapperEvent int

const (
	BeforeInsert MapperEvent = iota
	AfterInsert
	BeforeUpdate
	AfterUpdate
	BeforeDelete
	AfterDelete
)

// SessionEvent is one of the SessionEvents a transaction's life fires.
type SessionEvent int

const (
	BeforeFlush SessionEvent = iota
	AfterFlush
	AfterFlushPostexec
	BeforeCommit
	AfterCommit
	AfterRollback
)

func (s *Session) fireSession(ev SessionEvent) error {
	if s.OnSession == nil {
		return nil
	}
	return s.OnSession(ev)
}

// txState is the session's transaction: none yet, begun (autobegin), or
// deactivated by the rollback of a failed flush until rollback() ends it.
type txState int

const (
	txNone txState = iota
	txActive
	txDeactive
)

// Begin is the session's autobegin: adding an object, flushing or
// reading through the session begins its transaction.
func (s *Session) Begin() {
	if s.tx == txNone {
		s.tx = txActive
	}
}

// clean is Session._is_clean: nothing to flush.
func (s *Session) clean() bool {
	return s.newOrder.len() == 0 && s.delOrder.len() == 0 && len(s.dirty) == 0
}

func (s *Session) fire(ev MapperEvent, st *State) error {
	if s.OnMapper == nil {
		return nil
	}
	return s.OnMapper(ev, st)
}

// Session is an ORM session.
type Session struct {
	Engine         *Engine
	Autoflush      bool
	ExpireOnCommit bool
	// Joined: the session joined a transaction its Connection had begun;
	// commit and close leave that transaction to the connection.
	Joined bool
	// Ended counts the transactions commit, rollback and close ended.
	Ended int
	// OnSession runs the listeners of a session event (before_flush runs
	// when a flush has something to do, inside it: autoflush is off).
	OnSession func(ev SessionEvent) error
	// tx is where the session's transaction is (SessionTransaction's state).
	tx txState
	// OnMapper runs the listeners of a mapper event for one object, at the
	// point of the flush where persistence.py dispatches it.
	OnMapper func(ev MapperEvent, st *State) error

	identity map[string]*State
	idOrder  order
	newOrder order
	newSet   map[*State]bool
	delOrder order
	delSet   map[*State]bool
	dirty    map[*State]bool
	flushing bool
	// failed is set when a flush failed; the session needs rollback().
	failed error
	// txNew and txDeleted are what this transaction inserted and deleted,
	// restored by rollback (SessionTransaction._new/_deleted).
	txNew     []*State
	txDeleted []*State
	insertSeq int
}

// NewSession makes a session bound to e with SQLAlchemy's defaults.
func NewSession(e *Engine) *Session {
	return &Session{Engine: e, Autoflush: true, ExpireOnCommit: true,
		identity: map[string]*State{}, newSet: map[*State]bool{}, delSet: map[*State]bool{}, dirty: map[*State]bool{}}
}

func identityKey(m *Mapper, key []any) string {
	var b strings.Builder
	b.WriteString(m.Root().Class) // a hierarchy shares one identity map
	for _, k := range key {
		b.WriteString("\x00")
		b.WriteString(pyrepr.Value(normalizeKey(k)))
	}
	return b.String()
}

func normalizeKey(v any) any {
	if f, ok := v.(float64); ok && f == float64(int64(f)) {
		return int64(f)
	}
	if b, ok := v.(bool); ok {
		if b {
			return int64(1)
		}
		return int64(0)
	}
	return v
}

// Contains is `obj in session`.
func (s *Session) Contains(st *State) bool {
	if st.sess != s {
		return false
	}
	return s.newSet[st] || (st.Key != nil && s.identity[identityKey(st.M, st.Key)] == st)
}

func (s *Session) isNew(st *State) bool { return s.newSet[st] }

// States lists the identity map in insertion order.
func (s *Session) States() []*State { return s.idOrder.list() }

func (s *Session) checkUsable() error {
	if s.failed != nil {
		return &exc.Error{Class: exc.PendingRollbackError, Msg: "This Session's transaction has been rolled back due to a previous exception during flush. To begin a new transaction with this Session, first issue Session.rollback(). Original exception was: " + firstLine(s.failed.Error())}
	}
	return nil
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

func (s *Session) attach(st *State) error {
	if st.sess != nil && st.sess != s {
		return &exc.Error{Class: exc.InvalidRequestError, Msg: fmt.Sprintf("Object '<%s at 0x7f0000000000>' is already attached to session '%d' (this is '%d')", st.M.Class, 1, 2)}
	}
	st.sess = s
	s.Begin()
	return nil
}

// Add is session.add().
func (s *Session) Add(st *State) error {
	if err := s.checkUsable(); err != nil {
		return err
	}
	return s.saveOrUpdate(st)
}

// saveOrUpdate is Session._save_or_update_state with its save-update cascade.
func (s *Session) saveOrUpdate(st *State) error {
	st.orphanedOutside = false
	if err := s.saveOrUpdateImpl(st); err != nil {
		return err
	}
	for _, c := range cascade(st, "save-update", s.Contains) {
		if err := s.saveOrUpdateImpl(c); err != nil {
			return err
		}
	}
	return nil
}

func (s *Session) saveOrUpdateImpl(st *State) error {
	if st.Key == nil {
		if err := s.attach(st); err != nil {
			return err
		}
		if !s.newSet[st] {
			s.newSet[st] = true
			s.newOrder.add(st)
			s.insertSeq++
			st.insertOrder = s.insertSeq
		}
		return nil
	}
	if st.deleted || st.sess == s && s.Contains(st) {
		return nil
	}
	if err := s.attach(st); err != nil {
		return err
	}
	st.detached = false
	s.addIdentity(st)
	return nil
}

func (s *Session) addIdentity(st *State) {
	k := identityKey(st.M, st.Key)
	if old := s.identity[k]; old == st {
		return
	} else if old != nil {
		s.removeIdentity(old)
	}
	s.identity[k] = st
	s.idOrder.add(st)
}

func (s *Session) removeIdentity(st *State) {
	k := identityKey(st.M, st.Key)
	if s.identity[k] == st {
		delete(s.identity, k)
	}
	s.idOrder.remove(st)
}

// cascade is Mapper.cascade_iterator: a depth-first walk over the
// relationships whose cascade includes kind, loading collections when a
// delete cascade needs them, skipping states where halt says so.
func cascade(st *State, kind string, halt func(*State) bool) []*State {
	out, _ := cascadeErr(st, kind, halt)
	return out
}

func cascadeErr(st *State, kind string, halt func(*State) bool) ([]*State, error) {
	visited := map[*State]bool{}
	var out []*State
	var walk func(*State) error
	walk = func(p *State) error {
		for _, r := range p.M.Rels {
			if r.ViewOnly || !r.Cascade.has(kind) {
				continue
			}
			var items []*State
			if kind == "save-update" {
				items = pendingItems(p, r)
			} else if r.Dynamic() {
				var err error
				if items, err = p.dynItems(r, kind == "delete" && r.PassiveDeletes == PassiveOff); err != nil {
					return err
				}
			} else {
				v, err := p.loadRel(r, kind == "delete" && r.PassiveDeletes == PassiveOff)
				if err != nil {
					return err
				}
				items = valueItems(v)
			}
			var queue []*State
			for _, c := range items {
				if c == nil || visited[c] || (halt != nil && halt(c)) {
					continue
				}
				visited[c] = true
				queue = append(queue, c)
			}
			for _, c := range queue {
				out = append(out, c)
				if err := walk(c); err != nil {
					return err
				}
			}
		}
		return nil
	}
	err := walk(st)
	return out, err
}

func valueItems(v any) []*State {
	switch v := v.(type) {
	case *Coll:
		return v.Items
	case *State:
		if v != nil {
			return []*State{v}
		}
	}
	return nil
}

// pendingItems is get_all_pending: current items, then removed ones.
func pendingItems(p *State, r *Relationship) []*State {
	if pm := p.pending[r.Key]; r.Dynamic() && pm != nil {
		return append(append([]*State(nil), pm.added...), pm.removed...)
	}
	v, ok := p.Dict[r.Key]
	if !ok {
		return nil
	}
	cur := valueItems(v)
	orig, has := p.committed[r.Key]
	if !has || orig == noValue {
		return cur
	}
	var old []*State
	if r.Uselist {
		old = orig.([]*State)
	} else if o, _ := orig.(*State); o != nil {
		old = []*State{o}
	}
	in := func(l []*State, x *State) bool {
		for _, y := range l {
			if y == x {
				return true
			}
		}
		return false
	}
	var out []*State
	if r.Uselist {
		for _, c := range cur {
			if !in(old, c) {
				out = append(out, c)
			}
		}
		for _, c := range cur {
			if in(old, c) {
				out = append(out, c)
			}
		}
	} else {
		out = append(out, cur...)
	}
	for _, o := range old {
		if !in(cur, o) {
			out = append(out, o)
		}
	}
	return out
}

// Delete is session.delete(): the delete cascade is walked now, loading what
// it needs, before the object is marked.
func (s *Session) Delete(st *State) error {
	if err := s.checkUsable(); err != nil {
		return err
	}
	if st.Key == nil {
		return &exc.Error{Class: exc.InvalidRequestError, Msg: fmt.Sprintf("Instance '<%s at 0x7f0000000000>' is not persisted", st.M.Class)}
	}
	return s.deleteImpl(st, true)
}

func (s *Session) deleteImpl(st *State, head bool) error {
	if st.Key == nil {
		return nil
	}
	if err := s.attach(st); err != nil {
		return err
	}
	if s.delSet[st] {
		return nil
	}
	s.addIdentity(st)
	var cascaded []*State
	if head {
		var err error
		if cascaded, err = cascadeErr(st, "delete", nil); err != nil {
			return err
		}
	}
	s.delSet[st] = true
	s.delOrder.add(st)
	for _, c := range cascaded {
		if err := s.deleteImpl(c, false); err != nil {
			return err
		}
	}
	return nil
}

// Expunge removes st from the session (and, like SQLAlchemy, what its
// expunge cascade reaches).
func (s *Session) Expunge(st *State) {
	if st.sess != s {
		return
	}
	for _, c := range append([]*State{st}, cascade(st, "expunge", func(x *State) bool { return x.sess != s })...) {
		s.expungeState(c)
	}
}

// MakeTransient is orm.make_transient(obj): the object leaves its session
// (no cascade) and loses its identity key, its expired attributes and
// its deferred loaders, keeping the values it holds.
func MakeTransient(st *State) {
	if s := st.sess; s != nil {
		s.expungeState(st)
		s.txDeleted = slices.DeleteFunc(s.txDeleted, func(x *State) bool { return x == st })
	}
	st.Expired, st.expiredKeys, st.deferred = false, nil, nil
	st.Key, st.deleted, st.detached = nil, false, false
}

// IsModified is session.is_modified(obj): a changed attribute whose net
// history (without loading anything) has added or deleted values.
func (s *Session) IsModified(st *State, collections bool) (bool, error) {
	if len(st.committed) == 0 && len(st.pending) == 0 {
		return false, nil // not state.modified
	}
	for _, c := range st.M.ColumnsInOrder() {
		if _, changed := st.colChanged(st.M.ColKey(c)); changed {
			return true, nil
		}
	}
	for _, r := range st.M.Rels {
		if !collections && r.Uselist {
			continue
		}
		h, err := st.relHistory(r, false)
		if err != nil {
			return false, err
		}
		if len(h.added) > 0 || len(h.deleted) > 0 || h.addedNone {
			return true, nil
		}
	}
	return false, nil
}

// ExpungeAll is session.expunge_all(): every object in the identity map and
// every pending one is detached; the transaction goes on.
func (s *Session) ExpungeAll() {
	for _, st := range append(s.newOrder.list(), s.idOrder.list()...) {
		s.expungeState(st)
	}
	s.delOrder, s.delSet = order{}, map[*State]bool{}
	s.dirty = map[*State]bool{}
}

func (s *Session) expungeState(st *State) {
	if s.newSet[st] {
		delete(s.newSet, st)
		s.newOrder.remove(st)
	}
	if s.delSet[st] {
		delete(s.delSet, st)
		s.delOrder.remove(st)
	}
	if st.Key != nil {
		s.removeIdentity(st)
		st.detached = true
	}
	delete(s.dirty, st)
	st.sess = nil
}

// ExpireAll is session.expire_all().
func (s *Session) ExpireAll() {
	for _, st := range s.idOrder.list() {
		st.expire()
	}
}

// Expire is session.expire(obj[, attrs]).
func (s *Session) Expire(st *State, attrs []string) error {
	if st.sess != s || st.Key == nil {
		return &exc.Error{Class: exc.InvalidRequestError, Msg: fmt.Sprintf("Instance '<%s at 0x7f0000000000>' is not persistent within this Session", st.M.Class)}
	}
	if len(attrs) == 0 {
		st.expire()
		return nil
	}
	st.expireKeys(attrs)
	return nil
}

// Refresh is session.refresh(obj, attribute_names): expire them (all
// when nil) and reload now, with a 2.0 select() (columns unlabeled, unlike
// the load of expired attributes) of the named columns, and of the
// primary key when a relationship is named, which is then loaded at once
// (is_user_refresh).
func (s *Session) Refresh(st *State, keys []string) error {
	if err := s.Expire(st, keys); err != nil {
		return err
	}
	if err := s.autoflush(); err != nil {
		return err
	}
	var rels []*Relationship
	for _, k := range keys {
		if r := st.M.Rel(k); r != nil {
			rels = append(rels, r)
		}
	}
	var cols []sql.Expr
	var got []*schema.Column
	for _, c := range st.M.ColumnsInOrder() {
		if keys == nil || slices.Contains(keys, st.M.ColKey(c)) || len(rels) > 0 && c.PrimaryKey {
			cols, got = append(cols, sql.Col{C: c}), append(got, c)
		}
	}
	rows, err := s.query(&sql.Select{Cols: cols, From: []*sql.From{sql.Table(st.M.Root().Table)}, Joins: st.M.InheritJoins(), Where: sql.And(st.M.byPK(st.Key), st.M.Criterion())})
	if err != nil {
		return err
	}
	if len(rows) == 0 {
		return &exc.Error{Class: exc.InvalidRequestError, Msg: fmt.Sprintf("Could not refresh instance '<%s at 0x7f0000000000>'", st.M.Class)}
	}
	for i, c := range got {
		k := st.M.ColKey(c)
		if _, ok := st.Dict[k]; !ok {
			st.Dict[k] = fromDB(c, rows[0][i])
		}
		delete(st.expiredKeys, k)
	}
	st.Expired = st.Expired && keys != nil
	for _, r := range rels {
		if _, err := st.loadRel(r, true); err != nil {
			return err
		}
	}
	return nil
}

func (s *Session) autoflush() error {
	if s.Autoflush && !s.flushing {
		return s.Flush()
	}
	return nil
}

// loadExpired is InstanceState._load_expired: one SELECT by primary key.
// The attributes to load are chosen before the query's autoflush, which
// may load them itself (a flush reading the object's key): they are
// selected again all the same. A column set since the expiry is not
// loaded over (load_scalar_attributes loads the unmodified ones).
func (s *Session) loadExpired(st *State) error {
	load, expired, full := map[string]bool{}, st.Expired, st.Expired
	for k := range st.M.Cols {
		if _, set := st.Dict[k]; set {
			full = false
		} else if st.Expired || st.expiredKeys[k] {
			load[k] = true
		}
	}
	if err := s.autoflush(); err != nil {
		return err
	}
	for k := range load {
		delete(st.Dict, k)
	}
	st.Expired = full
	if !full {
		if err := s.loadKeys(st, st.Key, load); err != nil {
			return err
		}
	} else if sts, err := s.Entities(EntityQuery{M: st.M, Where: st.M.byPK(st.Key), Legacy: true, Refresh: true}); err != nil {
		return err
	} else if len(sts) == 0 {
		return &exc.Error{Class: exc.ObjectDeletedError, Msg: fmt.Sprintf("Instance '<%s at 0x7f0000000000>' has been deleted, or its row is otherwise not present.", st.M.Class)}
	}
	// a refresh runs selectin and subquery relationships as immediate lazy
	// loads (their loaders with context.refresh_state), when the whole
	// object was expired
	for _, r := range st.M.Rels {
		if _, loaded := st.Dict[r.Key]; expired && (r.Lazy == "selectin" || r.Lazy == "subquery") && !loaded {
			if _, err := st.loadRel(r, true); err != nil {
				return err
			}
		}
	}
	return nil
}

// loadKeys is load_scalar_attributes for the columns of keys that are not
// loaded: a joined subclass's own tables alone when the base table is not
// needed (mapper._optimized_get_statement), else a SELECT of just them (the
// legacy labels) by primary key.
func (s *Session) loadKeys(st *State, key []any, keys map[string]bool) error {
	m := st.M
	var load []*schema.Column
	need := map[*schema.Table]bool{}
	for _, c := range m.ColumnsInOrder() {
		k := m.ColKey(c)
		if _, loaded := st.Dict[k]; keys[k] && !loaded {
			load = append(load, c)
			need[c.Table] = true
		}
	}
	st.expiredKeys = nil
	if len(load) == 0 {
		return nil
	}
	q, err := m.optimizedGet(st, load, need)
	if err != nil {
		return err
	}
	if q == nil {
		q = &sql.Select{From: []*sql.From{sql.Table(m.Root().Table)}, Joins: m.InheritJoins(), Where: sql.And(m.byPK(key), m.Criterion())}
	}
	for _, c := range load {
		q.Cols = append(q.Cols, sql.Labeled(c))
	}
	rows, err := s.query(q)
	if err != nil {
		return err
	}
	if len(rows) == 0 {
		return &exc.Error{Class: exc.ObjectDeletedError, Msg: fmt.Sprintf("Instance '<%s at 0x7f0000000000>' has been deleted, or its row is otherwise not present.", m.Class)}
	}
	for i, c := range load {
		st.Dict[m.ColKey(c)] = fromDB(c, rows[0][i])
	}
	return nil
}

// loadDeferred is LoadDeferredColumns: a column a loader option left out,
// loaded alone by primary key when it is read.
func (s *Session) loadDeferred(st *State, key string) error {
	if err := s.autoflush(); err != nil {
		return err
	}
	expired := st.expiredKeys
	if err := s.loadKeys(st, st.Key, map[string]bool{key: true}); err != nil {
		return err
	}
	st.expiredKeys = expired
	return nil
}

// byKey loads the object with primary key key (get, many-to-one lazy
// loads): one SELECT with its joined eager loads, those along path skipped.
func (s *Session) byKey(m *Mapper, key []any, path []*Mapper) ([]*State, error) {
	return s.Entities(EntityQuery{M: m, Where: m.byPK(key), Legacy: true, Path: path})
}

func (s *Session) query(q sql.Expr) ([][]any, error) {
	s.Begin()
	text, params := sql.Compile(q)
	if err := sql.Check(q, text); err != nil {
		return nil, err
	}
	r, err := s.Engine.Exec(text, params)
	if err != nil {
		return nil, err
	}
	return r.Rows, nil
}

// populate fills a state's unloaded columns from a row of all of m's
// columns; m is the state's mapper or, for a polymorphic load, a mapper it
// inherits from, whose query left the subclass's own columns unloaded.
func (s *Session) populate(st *State, m *Mapper, row []any) {
	got := map[string]bool{}
	for i, c := range m.ColumnsInOrder() {
		key := st.M.ColKey(c)
		if key == "" {
			continue // a column of another class of the hierarchy
		}
		got[key] = true
		if row[i] == Deferred || row[i] == DeferredRaise {
			if _, ok := st.Dict[key]; !ok {
				if st.deferred == nil {
					st.deferred = map[string]bool{}
				}
				st.deferred[key] = row[i] == DeferredRaise
			}
			continue
		}
		if _, ok := st.Dict[key]; !ok {
			st.Dict[key] = fromDB(c, row[i])
		}
		delete(st.deferred, key)
		delete(st.expiredKeys, key)
	}
	if st.Expired && st.M != m {
		for _, c := range st.M.ColumnsInOrder() {
			if k := st.M.ColKey(c); !got[k] {
				st.expireKeys([]string{k})
			}
		}
	}
	st.Expired = false
}

// fromDB applies the type's result processor.
func fromDB(c *schema.Column, v any) any {
	if str, ok := v.(string); ok && (c.Type.Affinity == schema.AffDate || c.Type.Affinity == schema.AffDateTime) {
		for _, layout := range []string{dateTimeLayout, "2006-01-02 15:04:05", dateLayout} {
			if t, err := time.Parse(layout, str); err == nil {
				return t
			}
		}
	}
	if c.Type.Affinity == schema.AffBool {
		if i, ok := v.(int64); ok {
			return i != 0
		}
	}
	if c.Type.AsDecimal {
		// to_decimal_processor_factory: Decimal("%.<scale>f" % value)
		switch x := v.(type) {
		case float64:
			return schema.Decimal(strconv.FormatFloat(x, 'f', c.Type.ReturnScale, 64))
		case int64:
			return schema.Decimal(strconv.FormatFloat(float64(x), 'f', c.Type.ReturnScale, 64))
		}
	}
	if c.Type.Affinity == schema.AffFloat {
		if i, ok := v.(int64); ok {
			return float64(i)
		}
	}
	return v
}

// FromDB applies a column type's result processor to a value SQLite returned.
func FromDB(c *schema.Column, v any) any { return fromDB(c, v) }

// SQLAlchemy's SQLite Date and DateTime store ISO strings.
const (
	dateLayout     = "2006-01-02"
	dateTimeLayout = "2006-01-02 15:04:05.000000"
)

// ToDB applies a column type's bind processor (Boolean sends 0/1, dates ISO
// text); c may be nil for untyped parameters, which are sent as they are.
func ToDB(c *schema.Column, v any) any { return toDB(c, v) }

func toDB(c *schema.Column, v any) any {
	if _, isTime := v.(time.Time); c != nil && v != nil && !isTime {
		// SQLite's DATE and DATETIME bind processors format a date and
		// refuse anything else (a str included)
		switch c.Type.Affinity {
		case schema.AffDate:
			return badBind{v, "SQLite Date type only accepts Python date objects as input."}
		case schema.AffDateTime:
			return badBind{v, "SQLite DateTime type only accepts Python datetime and date objects as input."}
		}
	}
	if d, ok := v.(schema.Decimal); ok {
		f, _ := strconv.ParseFloat(string(d), 64) // processors.to_float
		return f
	}
	if t, ok := v.(time.Time); ok {
		if c != nil && c.Type.Affinity == schema.AffDate {
			return t.Format(dateLayout)
		}
		return t.Format(dateTimeLayout)
	}
	if b, ok := v.(bool); ok && c != nil && c.Type.Affinity == schema.AffBool {
		if b {
			return int64(1)
		}
		return int64(0)
	}
	if n, ok := v.(int64); ok && c != nil && (c.Type.Affinity == schema.AffNumeric || c.Type.Affinity == schema.AffFloat) {
		return float64(n) // Numeric's (and so Float's) bind processor on SQLite is float()
	}
	return v
}

// badBind is a value a type's bind processor refuses: SQLAlchemy raises the
// processor's TypeError, as a StatementError, when the statement runs.
type badBind struct {
	value any
	msg   string
}

// refused is the StatementError of the first refused value among a
// statement's parameters (a row, or the rows of an executemany).
func refused(q string, params any) error {
	var bad *badBind
	var plain func(p any) any
	plain = func(p any) any {
		switch p := p.(type) {
		case badBind:
			if bad == nil {
				bad = &p
			}
			return p.value
		case []any:
			out := make([]any, len(p))
			for i, x := range p {
				out[i] = plain(x)
			}
			return out
		case [][]any:
			out := make([][]any, len(p))
			for i, x := range p {
				out[i] = plain(x).([]any)
			}
			return out
		}
		return p
	}
	shown := plain(params)
	if bad == nil {
		return nil
	}
	return &exc.Error{Class: exc.StatementError, Msg: fmt.Sprintf("(builtins.TypeError) %s\n[SQL: %s]\n[parameters: %s]", bad.msg, q, pyParams(shown))}
}

// ToDBCompared binds a value compared with or operated on c as SQLAlchemy's
// coerce_compared_value types it: a value whose own type has another affinity
// keeps that type, so an int beside a Float or Numeric column stays an int, a
// str beside a Date column stays a str and a bool beside any non-Boolean
// column is Boolean's 0/1.
func ToDBCompared(c *schema.Column, v any) any {
	if _, isTime := v.(time.Time); !isTime && c != nil && (c.Type.Affinity == schema.AffDate || c.Type.Affinity == schema.AffDateTime) {
		if b, ok := v.(bool); ok {
			return ToDBCompared(nil, b)
		}
		return v
	}
	switch x := v.(type) {
	case int64:
		if c != nil && (c.Type.Affinity == schema.AffNumeric || c.Type.Affinity == schema.AffFloat) {
			return x
		}
	case bool:
		if x {
			return int64(1)
		}
		return int64(0)
	}
	return toDB(c, v)
}

// Instances turns rows of all mapped columns into states, through the identity map.
func (s *Session) Instances(m *Mapper, rows [][]any) ([]*State, error) {
	out := make([]*State, 0, len(rows))
	var fresh []*State
	for _, row := range rows {
		st, isFresh, err := s.instance(m, row)
		if err != nil {
			return nil, err
		}
		out = append(out, st)
		if isFresh {
			fresh = append(fresh, st)
		}
	}
	return out, s.selectin(m, out, fresh, loadPath{})
}

// instance maps one row of all of m's columns to its object through the
// identity map; fresh is true when the row's values were used (a new or
// expired object), which is when eager loaders run for it.
func (s *Session) instance(m *Mapper, row []any) (st *State, fresh bool, err error) {
	cols := m.ColumnsInOrder()
	key := make([]any, len(m.PK()))
	for i, c := range m.PK() {
		for j, cc := range cols {
			if cc == c {
				key[i] = fromDB(c, row[j])
			}
		}
	}
	if st := s.identity[identityKey(m, key)]; st != nil {
		for _, c := range cols {
			if _, ok := st.Dict[st.M.ColKey(c)]; !ok || st.Expired {
				s.populate(st, m, row)
				return st, true, nil
			}
		}
		return st, false, nil
	}
	// the discriminator picks the row's class (polymorphic loading)
	cls := m
	for j, c := range cols {
		if c == m.PolyOn {
			if cls, err = m.Polymorphic(fromDB(c, row[j]), key); err != nil {
				return nil, false, err
			}
		}
	}
	st = NewState(cls)
	st.Key = key
	st.sess = s
	st.Expired = true // nothing loaded yet: populate marks what m's row lacks
	s.populate(st, m, row)
	s.addIdentity(st)
	if cls.New != nil {
		st.Obj = cls.New(st)
	}
	return st, true, nil
}

// Get is session.get(M, pk).
func (s *Session) Get(m *Mapper, key []any) (*State, error) {
	if err := s.checkUsable(); err != nil {
		return nil, err
	}
	if len(key) != len(m.PK()) {
		names := make([]string, len(m.PK()))
		for i, c := range m.PK() {
			names[i] = "'" + c.Table.Name + "." + c.Name + "'"
		}
		return nil, &exc.Error{Class: exc.InvalidRequestError, Msg: "Incorrect number of values in identifier to formulate primary key for session.get(); primary key columns are " + strings.Join(names, ",")}
	}
	if st := s.identity[identityKey(m, key)]; st != nil {
		if s.delSet[st] || !st.M.IsA(m) { // another class of the hierarchy: PASSIVE_CLASS_MISMATCH
			return nil, nil
		}
		if st.Expired {
			if err := s.loadExpired(st); err != nil {
				if e, ok := err.(*exc.Error); ok && e.Class == exc.ObjectDeletedError {
					return nil, nil
				}
				return nil, err
			}
		}
		return st, nil
	}
	if err := s.autoflush(); err != nil {
		return nil, err
	}
	sts, err := s.byKey(m, key, nil)
	if err != nil || len(sts) == 0 {
		return nil, err
	}
	return sts[0], nil
}

// lazyCollection is the lazy loader for one-to-many and many-to-many.
func (s *Session) lazyCollection(st *State, r *Relationship) ([]*State, error) {
	q, err := RelQuery(st, r)
	if err != nil {
		return nil, err
	}
	if v, ok := st.Dict[r.Key]; ok { // loaded by the refresh that read the key
		return valueItems(v), nil
	}
	if err := s.autoflush(); err != nil {
		return nil, err
	}
	// the reverse many-to-one loads this object by get(): the lazy load
	// does not eager load it (_lazyload_reverse)
	if rev := r.Reverse; rev != nil && rev.Direction == ManyToOne && !rev.Criteria() {
		q.Loaders = map[*Relationship]string{rev: "select"}
	}
	// a lazy load runs under the path of its relationship (LazyLoader's
	// _current_path, the parent's mapper): the eager loads back to it skip
	q.Path = []*Mapper{st.M}
	q.Lazy = true
	// the column options the query that loaded st chained below it
	// (defaultload(A.bs).load_only(B.x)) apply to its lazy loads, and on
	if d := st.loadOpts[r.Target]; d != nil {
		q.Deferred = map[*Mapper]map[string]bool{r.Target: d}
	}
	q.NestedDeferred = st.loadOpts
	return s.Entities(q)
}

// RelQuery selects the targets of st's collection r: what the lazy loader
// and a dynamic relationship's query run (with_parent criteria).
func RelQuery(st *State, r *Relationship) (EntityQuery, error) {
	q := EntityQuery{M: r.Target, Legacy: true}
	var err error
	bind := func(c *schema.Column) sql.Expr {
		v, e := st.colValue(c)
		if e != nil {
			err = e
		}
		return sql.Bind{V: toDB(c, v)}
	}
	col := func(c *schema.Column) sql.Expr { return sql.Col{C: c} }
	where := []sql.Expr{r.On(bind, col)}
	if err != nil {
		return q, err
	}
	if r.Direction == ManyToMany {
		q.Also = r.Secondary
		where = append(where, r.SecondaryOn(col, col))
	}
	q.Where = sql.And(where...)
	for _, o := range r.OrderBy {
		q.Order = append(q.Order, o)
	}
	return q, nil
}

// lazyManyToOne resolves a many-to-one through the identity map first
// (use_get), then by SELECT; noValue when that needs SQL and sqlOK is false.
// Without use_get it is always a SELECT; flush is false for the load of a
// value about to be replaced (NO_AUTOFLUSH).
func (s *Session) lazyManyToOne(st *State, r *Relationship, sqlOK, flush bool) (any, error) {
	key := make([]any, len(r.Pairs))
	for i, p := range r.Pairs {
		k := st.M.ColKey(p[1])
		v, ok := st.Dict[k]
		if !ok {
			if !sqlOK {
				return noValue, nil
			}
			var err error
			if v, err = st.Get(k); err != nil {
				return nil, err
			}
		}
		if v == nil && (r.UseGet() || st.Key == nil) {
			return (*State)(nil), nil // a lazy clause that is no get runs with None, persistent
		}
		key[i] = v
	}
	if t := s.identity[identityKey(r.Target, key)]; t != nil && r.UseGet() {
		if t.Expired {
			if !sqlOK {
				return noValue, nil
			}
			if err := s.loadExpired(t); err != nil {
				return nil, err
			}
		}
		return t, nil
	}
	if !sqlOK {
		return noValue, nil
	}
	if st.loadOpts[r.Target] != nil {
		return nil, exc.Unsupported(source.Span{}, "a lazy load of "+r.String()+" under a column loader option of "+r.Target.Class+" (defaultload(...).load_only())")
	}
	if flush {
		if err := s.autoflush(); err != nil {
			return nil, err
		}
	}
	sts, err := s.byKey(r.Target, key, []*Mapper{st.M})
	if err != nil {
		return nil, err
	}
	if len(sts) > 0 {
		return sts[0], nil
	}
	return (*State)(nil), nil
}

// Commit is session.commit().
func (s *Session) Commit() error {
	if err := s.checkUsable(); err != nil {
		return err
	}
	s.Begin()
	// SessionTransaction._prepare_impl: before_commit, then flushes until
	// nothing is left (an after_flush listener may add objects)
	if err := s.fireSession(BeforeCommit); err != nil {
		return err
	}
	for i := 0; !s.clean(); i++ {
		if i == 100 {
			return &exc.Error{Class: exc.FlushError, Msg: "Over 100 subsequent flushes have occurred within session.commit() - is an after_flush() hook creating new objects?"}
		}
		if err := s.Flush(); err != nil {
			return err
		}
	}
	if db := s.Engine.txDB(); db != nil && !s.Joined {
		if err := db.Commit(); err != nil {
			return dbError(err, "COMMIT", nil)
		}
	}
	s.tx = txNone
	// after_commit runs before the snapshot goes (nothing expired yet)
	if err := s.fireSession(AfterCommit); err != nil {
		return err
	}
	for _, st := range s.txDeleted {
		st.sess = nil
		st.detached = true
	}
	s.txNew, s.txDeleted = nil, nil
	s.Ended++
	if s.ExpireOnCommit {
		s.ExpireAll()
	}
	return nil
}

// Rollback is session.rollback(): the database rolls back, objects inserted
// in the transaction are expunged, deleted ones come back, all expire.
func (s *Session) Rollback() error {
	if db := s.Engine.txDB(); db != nil {
		if err := db.Rollback(); err != nil {
			return dbError(err, "ROLLBACK", nil)
		}
	}
	// after_rollback only when an active transaction rolls back (a failed
	// flush's rollback already fired it), before the snapshot is restored
	active := s.tx == txActive
	s.tx = txNone
	if active {
		if err := s.fireSession(AfterRollback); err != nil {
			return err
		}
	}
	s.failed = nil
	for _, st := range append(append([]*State(nil), s.txNew...), s.newOrder.list()...) {
		s.expungeState(st)
		st.Key = nil
		st.detached = false
	}
	for _, st := range append(append([]*State(nil), s.txDeleted...), s.delOrder.list()...) {
		st.deleted = false
		st.detached = false
		if st.Key != nil {
			st.sess = s
			s.addIdentity(st)
		}
	}
	s.delOrder, s.delSet = order{}, map[*State]bool{}
	s.newOrder, s.newSet = order{}, map[*State]bool{}
	s.txNew, s.txDeleted = nil, nil
	s.dirty = map[*State]bool{}
	s.Ended++
	s.ExpireAll()
	return nil
}

// Close is session.close(): the connection's transaction is rolled back and
// every object is expunged, keeping its loaded values (no expiry).
func (s *Session) Close() error {
	var err error
	if db := s.Engine.txDB(); db != nil && !s.Joined {
		err = dbError(db.Rollback(), "ROLLBACK", nil)
	}
	s.ExpungeAll()
	s.failed = nil
	s.tx = txNone
	s.txNew, s.txDeleted = nil, nil
	s.Ended++
	return err
}

// AutoflushNow flushes pending changes when autoflush is on, as every query
// execution does first.
func (s *Session) AutoflushNow() error {
	if err := s.checkUsable(); err != nil {
		return err
	}
	s.Begin() // a query runs: the transaction begins
	return s.autoflush()
}

// Lookup finds the object whose primary key is key, if the session has it.
func (s *Session) Lookup(m *Mapper, key []any) *State {
	return s.identity[identityKey(m, key)]
}

// RemoveDeleted is Session._remove_newly_deleted, used by bulk DELETE
// synchronization: the objects leave the session as deleted.
func (s *Session) RemoveDeleted(states []*State) {
	for _, st := range states {
		s.removeIdentity(st)
		if s.delSet[st] {
			delete(s.delSet, st)
			s.delOrder.remove(st)
		}
		delete(s.dirty, st)
		st.deleted = true
		s.txDeleted = append(s.txDeleted, st)
	}
}

// SetCommitted sets an attribute as if loaded (bulk UPDATE synchronization).
func (st *State) SetCommitted(key string, v any) {
	st.Dict[key] = v
	delete(st.committed, key)
}

// Merge is session.merge(obj) with load=True: the object with the same
// identity is found in the session or loaded (or made new and added), and
// obj's loaded attributes are copied onto it, relationships with the merge
// cascade merged recursively (Session._merge and the properties' merge()).
func (s *Session) Merge(src *State) (*State, error) {
	if err := s.AutoflushNow(); err != nil {
		return nil, err
	}
	// the merge itself runs with autoflush off, as Session.merge does
	saved := s.Autoflush
	s.Autoflush = false
	defer func() { s.Autoflush = saved }()
	return s.merge(src, map[*State]*State{}, map[[2]any]bool{})
}

func (s *Session) merge(src *State, done map[*State]*State, via map[[2]any]bool) (*State, error) {
	if m, ok := done[src]; ok {
		return m, nil
	}
	m := src.M
	key := src.Key
	if key == nil {
		key = make([]any, len(m.PK()))
		for i, c := range m.PK() {
			v, ok := src.Dict[m.ColKey(c)]
			if !ok || v == nil {
				key = nil
				break
			}
			key[i] = v
		}
	}
	var dest *State
	if key != nil {
		var err error
		if dest, err = s.Get(m, key); err != nil {
			return nil, err
		}
	}
	if dest == nil {
		dest = NewState(m)
		if m.New != nil {
			dest.Obj = m.New(dest)
		}
		if err := s.saveOrUpdate(dest); err != nil {
			return nil, err
		}
	}
	done[src] = dest
	if dest == src {
		return dest, nil
	}
	for _, r := range m.Rels {
		skip := r.Reverse != nil && via[[2]any{src, r.Reverse}]
		v, loaded := src.Dict[r.Key]
		if skip || !r.Cascade.Merge || !loaded {
			continue
		}
		if r.Uselist {
			// load the destination first, so merged items come from the identity map
			if _, err := dest.Get(r.Key); err != nil {
				return nil, err
			}
			var list []any
			for _, it := range v.(*Coll).Items {
				via[[2]any{it, r}] = true
				mi, err := s.merge(it, done, via)
				if err != nil {
					return nil, err
				}
				list = append(list, mi)
			}
			if err := dest.replaceColl(r, list); err != nil {
				return nil, err
			}
			continue
		}
		var target *State
		if t, _ := v.(*State); t != nil {
			via[[2]any{t, r}] = true
			var err error
			if target, err = s.merge(t, done, via); err != nil {
				return nil, err
			}
		}
		if err := dest.setScalar(r, target, event{rel: r}); err != nil {
			return nil, err
		}
	}
	for _, c := range m.ColumnsInOrder() {
		k := m.ColKey(c)
		if v, ok := src.Dict[k]; ok {
			dest.SetColumn(k, v)
		}
	}
	return dest, nil
}

// New lists the pending objects (Session.new).
func (s *Session) New() []*State { return s.newOrder.list() }

// Dirty lists persistent objects with attribute changes (Session.dirty).
func (s *Session) Dirty() []*State {
	var out []*State
	for _, st := range s.idOrder.list() {
		if s.dirty[st] && !s.delSet[st] {
			out = append(out, st)
		}
	}
	return out
}

// Deleted lists the objects marked for deletion (Session.deleted).
func (s *Session) Deleted() []*State { return s.delOrder.list() }

// byPK is the WHERE that finds one object of m by its identity key (the
// base table's primary key); an entity query adds a single-table
// subclass's discriminator criterion itself.
func (m *Mapper) byPK(key []any) sql.Expr {
	var where []sql.Expr
	for i, c := range m.PK() {
		where = append(where, sql.Eq(sql.Col{C: c}, sql.Bind{V: key[i]}))
	}
	return sql.And(where...)
}

// optimizedGet is mapper._optimized_get_statement: from the highest of the
// needed tables down to m, each inherit condition, the first one's parent
// column bound to the object's value. Nil when the base table is needed.
func (m *Mapper) optimizedGet(st *State, cols []*schema.Column, need map[*schema.Table]bool) (*sql.Select, error) {
	if m.Inherits == nil || need[m.Root().Table] {
		return nil, nil
	}
	var chain []*Mapper
	for x := m; x != nil; x = x.Inherits {
		chain = append([]*Mapper{x}, chain...)
	}
	var conds []sql.Expr
	from := []*schema.Table{}
	for _, c := range cols {
		if !containsTable(from, c.Table) {
			from = append(from, c.Table)
		}
	}
	start := false
	for _, x := range chain {
		start = start || need[x.Table]
		if !start || x.Single() {
			continue
		}
		first := len(conds) == 0
		for _, p := range x.inheritPairs {
			var left sql.Expr = sql.Col{C: p[0]}
			if first && !need[p[0].Table] {
				v, err := st.committedColValue(p[0])
				if err != nil {
					return nil, err
				}
				if v == nil {
					return nil, nil
				}
				left = sql.Bind{V: toDB(p[0], v)}
			}
			conds = append(conds, sql.Eq(left, sql.Col{C: p[1]}))
		}
		need[x.Table] = true
		if !containsTable(from, x.Table) {
			from = append(from, x.Table)
		}
	}
	q := &sql.Select{Where: sql.And(conds...)}
	for _, t := range from {
		q.From = append(q.From, sql.Table(t))
	}
	return q, nil
}

func containsTable(ts []*schema.Table, t *schema.Table) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}
