package py

import (
	"errors"
	"strconv"
	"strings"

	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/source"
)

func (ps *parser) testList() Expr { return ps.exprList(false) }

func (ps *parser) testListStar() Expr { return ps.exprList(true) }

// exprList parses "a, b, *c" into a tuple when there is a comma.
func (ps *parser) exprList(star bool) Expr {
	start := ps.peek().start
	first := ps.starOrTest(star)
	if !ps.isOp(",") {
		return first
	}
	elts := []Expr{first}
	for ps.accept(",") {
		if ps.atExprEnd() {
			break
		}
		elts = append(elts, ps.starOrTest(star))
	}
	return &Tuple{Pos: span(start, ps.prevEnd()), Elts: elts}
}

func (ps *parser) atExprEnd() bool {
	t := ps.peek()
	if t.kind == tNewline || t.kind == tEOF {
		return true
	}
	if t.kind == tOp {
		switch t.text {
		case "=", ")", "]", "}", ";", ":":
			return true
		}
		return augOps[t.text] != noOp
	}
	return t.kind == tName && t.text == "in"
}

func (ps *parser) starOrTest(star bool) Expr {
	if star && ps.isOp("*") {
		t := ps.next()
		v := ps.orExpr()
		return &Starred{Pos: span(t.start, ps.prevEnd()), Value: v}
	}
	return ps.test()
}

// namedTest is a test that may be a walrus.
func (ps *parser) namedTest() Expr { return ps.walrus(ps.test()) }

// walrus reads ":= value" after target when there is one.
func (ps *parser) walrus(target Expr) Expr {
	if !ps.isOp(":=") {
		return target
	}
	n, ok := target.(*Name)
	if !ok {
		what := "expression"
		switch target.(type) {
		case *Attribute:
			what = "attribute"
		case *Subscript:
			what = "subscript"
		case *Tuple:
			what = "tuple"
		case *List:
			what = "list"
		}
		ps.failNode(target, exc.SyntaxError, "cannot use assignment expressions with "+what)
	}
	ps.next()
	v := ps.test()
	return &NamedExpr{Pos: span(n.S.Start, ps.prevEnd()), Target: n, Value: v}
}

// yieldExpr parses yield [from] x after the yield keyword.
func (ps *parser) yieldExpr() Expr {
	t := ps.next()
	y := &Yield{}
	if ps.accept("from") {
		y.From = true
		y.Value = ps.test()
	} else if !ps.atExprEnd() {
		y.Value = ps.testListStar()
	}
	y.Pos = span(t.start, ps.prevEnd())
	return y
}

func (ps *parser) test() Expr {
	if ps.isKw("lambda") {
		t := ps.next()
		args := ps.arguments(":")
		ps.expect(":")
		body := ps.test()
		return &Lambda{Pos: span(t.start, ps.prevEnd()), Args: args, Body: body}
	}
	start, first := ps.peek().start, ps.p
	e := ps.orTest()
	if ps.isKw("if") && !ps.inComprehensionIf() {
		ps.next()
		cond := ps.orTest()
		ps.expect("else")
		other := ps.test()
		ps.disj.end = 0
		return &IfExp{Pos: span(start, ps.prevEnd()), Test: cond, Body: e, Orelse: other}
	}
	if _, isYield := e.(*Yield); !isYield {
		ps.disj.start, ps.disj.end = first, ps.p
	}
	return e
}

// inComprehensionIf is always false: comprehension ifs are parsed with
// orTest, so a bare "if" after a test here is a conditional expression.
func (ps *parser) inComprehensionIf() bool { return false }

func (ps *parser) orTest() Expr {
	start := ps.peek().start
	e := ps.andTest()
	if !ps.isKw("or") {
		return e
	}
	vals := []Expr{e}
	for ps.accept("or") {
		vals = append(vals, ps.andTest())
	}
	return &BoolOp{Pos: span(start, ps.prevEnd()), Op: Or, Values: vals}
}

func (ps *parser) andTest() Expr {
	start := ps.peek().start
	e := ps.notTest()
	if !ps.isKw("and") {
		return e
	}
	vals := []Expr{e}
	for ps.accept("and") {
		vals = append(vals, ps.notTest())
	}
	return &BoolOp{Pos: span(start, ps.prevEnd()), Op: And, Values: vals}
}

func (ps *parser) notTest() Expr {
	if ps.isKw("not") {
		t := ps.next()
		x := ps.notTest()
		return &UnaryOp{Pos: span(t.start, ps.prevEnd()), Op: Not, Operand: x}
	}
	return ps.comparison()
}

