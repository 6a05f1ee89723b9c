// Package sa is the SQLAlchemy surface a script sees: the sqlalchemy,
// sqlalchemy.orm, sqlalchemy.ext.declarative, sqlalchemy.engine,
// sqlalchemy.exc and sqlite3 modules, as host objects for the interpreter,
// built on the engine's schema, orm and store packages.
package sa

import (
	"cascadelab/engine/internal/catalog"
	"cascadelab/engine/internal/exc"
	"context"
	"fmt"

	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/source"
	"cascadelab/engine/internal/spare"
	"cascadelab/engine/internal/sql"
	"cascadelab/engine/internal/store"
	"cascadelab/engine/internal/trace"
)

// Runtime is one script run's SQLAlchemy world.
type Runtime struct {
	// orderings are the relationships whose collection_class is an ordering_list
	orderings map[*orm.Relationship]*orderingList
	File      *source.File
	Log       []trace.Statement
	Engines   []*Engine
	Notes     []source.Diagnostic
	// files are the database files engines opened, by path.
	files map[string]*orm.File
	// globalConnect are listeners registered on the Engine class itself.
	globalConnect []interp.Value
	// globalExec are the before_execute/after_execute listeners on the Engine class.
	globalExec []execListener
	// sessionListeners are the session events' listeners on Session and on
	// sessionmakers, in the order they were added.
	sessionListeners []sessionListener
	mapperEvents     mapperHub
	// attrEvents are the column attributes' "set" listeners and
	// validators; validated the methods @validates marked.
	attrEvents map[attrKey][]*attrListener
	// instrumentListeners are the attribute_instrument listeners;
	// instrumentedAttrs the attributes they heard of, instrumenting the
	// one they hear of now.
	instrumentListeners []instrumentListener
	// declareLast are the declarative classes with __declare_last__.
	declareLast       []*interp.Class
	instrumentedAttrs map[attrKey]bool
	instrumenting     attrKey
	validated         map[interp.Value]*validated
	// mapperType is sqlalchemy.orm.Mapper, the target of listeners on every mapper.
	mapperType *hostType
	modules    map[string]*interp.Module
	registries []*registry
	sessions   map[*orm.Session]*sessionObj
	MaxRows    int
	// Deleted is the class of the first object given to Session.delete.
	Deleted *orm.Mapper
	// Ctx is the run's time budget; databases stop their statements with it.
	Ctx context.Context
	// relationshipFn and backrefFn are sqlalchemy.orm's relationship and
	// backref, which automap's generate_relationship tells apart by identity.
	relationshipFn, backrefFn *interp.Builtin
	automapFns                map[string]interp.Value
	// Seeds are databases built by earlier runs, see store.Seeds.
	Seeds *store.Seeds
	// mappedAsDataclass is sqlalchemy.orm.MappedAsDataclass; dcClasses the
	// declarative dataclasses with their dataclass() keywords.
	mappedAsDataclass *interp.Class
	dcClasses         map[*interp.Class]*dcClass
}

// New makes a runtime for file f, or takes one Prepare built.
func New(f *source.File) *Runtime {
	rt, ok := spares.Get()
	if !ok {
		rt = build()
	}
	rt.File = f
	return rt
}

// spares are runtimes built ahead. A set of modules is not shared between
// runs: it closes over its runtime, and a script can change it (module
// attributes, class dicts, the registries of DeclarativeBase and SQLModel).
var spares spare.Pool[*Runtime]

// Prepare builds a spare runtime, for a host with nothing else to do, when
// fewer wait than the last busy spell took (see spare.Pool.Fill).
func Prepare() bool {
	return spares.Fill(func() (*Runtime, bool) { return build(), true })
}

func build() *Runtime {
	rt := &Runtime{dcClasses: map[*interp.Class]*dcClass{}, orderings: map[*orm.Relationship]*orderingList{}}
	rt.buildModules()
	rt.flaskModules()
	rt.modules["sqlmodel"] = module("sqlmodel", rt.sqlmodelModule())
	return rt
}

// Import is the interpreter's importer.
func (rt *Runtime) Import(th *interp.Thread, name string, span source.Span) (*interp.Module, error) {
	if m := rt.modules[name]; m != nil {
		return m, nil
	}
	if catalog.Module(name) == catalog.Lacks {
		// a module SQLAlchemy 2.0 no longer has (sqlalchemy.ext.declarative.api)
		return nil, th.Raise(interp.ModuleNotFoundError, "No module named '%s'", name)
	}
	return nil, th.Unsupported("module '%s' (docs/supported.md lists the modules that import)", name)
}

// raise converts an error from the engine packages into a Python exception
// that keeps the error (errors.Is finds a budget or a database error). The
// phases return only the types below; anything else is an engine bug and
// is reported as one.
// str is str() of statement s, which fails as compiling it does.
func (rt *Runtime) str(th *interp.Thread, s sql.Expr, qmark bool) (string, error) {
	text := sql.String(s, qmark)
	return text, rt.raise(th, sql.Check(s, text))
}

func (rt *Runtime) raise(th *interp.Thread, err error) error {
	var e *interp.Exception
	switch x := err.(type) {
	case nil:
		return nil
	case *interp.Exception:
		return x
	case *exc.Error:
		e = th.Error(x)
	case *store.Error:
		class, text := x.Describe()
		e = th.Raise(interp.ClassOf(class), "%s", text)
	default:
		return th.Internal(err)
	}
	e.Err = err
	return e
}

