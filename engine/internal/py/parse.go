package py

import (
	"cascadelab/engine/internal/exc"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"cascadelab/engine/internal/source"
)

type parser struct {
	src  string
	toks []token
	p    int
	// funcDepth counts the function bodies being parsed, for await's error.
	funcDepth int
	// disj is the token range of the last expression test() read that was
	// a disjunction, for missingComma; a conditional expression clears it.
	disj struct{ start, end int }
	// py2 is set when the file has a Python 2 print statement: a bare
	// "print" then prints an empty line as there, where in Python 3 it is
	// an expression statement that prints nothing.
	py2 bool
}

type bailout struct{ err *exc.Error }

// Parse parses a whole file. The error is a *exc.Error (SyntaxError,
// IndentationError or NotImplementedError) with the position CPython reports.
func Parse(f *source.File) (*Module, error) {
	toks, serr := scan(f.Text)
	if serr != nil {
		// an indentation error yields to a syntax error before it
		if toks != nil {
			if _, perr := parse(f.Text, toks); perr != nil && perr.Span.Start < serr.Span.Start {
				return nil, perr
			}
		}
		return nil, serr
	}
	m, perr := parse(f.Text, toks)
	if perr != nil {
		return nil, perr
	}
	if err := check(m, f.Text); err != nil {
		return nil, err
	}
	return m, nil
}

func parse(src string, toks []token) (mod *Module, err *exc.Error) {
	ps := &parser{src: src, toks: toks}
	for i, t := range toks {
		if t.kind == tName && t.text == "print" && i+1 < len(toks) && (i == 0 || toks[i-1].kind == tNewline || toks[i-1].kind == tIndent || toks[i-1].kind == tDedent) && printArgs(toks[i+1]) {
			ps.py2 = true
			break
		}
	}
	defer func() {
		if r := recover(); r != nil {
			if b, ok := r.(bailout); ok {
				mod, err = nil, b.err
				return
			}
			t := ps.peek()
			mod, err = nil, errAt(exc.SyntaxError, int(t.start), int(t.end), "internal error: %v", r)
		}
	}()
	m := &Module{}
	for ps.peek().kind != tEOF {
		if ps.peek().kind == tNewline {
			ps.p++
			continue
		}
		m.Body = append(m.Body, ps.statement()...)
	}
	m.S = source.Span{Start: 0, End: int32(len(src))}
	return m, nil
}

func (ps *parser) peek() token { return ps.toks[ps.p] }

func (ps *parser) peekAt(n int) token {
	if ps.p+n < len(ps.toks) {
		return ps.toks[ps.p+n]
	}
	return ps.toks[len(ps.toks)-1]
}

func (ps *parser) next() token {
	t := ps.toks[ps.p]
	if t.kind != tEOF {
		ps.p++
	}
	return t
}

func (ps *parser) prevEnd() int32 {
	if ps.p == 0 {
		return 0
	}
	return ps.toks[ps.p-1].end
}

func (ps *parser) fail(class *exc.Class, t token, format string, args ...any) {
	panic(bailout{&exc.Error{Class: class, Msg: fmt.Sprintf(format, args...), Span: ps.spanOf(t)}})
}

// spanOf is t's span, at least one character long where the source has one.
func (ps *parser) spanOf(t token) source.Span {
	end := t.end
	if end <= t.start {
		end = t.start + 1
		if int(end) > len(ps.src) {
			end = int32(len(ps.src))
		}
	}
	return source.Span{Start: t.start, End: end}
}

// unsupported refuses, at t, what Python has and cascadelab does not.
func (ps *parser) unsupported(t token, format string, args ...any) {
	panic(bailout{exc.Unsupported(ps.spanOf(t), fmt.Sprintf(format, args...))})
}

func (ps *parser) syntax(t token) {
	if t.kind == tIndent {
		ps.fail(exc.IndentationError, t, "unexpected indent")
	}
	if a, ok := ps.missingComma(); ok {
		ps.fail(exc.SyntaxError, a, "invalid syntax. Perhaps you forgot a comma?")
	}
	ps.fail(exc.SyntaxError, t, "invalid syntax")
}