func (ps *parser) comparison() Expr {
	start := ps.peek().start
	left := ps.orExpr()
	var opsList []Op
	var rights []Expr
	for {
		t := ps.peek()
		op := noOp
		switch {
		case t.kind == tOp && cmpOps[t.text] != noOp:
			ps.next()
			op = cmpOps[t.text]
		case ps.isKw("in"):
			ps.next()
			op = In
		case ps.isKw("not") && ps.peekAt(1).kind == tName && ps.peekAt(1).text == "in":
			ps.next()
			ps.next()
			op = NotIn
		case ps.isKw("is"):
			ps.next()
			op = Is
			if ps.accept("not") {
				op = IsNot
			}
		}
		if op == noOp {
			break
		}
		opsList = append(opsList, op)
		rights = append(rights, ps.orExpr())
	}
	if len(opsList) == 0 {
		return left
	}
	return &Compare{Pos: span(start, ps.prevEnd()), Left: left, Ops: opsList, Comparators: rights}
}

func (ps *parser) orExpr() Expr { return ps.binary(0) }

func (ps *parser) binary(level int) Expr {
	if level == len(binLevels) {
		return ps.factor()
	}
	start := ps.peek().start
	left := ps.binary(level + 1)
	for {
		t := ps.peek()
		op := noOp
		if t.kind == tOp {
			op = binLevels[level][t.text]
		}
		if op == noOp {
			return left
		}
		ps.next()
		right := ps.binary(level + 1)
		left = &BinOp{Pos: span(start, ps.prevEnd()), Left: left, Op: op, Right: right}
	}
}

func (ps *parser) factor() Expr {
	t := ps.peek()
	if t.kind == tOp {
		if op := unaryOps[t.text]; op != noOp {
			ps.next()
			x := ps.factor()
			return &UnaryOp{Pos: span(t.start, ps.prevEnd()), Op: op, Operand: x}
		}
	}
	return ps.power()
}

func (ps *parser) power() Expr {
	start := ps.peek().start
	if ps.isKw("await") {
		ps.await(ps.peek())
	}
	e := ps.primary()
	if ps.accept("**") {
		r := ps.factor()
		return &BinOp{Pos: span(start, ps.prevEnd()), Left: e, Op: Pow, Right: r}
	}
	return e
}

func (ps *parser) primary() Expr {
	start := ps.peek().start
	e := ps.atom()
	for {
		switch {
		case ps.isOp("("):
			ps.next()
			args, kws := ps.callArgs()
			ps.expect(")")
			e = &Call{Pos: span(start, ps.prevEnd()), Func: e, Args: args, Keywords: kws}
		case ps.isOp("["):
			ps.next()
			idx := ps.subscript()
			ps.expect("]")
			e = &Subscript{Pos: span(start, ps.prevEnd()), Value: e, Index: idx}
		case ps.isOp("."):
			ps.next()
			name, _ := ps.name()
			e = &Attribute{Pos: span(start, ps.prevEnd()), Value: e, Attr: name}
		default:
			return e
		}
	}
}

func (ps *parser) callArgs() ([]Expr, []*Keyword) {
	var args []Expr
	var kws []*Keyword
	posAfterKw := false // reported at the call's end, as CPython does
	defer func() {
		if posAfterKw {
			ps.fail(exc.SyntaxError, ps.peek(), "positional argument follows keyword argument")
		}
	}()
	for !ps.isOp(")") {
		t := ps.peek()
		switch {
		case ps.accept("**"):
			v := ps.test()
			kws = append(kws, &Keyword{Pos: span(t.start, ps.prevEnd()), Value: v})
		case ps.accept("*"):
			v := ps.test()
			args = append(args, &Starred{Pos: span(t.start, ps.prevEnd()), Value: v})
		case t.kind == tName && ps.peekAt(1).kind == tOp && ps.peekAt(1).text == "=":
			ps.next()
			ps.next()
			v := ps.test()
			kws = append(kws, &Keyword{Pos: span(t.start, ps.prevEnd()), Arg: t.text, Value: v})
		default:
			if len(kws) > 0 && !posAfterKw {
				posAfterKw = true
			}
			v := ps.walrus(ps.test())
			if ps.isKw("for") {
				v = ps.comprehension("gen", v, nil, t.start)
			}
			args = append(args, v)
		}
		if !ps.accept(",") {
			break
		}
	}
	return args, kws
}

