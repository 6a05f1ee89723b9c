package py

import (
	"strings"

	"cascadelab/engine/internal/exc"
)

// The match statement (PEP 634).
type (
	Match struct {
		Pos
		Subject Expr
		Cases   []*MatchCase
	}
	MatchCase struct {
		Pos
		Pattern Pattern
		Guard   Expr // nil without "if"
		Body    []Stmt
	}
	// Pattern is one of the Match* patterns below.
	Pattern interface {
		Node
		pattern()
	}
	// MatchValue compares with ==: a literal or a dotted name.
	MatchValue struct {
		Pos
		Value Expr
	}
	// MatchSingleton compares None, True and False by identity.
	MatchSingleton struct {
		Pos
		Value any
	}
	// MatchAs is "pattern as name", a capture (Pattern nil) or the
	// wildcard _ (both empty).
	MatchAs struct {
		Pos
		Pattern Pattern
		Name    string
	}
	MatchOr struct {
		Pos
		Patterns []Pattern
	}
	MatchSequence struct {
		Pos
		Patterns []Pattern
	}
	// MatchStar is *name inside a sequence pattern ("" for *_).
	MatchStar struct {
		Pos
		Name string
	}
	MatchMapping struct {
		Pos
		Keys     []Expr
		Patterns []Pattern
		Rest     string // **rest
	}
	MatchClass struct {
		Pos
		Cls         Expr
		Patterns    []Pattern
		KwdAttrs    []string
		KwdPatterns []Pattern
	}
)

func (*Match) stmt()             {}
func (*MatchValue) pattern()     {}
func (*MatchSingleton) pattern() {}
func (*MatchAs) pattern()        {}
func (*MatchOr) pattern()        {}
func (*MatchSequence) pattern()  {}
func (*MatchStar) pattern()      {}
func (*MatchMapping) pattern()   {}
func (*MatchClass) pattern()     {}

// matchStmt parses a match statement if the line at "match" is one ("match"
// is a soft keyword: otherwise it is a name).
func (ps *parser) matchStmt() Stmt {
	save := ps.p
	isMatch := func() (ok bool) {
		defer func() {
			if r := recover(); r != nil {
				if _, bail := r.(bailout); !bail {
					panic(r)
				}
				ok = false
			}
		}()
		ps.next()
		ps.testListStar()
		// "match x:" and a line break is a match statement: as an
		// expression statement it would never be valid
		return ps.isOp(":") && ps.peekAt(1).kind == tNewline
	}()
	ps.p = save
	if !isMatch {
		return nil
	}
	t := ps.next()
	m := &Match{Subject: ps.testListStar()}
	ps.expect(":")
	ps.next() // newline
	if ps.peek().kind != tIndent {
		ps.fail(exc.IndentationError, ps.peek(), "expected an indented block after 'match' statement on line %d", lineOf(ps.src, int(t.start)))
	}
	ps.next()
	if !ps.isKw("case") {
		ps.syntax(ps.peek())
	}
	for ps.isKw("case") {
		ct := ps.next()
		c := &MatchCase{Pattern: ps.openPattern()}
		if ps.accept("if") {
			c.Guard = ps.namedTest()
		}
		c.Body = ps.block("'case' statement", ct)
		c.Pos = span(ct.start, ps.prevEnd())
		m.Cases = append(m.Cases, c)
		for ps.peek().kind == tNewline {
			ps.next()
		}
	}
	if ps.peek().kind != tDedent && ps.peek().kind != tEOF {
		ps.syntax(ps.peek())
	}
	if ps.peek().kind == tDedent {
		ps.next()
	}
	m.Pos = span(t.start, ps.prevEnd())
	return m
}

// openPattern is a case's pattern, where "a, b" is a sequence.
func (ps *parser) openPattern() Pattern {
	start := ps.peek().start
	p := ps.starOrPattern()
	if !ps.isOp(",") {
		if _, star := p.(*MatchStar); star {
			ps.failNode(p, exc.SyntaxError, "can't use starred expression here")
		}
		return p
	}
	seq := &MatchSequence{Patterns: []Pattern{p}}
	for ps.accept(",") {
		if ps.isOp(":") || ps.isKw("if") {
			break
		}
		seq.Patterns = append(seq.Patterns, ps.starOrPattern())
	}
	seq.Pos = span(start, ps.prevEnd())
	return seq
}

func (ps *parser) starOrPattern() Pattern {
	if ps.isOp("*") {
		t := ps.next()
		n, _ := ps.name()
		if n == "_" {
			n = ""
		}
		return &MatchStar{Pos: span(t.start, ps.prevEnd()), Name: n}
	}
	return ps.pattern()
}

// pattern is an or-pattern, possibly followed by "as name".
func (ps *parser) pattern() Pattern {
	start := ps.peek().start
	p := ps.closedPattern()
	if ps.isOp("|") {
		or := &MatchOr{Patterns: []Pattern{p}}
		for ps.accept("|") {
			or.Patterns = append(or.Patterns, ps.closedPattern())
		}
		or.Pos = span(start, ps.prevEnd())
		p = or
	}
	if ps.accept("as") {
		n, t := ps.name()
		if n == "_" {
			ps.fail(exc.SyntaxError, t, "cannot use '_' as a target")
		}
		p = &MatchAs{Pos: span(start, ps.prevEnd()), Pattern: p, Name: n}
	}
	return p
}