// missingComma is CPython's invalid_expression: inside brackets, an
// expression that is a plain disjunction (no conditional) directly followed
// by another expression is reported from the first one's start, unless it
// is a name before a string (a misspelt prefix), starts with a soft keyword
// or is Python 2's print or exec.
func (ps *parser) missingComma() (token, bool) {
	d := ps.disj
	if d.end != ps.p || d.end <= d.start {
		return token{}, false
	}
	first := ps.toks[d.start]
	if first.kind == tName {
		switch first.text {
		case "match", "case", "_", "print", "exec":
			return token{}, false
		}
		if ps.toks[d.start+1].kind == tString {
			return token{}, false
		}
	}
	level := 0
	for _, t := range ps.toks[:ps.p] {
		if t.kind == tOp && len(t.text) == 1 {
			level += strings.Count("([{", t.text) - strings.Count(")]}", t.text)
		}
	}
	if level == 0 || !ps.startsExpr(ps.peek()) {
		return token{}, false
	}
	return token{start: first.start, end: ps.toks[d.end-1].end}, true
}

// startsExpr says whether an expression can start at t.
func (ps *parser) startsExpr(t token) bool {
	switch t.kind {
	case tNumber, tString:
		return true
	case tName:
		switch t.text {
		case "True", "False", "None", "not", "lambda", "await":
			return true
		}
		return !keywords[t.text]
	case tOp:
		return strings.Contains("([{-+~", t.text) && len(t.text) == 1 || t.text == "..."
	}
	return false
}

func (ps *parser) isOp(op string) bool {
	t := ps.peek()
	return t.kind == tOp && t.text == op
}

func (ps *parser) isKw(kw string) bool {
	t := ps.peek()
	return t.kind == tName && t.text == kw
}

func (ps *parser) accept(op string) bool {
	if ps.isOp(op) || ps.isKw(op) {
		ps.p++
		return true
	}
	return false
}

func (ps *parser) expect(op string) token {
	if ps.isOp(op) || ps.isKw(op) {
		return ps.next()
	}
	t := ps.peek()
	if op == ":" {
		ps.fail(exc.SyntaxError, t, "expected ':'")
	}
	ps.syntax(t)
	return t
}

var keywords = map[string]bool{"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true,
	"async": true, "await": true, "break": true, "class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true, "global": true, "if": true, "import": true,
	"in": true, "is": true, "lambda": true, "nonlocal": true, "not": true, "or": true, "pass": true, "raise": true,
	"return": true, "try": true, "while": true, "with": true, "yield": true}

// IsKeyword is keyword.iskeyword: a name the grammar reserves.
func IsKeyword(s string) bool { return keywords[s] }

func (ps *parser) name() (string, token) {
	t := ps.peek()
	if t.kind != tName || keywords[t.text] {
		ps.syntax(t)
	}
	ps.p++
	return t.text, t
}

func span(start, end int32) Pos { return Pos{source.Span{Start: start, End: end}} }

// block parses ':' NEWLINE INDENT stmts DEDENT, or a one-line suite.
func (ps *parser) block(what string, head token) []Stmt {
	ps.expect(":")
	if ps.peek().kind != tNewline {
		return ps.simpleStatements()
	}
	ps.next()
	if ps.peek().kind != tIndent {
		ps.fail(exc.IndentationError, ps.peek(), "expected an indented block after %s on line %d", what, lineOf(ps.src, int(head.start)))
	}
	ps.next()
	var body []Stmt
	for ps.peek().kind != tDedent && ps.peek().kind != tEOF {
		if ps.peek().kind == tNewline {
			ps.p++
			continue
		}
		body = append(body, ps.statement()...)
	}
	if ps.peek().kind == tDedent {
		ps.p++
	}
	return body
}

