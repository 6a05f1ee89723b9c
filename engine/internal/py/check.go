package py

import (
	"cascadelab/engine/internal/exc"
	"strings"
)

// check reports what CPython's compiler rejects after parsing: return, yield,
// break and continue outside their block, nonlocal at module level, a call's
// repeated keyword argument, and the
// patterns of a match statement it cannot compile, and break, continue and
// return leaving an except* block. Like
// CPython it runs after the whole file parsed, so a syntax error further down
// wins.
func check(m *Module, src string) *exc.Error {
	var err *exc.Error
	fail := func(n Node, msg string) {
		if err == nil {
			err = &exc.Error{Class: exc.SyntaxError, Msg: msg, Span: n.Span()}
		}
	}
	var visit func(n Node, inFunc, inLoop, inStar bool)
	// inStar: inside an except* block and no loop or function inside it,
	// which CPython's compiler does not let break, continue or return leave
	visitStmts := func(list []Stmt, inFunc, inLoop, inStar bool) {
		for _, s := range list {
			visit(s, inFunc, inLoop, inStar)
		}
	}
	visit = func(n Node, inFunc, inLoop, inStar bool) {
		Inspect(n, func(x Node) bool {
			if err != nil {
				return false
			}
			switch x := x.(type) {
			case *FunctionDef:
				for _, e := range append(append(append([]Expr(nil), x.Decorators...), x.Args.Defaults...), x.Args.KwDefs...) {
					if e != nil {
						visit(e, inFunc, inLoop, inStar)
					}
				}
				visitStmts(x.Body, true, false, false)
				return false
			case *Lambda:
				visit(x.Body, true, false, false)
				return false
			case *ClassDef:
				visitStmts(x.Body, false, false, false)
				return false
			case *For:
				visit(x.Target, inFunc, inLoop, inStar)
				visit(x.Iter, inFunc, inLoop, inStar)
				visitStmts(x.Body, inFunc, true, false)
				visitStmts(x.Orelse, inFunc, inLoop, inStar)
				return false
			case *While:
				visit(x.Test, inFunc, inLoop, inStar)
				visitStmts(x.Body, inFunc, true, false)
				visitStmts(x.Orelse, inFunc, inLoop, inStar)
				return false
			case *Try:
				if !x.Star {
					return true
				}
				visitStmts(x.Body, inFunc, inLoop, inStar)
				for _, h := range x.Handlers {
					if h.Type != nil {
						visit(h.Type, inFunc, inLoop, inStar)
					}
					visitStmts(h.Body, inFunc, inLoop, true)
				}
				visitStmts(x.Orelse, inFunc, inLoop, inStar)
				visitStmts(x.Finalbody, inFunc, inLoop, inStar)
				return false
			case *Return:
				if !inFunc {
					fail(x, "'return' outside function")
				} else if _, ok := x.Value.(*Constant); ok && inStar && sameLine(src, x, x.Value) {
					fail(x.Value, starExit) // where CPython's compiler last set the location
				} else if inStar {
					fail(x, starExit)
				}
			case *Yield:
				if !inFunc {
					fail(x, "'yield' outside function")
				}
			case *Break:
				if inStar {
					fail(x, starExit)
				} else if !inLoop {
					fail(x, "'break' outside loop")
				}
			case *Continue:
				if inStar {
					fail(x, starExit)
				} else if !inLoop {
					fail(x, "'continue' not properly in loop")
				}
			case *Match:
				if e := checkMatch(x); e != nil && err == nil {
					err = e
				}
			case *Call:
				for i, k := range x.Keywords {
					for _, prev := range x.Keywords[:i] {
						if k.Arg != "" && prev.Arg == k.Arg {
							fail(k, "keyword argument repeated: "+k.Arg)
						}
					}
				}
			case *Global:
				if x.Nonlocal && !inFunc {
					fail(x, "nonlocal declaration not allowed at module level")
				}
			}
			return true
		})
	}
	visitStmts(m.Body, false, false, false)
	return err
}

const starExit = "'break', 'continue' and 'return' cannot appear in an except* block"

// sameLine reports whether a and b start on the same line of src.
func sameLine(src string, a, b Node) bool {
	return !strings.Contains(src[a.Span().Start:b.Span().Start], "\n")
}