func (ps *parser) subscript() Expr {
	start := ps.peek().start
	first := ps.sliceItem()
	if !ps.isOp(",") {
		return first
	}
	elts := []Expr{first}
	for ps.accept(",") {
		if ps.isOp("]") {
			break
		}
		elts = append(elts, ps.sliceItem())
	}
	return &Tuple{Pos: span(start, ps.prevEnd()), Elts: elts}
}

func (ps *parser) sliceItem() Expr {
	start := ps.peek().start
	var lo, hi, step Expr
	if !ps.isOp(":") {
		lo = ps.test()
		if !ps.isOp(":") {
			return lo
		}
	}
	ps.expect(":")
	if !ps.isOp(":") && !ps.isOp("]") && !ps.isOp(",") {
		hi = ps.test()
	}
	if ps.accept(":") && !ps.isOp("]") && !ps.isOp(",") {
		step = ps.test()
	}
	return &Slice{Pos: span(start, ps.prevEnd()), Lower: lo, Upper: hi, Step: step}
}

func (ps *parser) comprehension(kind string, elt, value Expr, start int32) Expr {
	c := &Comp{Kind: kind, Elt: elt, Value: value}
	for ps.isKw("for") {
		ps.next()
		g := &Comprehension{Target: ps.targetList()}
		ps.expect("in")
		g.Iter = ps.orTest()
		for ps.isKw("if") {
			ps.next()
			g.Ifs = append(g.Ifs, ps.orTest())
		}
		c.Gens = append(c.Gens, g)
	}
	c.Pos = span(start, ps.prevEnd())
	return c
}

func (ps *parser) atom() Expr {
	t := ps.peek()
	switch t.kind {
	case tName:
		switch t.text {
		case "None":
			ps.next()
			return &Constant{Pos: span(t.start, t.end), Value: nil}
		case "True", "False":
			ps.next()
			return &Constant{Pos: span(t.start, t.end), Value: t.text == "True"}
		}
		if t.text == "yield" {
			return ps.yieldExpr()
		}
		if keywords[t.text] {
			if t.text == "await" {
				ps.await(t)
			}
			ps.syntax(t)
		}
		ps.next()
		return &Name{Pos: span(t.start, t.end), Id: t.text}
	case tNumber:
		ps.next()
		if t.raw {
			text := strings.TrimRight(t.text, "jJ")
			f, err := strconv.ParseFloat(strings.ReplaceAll(text, "_", ""), 64)
			if err != nil && !errors.Is(err, strconv.ErrRange) { // 1e400 is inf
				ps.fail(exc.SyntaxError, t, "invalid float literal")
			}
			if text != t.text {
				return &Constant{Pos: span(t.start, t.end), Value: complex(0, f)}
			}
			return &Constant{Pos: span(t.start, t.end), Value: f}
		}
		v, err := parseInt(t.text)
		if err != nil {
			ps.fail(exc.SyntaxError, t, "%s", err.Error())
		}
		return &Constant{Pos: span(t.start, t.end), Value: v}
	case tString:
		return ps.strings()
	case tOp:
		switch t.text {
		case "(":
			ps.next()
			if ps.accept(")") {
				return &Tuple{Pos: span(t.start, ps.prevEnd())}
			}
			first := ps.starOrTest(true)
			if ps.isKw("for") {
				c := ps.comprehension("gen", first, nil, t.start)
				ps.expect(")")
				c.(*Comp).S.End = ps.prevEnd()
				return c
			}
			first = ps.walrus(first)
			if !ps.isOp(",") {
				ps.expect(")")
				return first
			}
			elts := []Expr{first}
			for ps.accept(",") {
				if ps.isOp(")") {
					break
				}
				elts = append(elts, ps.starOrTest(true))
			}
			ps.expect(")")
			return &Tuple{Pos: span(t.start, ps.prevEnd()), Elts: elts}
		case "[":
			ps.next()
			var elts []Expr
			if !ps.isOp("]") {
				first := ps.walrus(ps.starOrTest(true))
				if ps.isKw("for") {
					c := ps.comprehension("list", first, nil, t.start)
					ps.expect("]")
					c.(*Comp).S.End = ps.prevEnd()
					return c
				}
				elts = append(elts, first)
				for ps.accept(",") {
					if ps.isOp("]") {
						break
					}
					elts = append(elts, ps.starOrTest(true))
				}
			}
			ps.expect("]")
			return &List{Pos: span(t.start, ps.prevEnd()), Elts: elts}
		case "{":
			return ps.dictOrSet()
		case "...":
			ps.next()
			return &Constant{Pos: span(t.start, t.end), Value: Ellipsis{}}
		}
	case tIndent:
		ps.fail(exc.IndentationError, t, "unexpected indent")
	case tNewline, tEOF:
		ps.fail(exc.SyntaxError, t, "invalid syntax")
	}
	ps.syntax(t)
	return nil
}

