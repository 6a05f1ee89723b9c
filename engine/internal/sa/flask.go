package sa

import (
	"strings"
	"unicode"

	"cascadelab/engine/internal/interp"
)

// Flask-SQLAlchemy models are SQLAlchemy models behind a `db` object:
// db.Model is a declarative base (tables named after their class in
// snake_case), db.Column & co. are the sqlalchemy names, db.session is a
// session bound to the app's SQLALCHEMY_DATABASE_URI (always in memory here).

// snakeCase is Flask-SQLAlchemy's camel_to_snake_case: an underscore goes
// before a capital that follows a lowercase letter or digit, or that starts
// a capitalized word (HTTPServer -> http_server).
func snakeCase(name string) string {
	r := []rune(name)
	var b strings.Builder
	for i, c := range r {
		if unicode.IsUpper(c) && i > 0 && (unicode.IsLower(r[i-1]) || unicode.IsDigit(r[i-1]) || i+1 < len(r) && unicode.IsLower(r[i+1])) {
			b.WriteByte('_')
		}
		b.WriteRune(unicode.ToLower(c))
	}
	return strings.TrimLeft(b.String(), "_")
}

// flaskApp is flask.Flask(__name__).
type flaskApp struct {
	config *interp.Dict
	ctx    int        // application contexts pushed
	dbs    []*flaskDB // extensions whose session ends with the context
}

func (a *flaskApp) TypeName() string { return "Flask" }
func (a *flaskApp) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "config":
		return a.config, true, nil
	case "app_context", "test_request_context":
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) { return &appCtx{app: a}, nil }), true, nil
	case "route", "get", "post", "delete", "cli", "teardown_appcontext", "before_request":
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			return builtin("decorator", func(th *interp.Thread, d *interp.Call) (interp.Value, error) {
				if len(d.Args) != 1 {
					return nil, typeErr(th, "decorator takes one function")
				}
				return d.Args[0], nil
			}), nil
		}), true, nil
	case "run":
		return nil, true, unsupported(th, "app.run() (cascadelab runs the models and session code, not a web server)")
	}
	return nil, false, nil
}

// appCtx is app.app_context(): Flask-SQLAlchemy's engine and session exist
// only inside one, and its session is removed when the context ends.
type appCtx struct{ app *flaskApp }

func (c *appCtx) TypeName() string                              { return "AppContext" }
func (c *appCtx) Enter(th *interp.Thread) (interp.Value, error) { c.app.ctx++; return nil, nil }
func (c *appCtx) Exit(th *interp.Thread, exc *interp.Exception) (bool, error) {
	return false, c.pop(th)
}

func (c *appCtx) pop(th *interp.Thread) error {
	c.app.ctx--
	var err error
	for _, db := range c.app.dbs {
		if db.sess != nil { // teardown_appcontext: db.session.remove()
			if cerr := db.sess.s.Close(); err == nil {
				err = cerr
			}
			db.sess = nil
		}
	}
	return c.app.rtRaise(th, err)
}

func (c *appCtx) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "push":
		return builtin("AppContext.push", func(th *interp.Thread, _ *interp.Call) (interp.Value, error) {
			c.app.ctx++
			return nil, nil
		}), true, nil
	case "pop":
		return builtin("AppContext.pop", func(th *interp.Thread, _ *interp.Call) (interp.Value, error) {
			return nil, c.pop(th)
		}), true, nil
	}
	return nil, false, nil
}

// rtRaise turns a session error into the script's exception.
func (a *flaskApp) rtRaise(th *interp.Thread, err error) error {
	if err == nil || len(a.dbs) == 0 {
		return err
	}
	return a.dbs[0].rt.raise(th, err)
}

// inContext is Flask-SQLAlchemy's check before it touches its engine.
func (db *flaskDB) inContext(th *interp.Thread) error {
	if db.app == nil || db.app.ctx == 0 {
		return th.Raise(interp.RuntimeError, "Working outside of application context.\n\nThis typically means that you attempted to use functionality that needed\nthe current application. To solve this, set up an application context\nwith app.app_context(). See the documentation for more information.")
	}
	return nil
}

// flaskDB is flask_sqlalchemy.SQLAlchemy().
type flaskDB struct {
	rt     *Runtime
	app    *flaskApp
	reg    *registry
	model  *interp.Class
	engine *Engine
	sess   *sessionObj
	core   *interp.Module
	orm    *interp.Module
}

func (rt *Runtime) newFlaskDB(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	db := &flaskDB{rt: rt, reg: rt.newRegistry(), core: rt.modules["sqlalchemy"], orm: rt.modules["sqlalchemy.orm"]}
	db.reg.flask = db
	d := interp.NewDict()
	d.SetStr("metadata", db.reg.meta)
	db.model = interp.NewClass("Model", nil, d, &hook{reg: db.reg})
	if len(c.Args) > 0 {
		app, ok := c.Args[0].(*flaskApp)
		if !ok {
			return nil, typeErr(th, "SQLAlchemy(app) takes a Flask app")
		}
		db.app = app
		app.dbs = append(app.dbs, db)
	}
	return db, nil
}

func (db *flaskDB) TypeName() string { return "SQLAlchemy" }