func (ps *parser) statement() []Stmt {
	t := ps.peek()
	if t.kind == tIndent {
		ps.fail(exc.IndentationError, t, "unexpected indent")
	}
	if t.kind == tName {
		switch t.text {
		case "if":
			return []Stmt{ps.ifStmt()}
		case "while":
			ps.next()
			test := ps.namedTest()
			body := ps.block("'while' statement", t)
			w := &While{Test: test, Body: body}
			if ps.isKw("else") {
				e := ps.next()
				w.Orelse = ps.block("'else' statement", e)
			}
			w.Pos = span(t.start, ps.prevEnd())
			return []Stmt{w}
		case "for":
			ps.next()
			target := ps.targetList()
			ps.expect("in")
			iter := ps.testList()
			body := ps.block("'for' statement", t)
			f := &For{Target: target, Iter: iter, Body: body}
			if ps.isKw("else") {
				e := ps.next()
				f.Orelse = ps.block("'else' statement", e)
			}
			f.Pos = span(t.start, ps.prevEnd())
			return []Stmt{f}
		case "try":
			return []Stmt{ps.tryStmt()}
		case "with":
			ps.next()
			w := &With{}
			if items := ps.parenthesizedWithItems(); items != nil {
				w.Items = items
				w.Body = ps.block("'with' statement", t)
				w.Pos = span(t.start, ps.prevEnd())
				return []Stmt{w}
			}
			for {
				ctx := ps.test()
				item := &WithItem{Context: ctx}
				if ps.accept("as") {
					item.Vars = ps.target()
				}
				w.Items = append(w.Items, item)
				if !ps.accept(",") {
					break
				}
			}
			w.Body = ps.block("'with' statement", t)
			w.Pos = span(t.start, ps.prevEnd())
			return []Stmt{w}
		case "def":
			return []Stmt{ps.funcDef(nil, t.start)}
		case "class":
			return []Stmt{ps.classDef(nil, t.start)}
		case "async":
			ps.unsupported(t, "'%s' statements", t.text)
		case "match":
			if m := ps.matchStmt(); m != nil {
				return []Stmt{m}
			}
		}
	}
	if ps.isOp("@") {
		start := t.start
		var decos []Expr
		for ps.accept("@") {
			decos = append(decos, ps.namedTest())
			if ps.peek().kind != tNewline {
				ps.syntax(ps.peek())
			}
			ps.next()
		}
		switch {
		case ps.isKw("def"):
			return []Stmt{ps.funcDef(decos, start)}
		case ps.isKw("class"):
			return []Stmt{ps.classDef(decos, start)}
		}
		ps.syntax(ps.peek())
	}
	return ps.simpleStatements()
}

// parenthesizedWithItems parses "with (a as x, b as y,):" when the
// parentheses hold with-items; nil when they are an expression's.
func (ps *parser) parenthesizedWithItems() (items []*WithItem) {
	if !ps.isOp("(") {
		return nil
	}
	save := ps.p
	defer func() {
		if r := recover(); r != nil {
			if _, bail := r.(bailout); !bail {
				panic(r)
			}
			ps.p, items = save, nil
		}
	}()
	ps.next()
	for !ps.isOp(")") {
		item := &WithItem{Context: ps.test()}
		if ps.accept("as") {
			item.Vars = ps.target()
		}
		items = append(items, item)
		if !ps.accept(",") {
			break
		}
	}
	ps.expect(")")
	if !ps.isOp(":") || len(items) == 0 {
		ps.p = save
		return nil
	}
	return items
}

func (ps *parser) simpleStatements() []Stmt {
	var out []Stmt
	for {
		out = append(out, ps.simpleStatement())
		if !ps.accept(";") {
			break
		}
		if ps.peek().kind == tNewline || ps.peek().kind == tEOF {
			break
		}
	}
	t := ps.peek()
	if t.kind == tNewline {
		ps.next()
	} else if t.kind != tEOF && t.kind != tDedent {
		ps.syntax(t)
	}
	return out
}

func (ps *parser) ifStmt() Stmt {
	t := ps.next()
	what := "'" + t.text + "' statement"
	test := ps.namedTest()
	body := ps.block(what, t)
	n := &If{Test: test, Body: body}
	if ps.isKw("elif") {
		n.Orelse = []Stmt{ps.ifStmt()}
	} else if ps.isKw("else") {
		e := ps.next()
		n.Orelse = ps.block("'else' statement", e)
	}
	n.Pos = span(t.start, ps.prevEnd())
	return n
}