func (ps *parser) dictOrSet() Expr {
	t := ps.next()
	if ps.accept("}") {
		return &Dict{Pos: span(t.start, ps.prevEnd())}
	}
	if ps.accept("**") {
		d := &Dict{}
		d.Keys = append(d.Keys, nil)
		d.Values = append(d.Values, ps.orExpr())
		return ps.dictRest(t, d)
	}
	first := ps.starOrTest(true)
	if ps.accept(":") {
		v := ps.test()
		if ps.isKw("for") {
			c := ps.comprehension("dict", first, v, t.start)
			ps.expect("}")
			c.(*Comp).S.End = ps.prevEnd()
			return c
		}
		d := &Dict{Keys: []Expr{first}, Values: []Expr{v}}
		return ps.dictRest(t, d)
	}
	if ps.isKw("for") {
		c := ps.comprehension("set", first, nil, t.start)
		ps.expect("}")
		c.(*Comp).S.End = ps.prevEnd()
		return c
	}
	s := &Set{Elts: []Expr{first}}
	for ps.accept(",") {
		if ps.isOp("}") {
			break
		}
		s.Elts = append(s.Elts, ps.starOrTest(true))
	}
	ps.expect("}")
	s.Pos = span(t.start, ps.prevEnd())
	return s
}

func (ps *parser) dictRest(open token, d *Dict) Expr {
	for ps.accept(",") {
		if ps.isOp("}") {
			break
		}
		if ps.accept("**") {
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, ps.orExpr())
			continue
		}
		k := ps.test()
		ps.expect(":")
		d.Keys = append(d.Keys, k)
		d.Values = append(d.Values, ps.test())
	}
	ps.expect("}")
	d.Pos = span(open.start, ps.prevEnd())
	return d
}

// strings concatenates adjacent literals; any f-string makes a JoinedStr.
func (ps *parser) strings() Expr {
	start := ps.peek().start
	var parts []Expr
	var lit strings.Builder
	hasF := false
	flush := func(end int32) {
		if lit.Len() > 0 {
			parts = append(parts, &Constant{Pos: span(start, end), Value: lit.String()})
			lit.Reset()
		}
	}
	var toks []token
	for ps.peek().kind == tString {
		toks = append(toks, ps.next())
	}
	nBytes, n := 0, 0
	for _, t := range toks {
		n++
		if t.bytes {
			nBytes++
		}
		if nBytes > 0 && nBytes < n {
			ps.fail(exc.SyntaxError, t, "cannot mix bytes and nonbytes literals")
		}
		if !t.fstr {
			lit.WriteString(t.str)
			continue
		}
		hasF = true
		for _, p := range ps.fstring(t) {
			if c, ok := p.(*Constant); ok {
				lit.WriteString(c.Value.(string))
				continue
			}
			flush(t.start)
			parts = append(parts, p)
		}
	}
	end := ps.prevEnd()
	if nBytes > 0 {
		return &Constant{Pos: span(start, end), Value: Bytes(lit.String())}
	}
	if !hasF {
		return &Constant{Pos: span(start, end), Value: lit.String()}
	}
	flush(end)
	return &JoinedStr{Pos: span(start, end), Values: parts}
}

// fstring splits an f-string body into literal parts and replacement fields.
// Its own errors point, as CPython 3.11's, at the token after the string
// literals (ps.peek(): strings() has read them all), not into the string.
func (ps *parser) fstring(t token) []Expr {
	body := t.text
	base := int(t.body)
	var out []Expr
	var lit strings.Builder
	flushLit := func() {
		if lit.Len() > 0 {
			v, err := unescape(lit.String(), t.raw, false)
			if err != nil {
				ps.fail(exc.SyntaxError, t, "%s", err.Error())
			}
			out = append(out, &Constant{Pos: span(t.start, t.end), Value: v})
			lit.Reset()
		}
	}
	i := 0
	for i < len(body) {
		c := body[i]
		switch {
		case c == '{' && i+1 < len(body) && body[i+1] == '{', c == '}' && i+1 < len(body) && body[i+1] == '}':
			lit.WriteByte(c)
			i += 2
		case c == '}':
			ps.fail(exc.SyntaxError, ps.peek(), "f-string: single '}' is not allowed")
		case c == '{':
			flushLit()
			debug, fv, n := ps.field(t, body, i, base)
			if debug != "" {
				out = append(out, &Constant{Pos: span(t.start, t.end), Value: debug})
			}
			out = append(out, fv)
			i = n
		default:
			lit.WriteByte(c)
			i++
		}
	}
	flushLit()
	return out
}

