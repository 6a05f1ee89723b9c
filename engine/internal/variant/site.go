package variant

import (
	"fmt"
	"strings"

	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/py"
)

// site is where a whole script deletes: the variants of a script replay
// its data and change only the models and this one statement.
type site struct {
	stmt  py.Stmt
	call  *py.Call
	kind  op     // opDelete or opBulk
	sess  string // the session expression, as written
	obj   string // opDelete: the deleted object's expression
	query string // opBulk: the query, without .delete()
	class string // opBulk: the class queried
}

// findDelete finds the first statement that deletes through a session:
// session.delete(obj) or session.query(C)....delete(). A delete inside a
// function is not a site: the replay skips the lines before the site,
// which would skip defining the functions that make the rows; such a
// script runs as models, with the scenario's own rows.
func findDelete(mod *py.Module, src string) *site {
	var found *site
	var visit func(stmts []py.Stmt)
	visit = func(stmts []py.Stmt) {
		for _, s := range stmts {
			if found != nil {
				return
			}
			var value py.Expr
			switch s := s.(type) {
			case *py.ExprStmt:
				value = s.Value
			case *py.Assign:
				value = s.Value
			case *py.For:
				visit(s.Body)
			case *py.While:
				visit(s.Body)
			case *py.If:
				visit(s.Body)
				visit(s.Orelse)
			case *py.With:
				visit(s.Body)
			case *py.Try:
				visit(s.Body)
				visit(s.Finalbody)
			}
			if c, ok := value.(*py.Call); ok {
				found = deleteCall(s, c, src)
			}
		}
	}
	visit(mod.Body)
	return found
}

func deleteCall(s py.Stmt, c *py.Call, src string) *site {
	a, ok := c.Func.(*py.Attribute)
	if !ok || a.Attr != "delete" || len(c.Keywords) > 0 {
		return nil
	}
	text := func(e py.Expr) string { sp := e.Span(); return src[sp.Start:sp.End] }
	if len(c.Args) == 1 {
		return &site{stmt: s, call: c, kind: opDelete, sess: text(a.Value), obj: text(c.Args[0])}
	}
	if len(c.Args) > 0 {
		return nil
	}
	// walk down the chain to session.query(C)
	for e := a.Value; ; {
		q, isCall := e.(*py.Call)
		if !isCall {
			return nil
		}
		inner, isAttr := q.Func.(*py.Attribute)
		if !isAttr {
			return nil
		}
		if inner.Attr == "query" && len(q.Args) == 1 {
			return &site{stmt: s, call: c, kind: opBulk, sess: text(inner.Value), query: text(a.Value), class: py.LastName(q.Args[0])}
		}
		e = inner.Value
	}
}

// replace rewrites the deleting statement for another way to delete;
// false when that way cannot be written from this one.
func (st *site) replace(w *rewriter, to op, m *orm.Mapper) bool {
	if to == st.kind {
		return true
	}
	cs := st.call.Span()
	var params, where []string
	for _, c := range m.Table.PrimaryKey {
		params = append(params, fmt.Sprintf("%q: %s.%s", c.Name, st.obj, m.ColKey(c)))
		where = append(where, c.Name+" = :"+c.Name)
	}
	switch {
	case st.kind == opDelete && to == opBulk:
		var conds []string
		for _, c := range m.Table.PrimaryKey {
			k := m.ColKey(c)
			conds = append(conds, fmt.Sprintf("%s.%s == %s.%s", m.Class, k, st.obj, k))
		}
		w.add(cs.Start, cs.End, fmt.Sprintf("%s.query(%s).filter(%s).delete()", st.sess, m.Class, strings.Join(conds, ", ")))
	case st.kind == opDelete && to == opRaw:
		w.add(cs.Start, cs.End, fmt.Sprintf("%s.execute(text(%q), {%s})", st.sess, "DELETE FROM "+m.Table.Name+" WHERE "+strings.Join(where, " AND "), strings.Join(params, ", ")))
		w.importName("sqlalchemy", "text")
	case st.kind == opBulk && to == opDelete:
		if _, ok := st.stmt.(*py.ExprStmt); !ok {
			return false
		}
		ss := st.stmt.Span()
		w.add(ss.Start, ss.End, fmt.Sprintf("for _obj in %s:\n%s    %s.delete(_obj)", st.query, indentOf(w.src, ss.Start), st.sess))
	default:
		return false
	}
	return true
}

func indentOf(src string, off int32) string {
	start := strings.LastIndexByte(src[:off], '\n') + 1
	return src[start:off]
}

// foreignKeysHeader turns SQLite's foreign keys on for every engine the
// script creates; it goes after the script's __future__ imports.
const foreignKeysHeader = `from sqlalchemy import event as _cascadelab_event
from sqlalchemy.engine import Engine as _CascadelabEngine


@_cascadelab_event.listens_for(_CascadelabEngine, "connect")
def _cascadelab_foreign_keys(dbapi_connection, connection_record):
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


`

func headerAt(mod *py.Module) int32 {
	var at int32
	for _, s := range mod.Body {
		if f, ok := s.(*py.ImportFrom); ok && f.Module == "__future__" {
			at = s.Span().End + 1
		}
	}
	return at
}