// Tables reads back every engine's tables, as the oracle does at the end.
func (rt *Runtime) Tables() map[string]store.Table {
	out := map[string]store.Table{}
	for _, e := range rt.Engines {
		db := e.orm.Connection()
		if db == nil {
			continue
		}
		tables, err := db.Tables()
		if err != nil {
			continue
		}
		for k, v := range tables {
			out[k] = v
		}
	}
	return out
}

// Configure configures every registry's mappers, as the first use of a
// mapped class would (configure_mappers).
func (rt *Runtime) Configure(th *interp.Thread) error {
	for _, r := range rt.registries {
		if err := r.configure(th); err != nil {
			return err
		}
	}
	return nil
}

// Configured reports whether every registry's mappers are configured.
func (rt *Runtime) Configured() bool {
	for _, r := range rt.registries {
		if !r.configured {
			return false
		}
	}
	return true
}

// Mappers lists the mapped classes in declaration order.
func (rt *Runtime) Mappers() []*orm.Mapper {
	var out []*orm.Mapper
	for _, r := range rt.registries {
		for _, m := range r.order {
			out = append(out, m.m)
		}
	}
	return out
}

// Load puts rows into the database of the engine created last.
func (rt *Runtime) Load(order []string, tables map[string]store.Table) error {
	db, err := rt.lastDB()
	if err != nil {
		return err
	}
	return db.Load(order, tables)
}

// Seed copies the database of the engine created last, when it can stand
// for its schema statements (see store.DB.Seed); nil otherwise.
func (rt *Runtime) Seed() *store.Seed {
	if len(rt.Engines) == 0 || !rt.Engines[len(rt.Engines)-1].orm.Connected() {
		return nil
	}
	db, _ := rt.lastDB()
	return db.Seed()
}

func (rt *Runtime) lastDB() (*store.DB, error) {
	if len(rt.Engines) == 0 {
		return nil, fmt.Errorf("no engine to load rows into")
	}
	return rt.Engines[len(rt.Engines)-1].orm.DB()
}

// Close releases the databases.
func (rt *Runtime) Close() {
	for _, e := range rt.Engines {
		e.orm.Close()
	}
}

func (rt *Runtime) note(span source.Span, msg string) {
	d := rt.File.Diagnose(source.SevInfo, "note", span, msg)
	rt.Notes = append(rt.Notes, d)
}

// builtin makes a host function.
func builtin(name string, fn func(th *interp.Thread, c *interp.Call) (interp.Value, error)) *interp.Builtin {
	return &interp.Builtin{Name: name, Fn: fn}
}

// hostType is a SQLAlchemy class the script calls and tests with
// isinstance(): Column, Table, MetaData...
type hostType struct {
	name, module string
	fn           func(th *interp.Thread, c *interp.Call) (interp.Value, error)
	is           func(v interp.Value) bool
}

func (t *hostType) TypeName() string { return "type" }
func (t *hostType) CallHost(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	return t.fn(th, c)
}
func (t *hostType) IsInstance(th *interp.Thread, v interp.Value) (bool, error) { return t.is(v), nil }
func (t *hostType) Repr(th *interp.Thread) (string, error) {
	return "<class '" + t.module + "." + t.name + "'>", nil
}
func (t *hostType) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "__name__", "__qualname__":
		return t.name, true, nil
	case "__module__":
		return t.module, true, nil
	}
	return nil, false, nil
}

func module(name string, attrs map[string]interp.Value) *interp.Module {
	d := interp.NewDict()
	for k, v := range attrs {
		d.SetStr(k, v)
	}
	return &interp.Module{Name: name, Attrs: d}
}

// args is a helper to read a call's arguments by position or keyword.
type args struct {
	th   *interp.Thread
	c    *interp.Call
	fn   string
	used map[string]bool
}

func newArgs(th *interp.Thread, c *interp.Call, fn string) *args {
	return &args{th: th, c: c, fn: fn, used: map[string]bool{}}
}

// get returns positional i or keyword name.
func (a *args) get(i int, name string) (interp.Value, bool) {
	a.used[name] = true
	if i >= 0 && i < len(a.c.Args) {
		return a.c.Args[i], true
	}
	for _, kv := range a.c.Kw {
		if kv.Name == name {
			return kv.Value, true
		}
	}
	return nil, false
}

func (a *args) kw(name string) (interp.Value, bool) { return a.get(-1, name) }

// check rejects keywords nobody asked for, as unsupported, and too many positionals.
func (a *args) check(maxPos int) error {
	if len(a.c.Args) > maxPos {
		return a.th.Raise(interp.TypeError, "%s() takes at most %d positional arguments (%d given)", a.fn, maxPos, len(a.c.Args))
	}
	for _, kv := range a.c.Kw {
		if !a.used[kv.Name] {
			return unknownKw(a.th, a.fn, kv.Name)
		}
	}
	return nil
}

func (a *args) str(i int, name string) (string, bool, error) {
	v, ok := a.get(i, name)
	if !ok || v == nil {
		return "", false, nil
	}
	s, isStr := v.(string)
	if !isStr {
		return "", false, a.th.Raise(interp.TypeError, "%s(): %s must be a string, not %s", a.fn, name, a.th.TypeName(v))
	}
	return s, true, nil
}

func (a *args) boolean(name string, def bool) (bool, error) {
	v, ok := a.kw(name)
	if !ok {
		return def, nil
	}
	return a.th.Truth(v)
}

func typeErr(th *interp.Thread, format string, args ...any) error {
	return th.Raise(interp.TypeError, format, args...)
}

func unsupported(th *interp.Thread, format string, args ...any) error {
	return th.Unsupported(format, args...)
}