func (ps *parser) closedPattern() Pattern {
	t := ps.peek()
	switch {
	case t.kind == tNumber || t.kind == tOp && t.text == "-":
		if t.kind == tOp && ps.peekAt(1).kind != tNumber {
			ps.syntax(ps.peekAt(1)) // only a number can be negative
		}
		v := ps.factor()
		if ps.isOp("+") || ps.isOp("-") { // a complex literal: real +/- imaginary
			im := ps.peekAt(1)
			switch {
			case im.kind != tNumber:
				ps.syntax(im)
			case !strings.HasSuffix(im.text, "j") && !strings.HasSuffix(im.text, "J"):
				ps.fail(exc.SyntaxError, im, "imaginary number required in complex literal")
			}
			ps.unsupported(ps.peek(), "complex numbers")
		}
		return &MatchValue{Pos: span(t.start, ps.prevEnd()), Value: v}
	case t.kind == tString:
		v := ps.strings()
		return &MatchValue{Pos: span(t.start, ps.prevEnd()), Value: v}
	case t.kind == tName:
		switch t.text {
		case "None", "True", "False":
			ps.next()
			c := ps.toks[ps.p-1]
			var v any
			if c.text != "None" {
				v = c.text == "True"
			}
			return &MatchSingleton{Pos: span(t.start, t.end), Value: v}
		}
		n, _ := ps.name()
		var e Expr = &Name{Pos: span(t.start, t.end), Id: n}
		dotted := false
		for ps.accept(".") {
			a, _ := ps.name()
			e = &Attribute{Pos: span(t.start, ps.prevEnd()), Value: e, Attr: a}
			dotted = true
		}
		if ps.isOp("(") {
			return ps.classPattern(e, t.start)
		}
		if dotted {
			return &MatchValue{Pos: span(t.start, ps.prevEnd()), Value: e}
		}
		if n == "_" {
			return &MatchAs{Pos: span(t.start, t.end)}
		}
		return &MatchAs{Pos: span(t.start, t.end), Name: n}
	case t.kind == tOp && (t.text == "(" || t.text == "["):
		ps.next()
		closer := ")"
		if t.text == "[" {
			closer = "]"
		}
		seq := &MatchSequence{}
		if ps.accept(closer) {
			seq.Pos = span(t.start, ps.prevEnd())
			return seq
		}
		first := ps.starOrPattern()
		if closer == ")" && ps.accept(")") {
			if _, star := first.(*MatchStar); !star {
				return first // a group
			}
		} else {
			seq.Patterns = append(seq.Patterns, first)
			for ps.accept(",") {
				if ps.isOp(closer) {
					break
				}
				seq.Patterns = append(seq.Patterns, ps.starOrPattern())
			}
			ps.expect(closer)
			seq.Pos = span(t.start, ps.prevEnd())
			return seq
		}
		seq.Patterns = []Pattern{first}
		seq.Pos = span(t.start, ps.prevEnd())
		return seq
	case t.kind == tOp && t.text == "{":
		ps.next()
		m := &MatchMapping{}
		for !ps.isOp("}") {
			if ps.accept("**") {
				m.Rest, _ = ps.name()
				if ps.accept(",") && !ps.isOp("}") {
					ps.syntax(ps.peek()) // **rest comes last
				}
				break
			} else {
				kt := ps.peek()
				var key Expr
				switch p := ps.closedPattern().(type) {
				case *MatchValue:
					key = p.Value
				case *MatchSingleton:
					key = &Constant{Pos: p.Pos, Value: p.Value}
				default:
					ps.fail(exc.SyntaxError, kt, "mapping pattern keys may only match literals and attribute lookups")
				}
				ps.expect(":")
				m.Keys = append(m.Keys, key)
				m.Patterns = append(m.Patterns, ps.pattern())
			}
			if !ps.accept(",") {
				break
			}
		}
		ps.expect("}")
		m.Pos = span(t.start, ps.prevEnd())
		return m
	}
	ps.syntax(t)
	return nil
}

func (ps *parser) classPattern(cls Expr, start int32) Pattern {
	ps.expect("(")
	c := &MatchClass{Cls: cls}
	for !ps.isOp(")") {
		if t := ps.peek(); t.kind == tName && ps.peekAt(1).kind == tOp && ps.peekAt(1).text == "=" {
			ps.next()
			ps.next()
			c.KwdAttrs = append(c.KwdAttrs, t.text)
			c.KwdPatterns = append(c.KwdPatterns, ps.pattern())
		} else {
			if len(c.KwdAttrs) > 0 {
				ps.fail(exc.SyntaxError, t, "positional patterns follow keyword patterns")
			}
			c.Patterns = append(c.Patterns, ps.pattern())
		}
		if !ps.accept(",") {
			break
		}
	}
	ps.expect(")")
	c.Pos = span(start, ps.prevEnd())
	return c
}