func (db *flaskDB) getEngine(th *interp.Thread) (*Engine, error) {
	if err := db.inContext(th); err != nil {
		return nil, err
	}
	if db.engine != nil {
		return db.engine, nil
	}
	url := interp.Value("sqlite://")
	if db.app != nil {
		if v, ok := db.app.config.GetStr("SQLALCHEMY_DATABASE_URI"); ok {
			url = v
		}
	}
	e, err := db.rt.createEngine(th, &interp.Call{Args: []interp.Value{url}, Span: th.Span()})
	if err != nil {
		return nil, err
	}
	db.engine = e.(*Engine)
	return db.engine, nil
}

func (db *flaskDB) session(th *interp.Thread) (*sessionObj, error) {
	if err := db.inContext(th); err != nil {
		return nil, err
	}
	if db.sess != nil {
		return db.sess, nil
	}
	e, err := db.getEngine(th)
	if err != nil {
		return nil, err
	}
	s, err := db.rt.openSession(th, e, sessionOpts{autoflush: true, expireOnCommit: true})
	if err != nil {
		return nil, err
	}
	db.sess = s.(*sessionObj)
	return db.sess, nil
}

func (db *flaskDB) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "Model":
		return db.model, true, nil
	case "metadata":
		return db.reg.meta, true, nil
	case "session":
		return &scopedSession{db: db}, true, nil
	case "engine":
		e, err := db.getEngine(th)
		return e, true, err
	case "init_app":
		return builtin("init_app", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) != 1 {
				return nil, typeErr(th, "init_app() takes the app")
			}
			app, ok := c.Args[0].(*flaskApp)
			if !ok {
				return nil, typeErr(th, "init_app() takes a Flask app")
			}
			db.app = app
			app.dbs = append(app.dbs, db)
			return nil, nil
		}), true, nil
	case "Table":
		// db.Table(name, *columns): the metadata argument is db.metadata
		return builtin("Table", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) >= 1 {
				if len(c.Args) < 2 {
					c = &interp.Call{Args: append(append([]interp.Value(nil), c.Args...), db.reg.meta), Kw: c.Kw, Span: c.Span}
				} else if _, ok := c.Args[1].(*metaObj); !ok {
					c = &interp.Call{Args: append([]interp.Value{c.Args[0], db.reg.meta}, c.Args[1:]...), Kw: c.Kw, Span: c.Span}
				}
			}
			return db.rt.newTable(th, c)
		}), true, nil
	case "create_all", "drop_all":
		return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			e, err := db.getEngine(th)
			if err != nil {
				return nil, err
			}
			return nil, db.reg.meta.ddl(th, e, name == "create_all", true, nil)
		}), true, nil
	}
	for _, m := range []*interp.Module{db.core, db.orm} {
		if v, ok := m.Attrs.GetStr(name); ok {
			return v, true, nil
		}
	}
	return nil, false, nil
}

// scopedSession is db.session: every attribute goes to the one session.
type scopedSession struct{ db *flaskDB }

func (s *scopedSession) TypeName() string { return "scoped_session" }
func (s *scopedSession) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	if name == "remove" {
		return builtin("remove", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if s.db.sess == nil {
				return nil, nil
			}
			err := s.db.sess.s.Close()
			s.db.sess = nil
			return nil, s.db.rt.raise(th, err)
		}), true, nil
	}
	sess, err := s.db.session(th)
	if err != nil {
		return nil, true, err
	}
	return sess.Attr(th, name)
}

func (s *scopedSession) Contains(th *interp.Thread, v interp.Value) (bool, error) {
	sess, err := s.db.session(th)
	if err != nil {
		return false, err
	}
	return sess.Contains(th, v)
}

// queryProp is Model.query: a new session.query(Model) on each use.
type queryProp struct {
	db  *flaskDB
	cls *interp.Class
}

func (q *queryProp) TypeName() string { return "Query" }

func (q *queryProp) query(th *interp.Thread) (*selectObj, error) {
	sess, err := q.db.session(th)
	if err != nil {
		return nil, err
	}
	if err := sess.configureAll(th); err != nil {
		return nil, err
	}
	sel, err := q.db.rt.newSelect(th, []interp.Value{q.cls})
	if err != nil {
		return nil, err
	}
	sel.legacy, sel.sess = true, sess
	return sel, nil
}

func (q *queryProp) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	sel, err := q.query(th)
	if err != nil {
		return nil, true, err
	}
	return sel.Attr(th, name)
}

func (q *queryProp) Iterate(th *interp.Thread) ([]interp.Value, error) {
	sel, err := q.query(th)
	if err != nil {
		return nil, err
	}
	return sel.Iterate(th)
}

// requestProxy is flask.request (or session, g): views use it, and the
// engine never runs a view, so reading it is refused where it happens.
type requestProxy struct{ name string }

func (r *requestProxy) TypeName() string { return "LocalProxy" }
func (r *requestProxy) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	return nil, true, unsupported(th, "flask.%s.%s (cascadelab runs the models and session code, not requests)", r.name, name)
}

func (rt *Runtime) flaskModules() {
	flask := map[string]interp.Value{
		"Flask": builtin("Flask", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			return &flaskApp{config: interp.NewDict()}, nil
		}),
	}
	// what views call: importing works, calling is refused
	for _, n := range []string{"render_template", "redirect", "url_for", "jsonify", "abort", "flash", "make_response"} {
		flask[n] = refusedCall("flask." + n)
	}
	for _, n := range []string{"request", "session", "g"} {
		flask[n] = &requestProxy{name: n}
	}
	rt.modules["flask"] = module("flask", flask)
	rt.modules["flask_sqlalchemy"] = module("flask_sqlalchemy", map[string]interp.Value{
		"SQLAlchemy": builtin("SQLAlchemy", rt.newFlaskDB),
	})
}
