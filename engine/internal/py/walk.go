package py

import "cascadelab/engine/internal/source"

// Inspect walks the tree in source order, calling f for each node; when f
// returns false the node's children are skipped (like go/ast.Inspect).
func Inspect(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	stmts := func(list []Stmt) {
		for _, s := range list {
			Inspect(s, f)
		}
	}
	exprs := func(list ...Expr) {
		for _, e := range list {
			if e != nil {
				Inspect(e, f)
			}
		}
	}
	keywords := func(list []*Keyword) {
		for _, k := range list {
			Inspect(k, f)
		}
	}
	args := func(a *Arguments) {
		if a == nil {
			return
		}
		exprs(a.Defaults...)
		exprs(a.KwDefs...)
	}
	switch n := n.(type) {
	case *Module:
		stmts(n.Body)
	case *FunctionDef:
		exprs(n.Decorators...)
		args(n.Args)
		stmts(n.Body)
	case *ClassDef:
		exprs(n.Decorators...)
		exprs(n.Bases...)
		keywords(n.Keywords)
		stmts(n.Body)
	case *Return:
		exprs(n.Value)
	case *Delete:
		exprs(n.Targets...)
	case *Assign:
		exprs(n.Targets...)
		exprs(n.Value)
	case *AugAssign:
		exprs(n.Target, n.Value)
	case *AnnAssign:
		exprs(n.Target, n.Annotation, n.Value)
	case *For:
		exprs(n.Target, n.Iter)
		stmts(n.Body)
		stmts(n.Orelse)
	case *While:
		exprs(n.Test)
		stmts(n.Body)
		stmts(n.Orelse)
	case *If:
		exprs(n.Test)
		stmts(n.Body)
		stmts(n.Orelse)
	case *With:
		for _, it := range n.Items {
			exprs(it.Context, it.Vars)
		}
		stmts(n.Body)
	case *Raise:
		exprs(n.Exc, n.Cause)
	case *Try:
		stmts(n.Body)
		for _, h := range n.Handlers {
			Inspect(h, f)
		}
		stmts(n.Orelse)
		stmts(n.Finalbody)
	case *ExceptHandler:
		exprs(n.Type)
		stmts(n.Body)
	case *Assert:
		exprs(n.Test, n.Msg)
	case *ExprStmt:
		exprs(n.Value)
	case *BoolOp:
		exprs(n.Values...)
	case *BinOp:
		exprs(n.Left, n.Right)
	case *UnaryOp:
		exprs(n.Operand)
	case *Lambda:
		args(n.Args)
		exprs(n.Body)
	case *IfExp:
		exprs(n.Test, n.Body, n.Orelse)
	case *Dict:
		for i := range n.Values {
			exprs(n.Keys[i], n.Values[i])
		}
	case *Set:
		exprs(n.Elts...)
	case *Comp:
		for _, g := range n.Gens {
			exprs(g.Iter, g.Target)
			exprs(g.Ifs...)
		}
		exprs(n.Elt, n.Value)
	case *Compare:
		exprs(n.Left)
		exprs(n.Comparators...)
	case *Call:
		exprs(n.Func)
		exprs(n.Args...)
		keywords(n.Keywords)
	case *Keyword:
		exprs(n.Value)
	case *FormattedValue:
		exprs(n.Value, n.Spec)
	case *JoinedStr:
		exprs(n.Values...)
	case *Attribute:
		exprs(n.Value)
	case *Subscript:
		exprs(n.Value, n.Index)
	case *Starred:
		exprs(n.Value)
	case *List:
		exprs(n.Elts...)
	case *Tuple:
		exprs(n.Elts...)
	case *Slice:
		exprs(n.Lower, n.Upper, n.Step)
	case *Match:
		exprs(n.Subject)
		for _, c := range n.Cases {
			Inspect(c, f)
		}
	case *MatchCase:
		Inspect(n.Pattern, f)
		exprs(n.Guard)
		stmts(n.Body)
	case *MatchValue:
		exprs(n.Value)
	case *MatchAs:
		if n.Pattern != nil {
			Inspect(n.Pattern, f)
		}
	case *MatchOr:
		for _, p := range n.Patterns {
			Inspect(p, f)
		}
	case *MatchSequence:
		for _, p := range n.Patterns {
			Inspect(p, f)
		}
	case *MatchMapping:
		exprs(n.Keys...)
		for _, p := range n.Patterns {
			Inspect(p, f)
		}
	case *MatchClass:
		exprs(n.Cls)
		for _, p := range append(append([]Pattern(nil), n.Patterns...), n.KwdPatterns...) {
			Inspect(p, f)
		}
	case *Yield:
		exprs(n.Value)
	case *NamedExpr:
		exprs(n.Target, n.Value)
	}
}

// FindCall returns the call expression under root whose span is s.
func FindCall(root Node, s source.Span) *Call {
	var found *Call
	Inspect(root, func(n Node) bool {
		if found != nil {
			return false
		}
		ns := n.Span()
		if ns.End < s.Start || ns.Start > s.End {
			return false
		}
		if c, ok := n.(*Call); ok && ns == s {
			found = c
			return false
		}
		return true
	})
	return found
}

// Keyword returns the call's name=... argument, or nil.
func (c *Call) Keyword(name string) *Keyword {
	for _, k := range c.Keywords {
		if k.Arg == name {
			return k
		}
	}
	return nil
}

// Callee is the called name: relationship for both relationship(...) and
// db.relationship(...).
func (c *Call) Callee() string { return LastName(c.Func) }

// LastName is a Name's id or an Attribute's attribute name.
func LastName(e Expr) string {
	switch e := e.(type) {
	case *Name:
		return e.Id
	case *Attribute:
		return e.Attr
	}
	return ""
}