// field parses {expr!c:spec} starting at body[i] == '{'; it returns the
// node and the index after the closing brace.
// field parses one replacement field; debug is the text a self-documenting
// field (f"{x = }") prints before the value.
func (ps *parser) field(t token, body string, i, base int) (debug string, _ Expr, _ int) {
	depth := 0
	j := i + 1
	exprEnd, convAt, specAt := -1, -1, -1
	var quote byte
	for ; j < len(body); j++ {
		c := body[j]
		if quote != 0 {
			if c == quote {
				quote = 0
			}
			continue
		}
		switch c {
		case '\'', '"':
			quote = c
		case '(', '[', '{':
			depth++
		case ')', ']':
			depth--
		case '}':
			if depth == 0 {
				goto done
			}
			depth--
		case '!':
			if depth == 0 && convAt < 0 && specAt < 0 && j+1 < len(body) && body[j+1] != '=' {
				convAt = j
				if exprEnd < 0 {
					exprEnd = j
				}
			}
		case ':':
			if depth == 0 && specAt < 0 {
				specAt = j
				if exprEnd < 0 {
					exprEnd = j
				}
				// the spec runs to the matching brace, nested fields included
				for k := j + 1; k < len(body); k++ {
					if body[k] == '{' {
						depth++
					} else if body[k] == '}' {
						if depth == 0 {
							j = k
							goto done
						}
						depth--
					}
				}
				j = len(body)
				goto done
			}
		}
	}
done:
	if j >= len(body) {
		ps.fail(exc.SyntaxError, ps.peek(), "f-string: expecting '}'")
	}
	if exprEnd < 0 {
		exprEnd = j
	}
	text := body[i+1 : exprEnd]
	if t := strings.TrimRight(text, " \t\n"); strings.HasSuffix(t, "=") && !strings.ContainsAny(t[max(len(t)-2, 0):len(t)-1], "=!<>") {
		debug, text = text, t[:len(t)-1]
	}
	if strings.TrimSpace(text) == "" {
		ps.fail(exc.SyntaxError, ps.peek(), "f-string: empty expression not allowed")
	}
	e := ps.subExpr(text, base+i+1)
	fv := &FormattedValue{Pos: span(int32(base+i), int32(base+j+1)), Value: e}
	if convAt >= 0 {
		end := j
		if specAt > convAt {
			end = specAt
		}
		conv := body[convAt+1 : end]
		if conv != "r" && conv != "s" && conv != "a" {
			ps.fail(exc.SyntaxError, ps.peek(), "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		fv.Conversion = rune(conv[0])
	}
	if specAt >= 0 {
		spec := body[specAt+1 : j]
		sub := token{start: t.start, end: t.end, text: spec, body: int32(base + specAt + 1), raw: t.raw, fstr: true}
		parts := ps.fstring(sub)
		fv.Spec = &JoinedStr{Pos: span(int32(base+specAt+1), int32(base+j)), Values: parts}
	}
	if debug != "" && fv.Conversion == 0 && fv.Spec == nil {
		fv.Conversion = 'r'
	}
	return debug, fv, j + 1
}

// subExpr parses an f-string replacement expression, keeping file offsets.
func (ps *parser) subExpr(text string, offset int) Expr {
	padded := strings.Repeat(" ", 0) + "(" + text + ")"
	toks, err := scan(padded)
	if err != nil {
		err.Span.Start += int32(offset - 1)
		err.Span.End += int32(offset - 1)
		panic(bailout{err})
	}
	for i := range toks {
		toks[i].start += int32(offset - 1)
		toks[i].end += int32(offset - 1)
		if toks[i].kind == tString {
			toks[i].body += int32(offset - 1)
		}
	}
	sub := &parser{src: ps.src, toks: toks}
	e := sub.testListStar()
	if sub.peek().kind != tNewline && sub.peek().kind != tEOF {
		sub.syntax(sub.peek())
	}
	return e
}

var _ = source.Span{}

// await reports an await: async functions are refused, so every await the
// parser meets is outside one, a SyntaxError as in CPython.
func (ps *parser) await(t token) {
	if ps.funcDepth > 0 {
		ps.fail(exc.SyntaxError, t, "'await' outside async function")
	}
	ps.fail(exc.SyntaxError, t, "'await' outside function")
}
