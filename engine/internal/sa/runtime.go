// Package sa is the SQLAlchemy surface a script sees: the sqlalchemy,
// sqlalchemy.orm, sqlalchemy.ext.declarative, sqlalchemy.engine,
// sqlalchemy.exc and sqlite3 modules, as host objects for the interpreter,
// built on the engine's schema, orm and store packages.
package sa

import (
	"context"
	"fmt"

	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/source"
	"cascadelab/engine/internal/store"
	"cascadelab/engine/internal/trace"
)

// Runtime is one script run's SQLAlchemy world.
type Runtime struct {
	File    *source.File
	Log     []trace.Statement
	Engines []*Engine
	Notes   []source.Diagnostic
	// globalConnect are listeners registered on the Engine class itself.
	globalConnect []interp.Value
	exc           map[string]*interp.Class
	modules       map[string]*interp.Module
	registries    []*registry
	sessions      map[*orm.Session]*sessionObj
	MaxRows       int
	// Deleted is the class of the first object given to Session.delete.
	Deleted *orm.Mapper
	// Ctx is the run's time budget; databases stop their statements with it.
	Ctx context.Context
	// relationshipFn and backrefFn are sqlalchemy.orm's relationship and
	// backref, which automap's generate_relationship tells apart by identity.
	relationshipFn, backrefFn *interp.Builtin
	automapFns                map[string]interp.Value
}

// New makes a runtime for file f.
func New(f *source.File) *Runtime {
	rt := &Runtime{File: f, exc: map[string]*interp.Class{}}
	rt.buildExceptions()
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
	return nil, th.Raise(interp.NotImplementedError, "module '%s' is not supported by cascadelab: only sqlalchemy, sqlalchemy.orm, sqlalchemy.ext.declarative, sqlalchemy.engine, sqlalchemy.exc, sqlalchemy.ext.automap, sqlmodel, sqlite3, datetime, typing, __future__, flask and flask_sqlalchemy (models only) can be imported", name)
}

func (rt *Runtime) buildExceptions() {
	base := interp.NewExceptionClass("SQLAlchemyError", interp.ExceptionClass)
	rt.exc["SQLAlchemyError"] = base
	add := func(name, parent string) {
		rt.exc[name] = interp.NewExceptionClass(name, rt.exc[parent])
	}
	add("ArgumentError", "SQLAlchemyError")
	add("NoForeignKeysError", "ArgumentError")
	add("AmbiguousForeignKeysError", "ArgumentError")
	add("InvalidRequestError", "SQLAlchemyError")
	add("NoResultFound", "InvalidRequestError")
	add("MultipleResultsFound", "InvalidRequestError")
	add("PendingRollbackError", "InvalidRequestError")
	add("ObjectDeletedError", "InvalidRequestError")
	add("DetachedInstanceError", "SQLAlchemyError")
	add("UnmappedInstanceError", "InvalidRequestError")
	add("StatementError", "SQLAlchemyError")
	add("DBAPIError", "StatementError")
	add("IntegrityError", "DBAPIError")
	add("OperationalError", "DBAPIError")
	add("ProgrammingError", "DBAPIError")
	add("FlushError", "SQLAlchemyError")
	add("StaleDataError", "SQLAlchemyError")
	add("CircularDependencyError", "SQLAlchemyError")
	add("CompileError", "SQLAlchemyError")
	add("NoReferencedTableError", "InvalidRequestError")
	add("NoSuchTableError", "InvalidRequestError")
}

// raise converts an error from the engine packages into a Python exception
// that keeps the error (errors.Is finds a budget or a database error).
func (rt *Runtime) raise(th *interp.Thread, err error) error {
	var exc *interp.Exception
	switch e := err.(type) {
	case nil:
		return nil
	case *interp.Exception:
		return e
	case *orm.Error:
		exc = th.Raise(rt.class(e.Class, "InvalidRequestError"), "%s", e.Msg)
	case *orm.ConfigError:
		exc = th.Raise(rt.class(e.Class, "ArgumentError"), "%s", e.Msg)
	case *store.Error:
		class, text := e.Describe()
		exc = th.Raise(rt.exc[class], "%s", text)
	default:
		exc = th.Raise(rt.exc["InvalidRequestError"], "%s", err.Error())
	}
	exc.Err = err
	return exc
}

// class is the SQLAlchemy or built-in exception class named name, or
// fallback's when there is none.
func (rt *Runtime) class(name, fallback string) *interp.Class {
	if cls := rt.exc[name]; cls != nil {
		return cls
	}
	if cls := interp.ExcClass(name); cls != nil {
		return cls
	}
	return rt.exc[fallback]
}

// Tables reads back every engine's tables, as the oracle does at the end.
func (rt *Runtime) Tables() map[string]store.Table {
	out := map[string]store.Table{}
	for _, e := range rt.Engines {
		if !e.orm.Connected() {
			continue
		}
		db, _ := e.orm.DB()
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
	if len(rt.Engines) == 0 {
		return fmt.Errorf("no engine to load rows into")
	}
	db, err := rt.Engines[len(rt.Engines)-1].orm.DB()
	if err != nil {
		return err
	}
	return db.Load(order, tables)
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
			return a.th.Raise(interp.NotImplementedError, "%s(%s=...) is not supported by cascadelab", a.fn, kv.Name)
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
	return th.Raise(interp.NotImplementedError, format+" is not supported by cascadelab", args...)
}

var _ = fmt.Sprint