func (ps *parser) tryStmt() Stmt {
	t := ps.next()
	n := &Try{Body: ps.block("'try' statement", t)}
	for ps.isKw("except") {
		e := ps.next()
		h := &ExceptHandler{}
		star := ps.accept("*")
		if len(n.Handlers) > 0 && star != n.Star {
			ps.fail(exc.SyntaxError, e, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		n.Star = star
		if star && ps.isOp(":") {
			ps.fail(exc.SyntaxError, ps.peek(), "expected one or more exception types")
		}
		if !ps.isOp(":") {
			h.Type = ps.test()
			if ps.accept("as") {
				h.Name, _ = ps.name()
			} else if ps.isOp(",") { // at the first type, as CPython points
				panic(bailout{&exc.Error{Class: exc.SyntaxError, Msg: "multiple exception types must be parenthesized", Span: h.Type.Span()}})
			}
		}
		h.Body = ps.block("'except' statement", e)
		h.Pos = span(e.start, ps.prevEnd())
		n.Handlers = append(n.Handlers, h)
	}
	if ps.isKw("else") {
		if len(n.Handlers) == 0 {
			ps.syntax(ps.peek())
		}
		e := ps.next()
		n.Orelse = ps.block("'else' statement", e)
	}
	if ps.isKw("finally") {
		e := ps.next()
		n.Finalbody = ps.block("'finally' statement", e)
	}
	if len(n.Handlers) == 0 && n.Finalbody == nil {
		ps.fail(exc.SyntaxError, ps.peek(), "expected 'except' or 'finally' block")
	}
	n.Pos = span(t.start, ps.prevEnd())
	return n
}

func (ps *parser) funcDef(decos []Expr, start int32) Stmt {
	t := ps.next()
	name, _ := ps.name()
	ps.expect("(")
	args := ps.arguments(")")
	ps.expect(")")
	var returns Expr
	if ps.accept("->") {
		returns = ps.test()
	}
	ps.funcDepth++
	body := ps.block("function definition", t)
	ps.funcDepth--
	return &FunctionDef{Pos: span(start, ps.prevEnd()), Name: name, Args: args, Body: body, Decorators: decos, Returns: returns}
}

// arguments parses a parameter list up to the closing token.
func (ps *parser) arguments(closer string) *Arguments {
	a := &Arguments{}
	kwOnly := false
	for !ps.isOp(closer) {
		switch {
		case ps.accept("**"):
			n, _ := ps.name()
			a.Kwarg = &Arg{Name: n, Annotation: ps.annotation(closer)}
		case ps.accept("*"):
			kwOnly = true
			if !ps.isOp(",") {
				n, _ := ps.name()
				a.Vararg = &Arg{Name: n, Annotation: ps.annotation(closer)}
			}
		case ps.accept("/"):
			a.PosOnly = len(a.Args)
		default:
			n, t := ps.name()
			if a.has(n) {
				ps.fail(exc.SyntaxError, t, "duplicate argument '%s' in function definition", n)
			}
			arg := &Arg{Name: n, Annotation: ps.annotation(closer)}
			var def Expr
			if ps.accept("=") {
				def = ps.test()
			}
			if kwOnly {
				a.KwOnly = append(a.KwOnly, arg)
				a.KwDefs = append(a.KwDefs, def)
			} else {
				if def == nil && len(a.Defaults) > 0 {
					ps.fail(exc.SyntaxError, t, "non-default argument follows default argument")
				}
				a.Args = append(a.Args, arg)
				if def != nil {
					a.Defaults = append(a.Defaults, def)
				}
			}
		}
		if !ps.accept(",") {
			break
		}
	}
	return a
}

// has reports whether a parameter is already named n.
func (a *Arguments) has(n string) bool {
	for _, list := range [][]*Arg{a.Args, a.KwOnly, {a.Vararg, a.Kwarg}} {
		for _, arg := range list {
			if arg != nil && arg.Name == n {
				return true
			}
		}
	}
	return false
}

func (ps *parser) annotation(closer string) Expr {
	if closer == ")" && ps.accept(":") {
		return ps.test()
	}
	return nil
}

func (ps *parser) classDef(decos []Expr, start int32) Stmt {
	t := ps.next()
	name, nt := ps.name()
	c := &ClassDef{Name: name, NameSpan: source.Span{Start: nt.start, End: nt.end}, Decorators: decos}
	if ps.accept("(") {
		args, kws := ps.callArgs()
		c.Bases, c.Keywords = args, kws
		ps.expect(")")
	}
	c.Body = ps.block("class definition", t)
	c.Pos = span(start, ps.prevEnd())
	return c
}

func (ps *parser) simpleStatement() Stmt {
	t := ps.peek()
	if t.kind == tName {
		switch t.text {
		case "pass":
			ps.next()
			return &Pass{span(t.start, t.end)}
		case "break":
			ps.next()
			return &Break{span(t.start, t.end)}
		case "continue":
			ps.next()
			return &Continue{span(t.start, t.end)}
		case "return":
			ps.next()
			r := &Return{}
			if !ps.atEndOfStatement() {
				r.Value = ps.testListStar()
			}
			r.Pos = span(t.start, ps.prevEnd())
			return r
		case "raise":
			ps.next()
			r := &Raise{}
			if !ps.atEndOfStatement() {
				r.Exc = ps.test()
				if ps.accept("from") {
					r.Cause = ps.test()
				}
			}
			r.Pos = span(t.start, ps.prevEnd())
			return r
		case "del":
			ps.next()
			d := &Delete{}
			for {
				d.Targets = append(d.Targets, ps.target())
				if !ps.accept(",") || ps.atEndOfStatement() {
					break
				}
			}
			d.Pos = span(t.start, ps.prevEnd())
			return d
		case "assert":
			ps.next()
			a := &Assert{Test: ps.test()}
			if ps.accept(",") {
				a.Msg = ps.test()
			}
			a.Pos = span(t.start, ps.prevEnd())
			return a
		case "global", "nonlocal":
			ps.next()
			g := &Global{Nonlocal: t.text == "nonlocal"}
			for {
				n, _ := ps.name()
				g.Names = append(g.Names, n)
				if !ps.accept(",") {
					break
				}
			}
			g.Pos = span(t.start, ps.prevEnd())
			return g
		case "import":
			ps.next()
			im := &Import{}
			for {
				im.Names = append(im.Names, ps.alias(true))
				if !ps.accept(",") {
					break
				}
			}
			im.Pos = span(t.start, ps.prevEnd())
			return im
		case "from":
			ps.next()
			im := &ImportFrom{}
			for ps.isOp(".") || ps.isOp("...") {
				im.Level += len(ps.next().text)
			}
			if !ps.isKw("import") {
				im.Module = ps.dottedName()
			}
			ps.expect("import")
			if ps.accept("*") {
				ps.unsupported(ps.toks[ps.p-1], "'from ... import *': import the names you use")
			}
			paren := ps.accept("(")
			for {
				im.Names = append(im.Names, ps.alias(false))
				if !ps.accept(",") || paren && ps.isOp(")") {
					break
				}
			}
			if paren {
				ps.expect(")")
			}
			im.Pos = span(t.start, ps.prevEnd())
			return im
		case "print":
			if n := ps.peekAt(1); printArgs(n) || ps.py2 && n.kind == tNewline {
				return ps.printStatement()
			}
		case "await":
			ps.await(t)
		case "async":
			ps.unsupported(t, "'%s'", t.text)
		}
	}
	return ps.exprStatement()
}

func (ps *parser) atEndOfStatement() bool {
	t := ps.peek()
	return t.kind == tNewline || t.kind == tEOF || t.kind == tOp && t.text == ";"
}

// printArgs reports whether t, after a statement's "print", starts Python 2
// print statement's arguments.
func printArgs(t token) bool {
	return t.kind == tString || t.kind == tNumber || t.kind == tName && !keywords[t.text] || t.kind == tOp && t.text == ">>"
}

// printStatement reads Python 2's print statement as a call to print().
func (ps *parser) printStatement() Stmt {
	t := ps.next()
	if ps.isOp(">>") {
		ps.unsupported(ps.peek(), "'print >>file'")
	}
	fn := &Name{Pos: span(t.start, t.end), Id: "print"}
	var args []Expr
	for !ps.atEndOfStatement() {
		args = append(args, ps.test())
		if !ps.accept(",") {
			break
		}
	}
	call := &Call{Pos: span(t.start, ps.prevEnd()), Func: fn, Args: args}
	return &ExprStmt{Pos: call.Pos, Value: call}
}

func (ps *parser) dottedName() string {
	n, _ := ps.name()
	for ps.accept(".") {
		m, _ := ps.name()
		n += "." + m
	}
	return n
}

func (ps *parser) alias(dotted bool) *Alias {
	a := &Alias{}
	if dotted {
		a.Name = ps.dottedName()
	} else {
		a.Name, _ = ps.name()
	}
	if ps.accept("as") {
		a.Asname, _ = ps.name()
	}
	return a
}

func (ps *parser) exprStatement() Stmt {
	start := ps.peek().start
	first := ps.testListStar()
	switch {
	case ps.isOp("="):
		targets := []Expr{first}
		var value Expr
		for ps.accept("=") {
			value = ps.testListStar()
			targets = append(targets, value)
		}
		targets = targets[:len(targets)-1]
		for _, tg := range targets {
			ps.checkTarget(tg)
		}
		return &Assign{Pos: span(start, ps.prevEnd()), Targets: targets, Value: value}
	case ps.peek().kind == tOp && augOps[ps.peek().text] != noOp:
		op := augOps[ps.next().text]
		ps.checkTarget(first)
		v := ps.testList()
		return &AugAssign{Pos: span(start, ps.prevEnd()), Target: first, Op: op, Value: v}
	case ps.isOp(":"):
		ps.next()
		ann := ps.test()
		a := &AnnAssign{Target: first, Annotation: ann}
		if ps.accept("=") {
			a.Value = ps.testListStar()
		}
		ps.checkTarget(first)
		a.Pos = span(start, ps.prevEnd())
		return a
	}
	return &ExprStmt{Pos: span(start, ps.prevEnd()), Value: first}
}

func (ps *parser) checkTarget(e Expr) {
	switch e := e.(type) {
	case *Name, *Attribute, *Subscript:
		return
	case *Tuple:
		for _, x := range e.Elts {
			ps.checkTarget(x)
		}
		return
	case *List:
		for _, x := range e.Elts {
			ps.checkTarget(x)
		}
		return
	case *Starred:
		ps.checkTarget(e.Value)
		return
	case *Call:
		ps.failNode(e, exc.SyntaxError, "cannot assign to function call here. Maybe you meant '==' instead of '='?")
	case *Constant:
		ps.failNode(e, exc.SyntaxError, "cannot assign to literal here. Maybe you meant '==' instead of '='?")
	}
	ps.failNode(e, exc.SyntaxError, "cannot assign to expression here. Maybe you meant '==' instead of '='?")
}

func (ps *parser) failNode(n Node, class *exc.Class, msg string) {
	s := n.Span()
	panic(bailout{&exc.Error{Class: class, Msg: msg, Span: s}})
}

// target parses one assignment target (for loops, with, del).
func (ps *parser) target() Expr {
	if ps.isOp("*") {
		t := ps.next()
		v := ps.target()
		return &Starred{Pos: span(t.start, ps.prevEnd()), Value: v}
	}
	e := ps.orExpr()
	ps.checkTarget(e)
	return e
}

// targetList parses "a, b" targets of a for loop.
func (ps *parser) targetList() Expr {
	start := ps.peek().start
	first := ps.target()
	if !ps.isOp(",") {
		return first
	}
	elts := []Expr{first}
	for ps.accept(",") {
		if ps.isKw("in") {
			break
		}
		elts = append(elts, ps.target())
	}
	return &Tuple{Pos: span(start, ps.prevEnd()), Elts: elts}
}

func parseInt(text string) (any, error) {
	t := strings.ReplaceAll(text, "_", "")
	base := 10
	if len(t) > 1 && t[0] == '0' {
		switch t[1] {
		case 'x', 'X':
			base, t = 16, t[2:]
		case 'o', 'O':
			base, t = 8, t[2:]
		case 'b', 'B':
			base, t = 2, t[2:]
		default:
			if strings.Trim(t, "0") != "" {
				return nil, fmt.Errorf("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
			}
		}
	}
	if v, err := strconv.ParseInt(t, base, 64); err == nil {
		return v, nil
	}
	b, ok := new(big.Int).SetString(t, base)
	if !ok {
		return nil, fmt.Errorf("invalid %s literal", text)
	}
	return b, nil
}
