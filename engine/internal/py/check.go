package py

import (
	"cascadelab/engine/internal/exc"
)

// check reports what CPython's compiler rejects after parsing: return, yield,
// break and continue outside their block, nonlocal at module level, and the
// patterns of a match statement it cannot compile. Like
// CPython it runs after the whole file parsed, so a syntax error further down
// wins.
func check(m *Module) *exc.Error {
	var err *exc.Error
	fail := func(n Node, msg string) {
		if err == nil {
			err = &exc.Error{Class: exc.SyntaxError, Msg: msg, Span: n.Span()}
		}
	}
	var visit func(n Node, inFunc, inLoop bool)
	visitStmts := func(list []Stmt, inFunc, inLoop bool) {
		for _, s := range list {
			visit(s, inFunc, inLoop)
		}
	}
	visit = func(n Node, inFunc, inLoop bool) {
		Inspect(n, func(x Node) bool {
			if err != nil {
				return false
			}
			switch x := x.(type) {
			case *FunctionDef:
				for _, e := range append(append(append([]Expr(nil), x.Decorators...), x.Args.Defaults...), x.Args.KwDefs...) {
					if e != nil {
						visit(e, inFunc, inLoop)
					}
				}
				visitStmts(x.Body, true, false)
				return false
			case *Lambda:
				visit(x.Body, true, false)
				return false
			case *ClassDef:
				visitStmts(x.Body, false, false)
				return false
			case *For:
				visit(x.Target, inFunc, inLoop)
				visit(x.Iter, inFunc, inLoop)
				visitStmts(x.Body, inFunc, true)
				visitStmts(x.Orelse, inFunc, inLoop)
				return false
			case *While:
				visit(x.Test, inFunc, inLoop)
				visitStmts(x.Body, inFunc, true)
				visitStmts(x.Orelse, inFunc, inLoop)
				return false
			case *Return:
				if !inFunc {
					fail(x, "'return' outside function")
				}
			case *Yield:
				if !inFunc {
					fail(x, "'yield' outside function")
				}
			case *Break:
				if !inLoop {
					fail(x, "'break' outside loop")
				}
			case *Continue:
				if !inLoop {
					fail(x, "'continue' not properly in loop")
				}
			case *Match:
				if e := checkMatch(x); e != nil && err == nil {
					err = e
				}
			case *Global:
				if x.Nonlocal && !inFunc {
					fail(x, "nonlocal declaration not allowed at module level")
				}
			}
			return true
		})
	}
	visitStmts(m.Body, false, false)
	return err
}
