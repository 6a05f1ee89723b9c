// Package sre is CPython 3.11's regular expressions (the re module's engine):
// a parser of Python's pattern syntax, with sre_parse's error messages and
// positions, into a tree, and a backtracking matcher with _sre's semantics
// (greedy, lazy and possessive repeats, the rule that stops a repeat after
// an empty iteration, groups keeping the last iteration's value, fixed-width
// look-behind). Go's regexp is RE2: other semantics, and too big for the wasm.
//
// Subjects are runes: a str's characters, or a bytes object's bytes (a bytes
// pattern is decoded as latin-1, as sre_parse does).
package sre

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"cascadelab/engine/internal/pyrepr"
)

// Flags are re's flag bits.
const (
	Template   = 1
	IgnoreCase = 2
	Locale     = 4
	Multiline  = 8
	DotAll     = 16
	Unicode    = 32
	Verbose    = 64
	Debug      = 128
	ASCII      = 256
)

const (
	typeFlags   = ASCII | Locale | Unicode
	globalFlags = Debug | Template
	// MaxRepeat is sre's MAXREPEAT: a count at or past it overflows.
	MaxRepeat = 1<<32 - 1
	inf       = -1 // no upper bound
)

// Error is re.error: its message and where the pattern went wrong (-1: none).
type Error struct {
	Msg string
	Pos int
}

func (e *Error) Error() string { return e.Msg }

// Unsupported is a construct this package does not build.
type Unsupported struct{ What string }

func (e *Unsupported) Error() string { return e.What }

// Overflow is CPython's OverflowError for a repeat count past MaxRepeat.
type Overflow struct{}

func (e *Overflow) Error() string { return "the repetition number is too large" }

type op uint8

const (
	opLit    op = iota // the rune r
	opNotLit           // any rune but r
	opAny              // . (n=1: DOTALL)
	opSet              // a class
	opAt               // an anchor (n: at*)
	opGroup            // a capturing group n, or a non-capturing one (n<0)
	opRepeat
	opAlt
	opRef    // a back-reference to group n
	opLook   // a look-around: behind, neg
	opAtomic // (?>...)
	opCond   // (?(n)yes|no): alts[0], alts[1]
)

const (
	atBeginning = iota // ^ without MULTILINE
	atBeginningLine
	atBeginningString // \A
	atEnd
	atEndLine
	atEndString // \Z
	atBoundary  // \b
	atNonBoundary
)

// Categories of \d \s \w and their negations.
const (
	catDigit = iota
	catNotDigit
	catSpace
	catNotSpace
	catWord
	catNotWord
)

type node struct {
	op       op
	r        rune
	n        int
	min, max int
	lazy     bool
	poss     bool
	behind   bool
	neg      bool
	set      *charSet
	sub      []*node
	alts     [][]*node
	// on and off are the flags scoped groups turn on and off around the
	// node; flags is the result once the global flags are known.
	on, off, flags int
}

type charSet struct {
	neg    bool
	ranges []rune // lo, hi pairs
	cats   []int
}

// Pattern is a parsed pattern.
type Pattern struct {
	prog      []*node
	Flags     int
	Groups    int
	GroupName map[string]int
	Names     []string // by group, "" for unnamed
	bytes     bool
}

type parser struct {
	src        []rune
	i          int // the tokenizer's index past its next token
	next       string
	isText     bool
	flags      int
	groups     int
	names      map[string]int
	widths     [][2]int // per group once closed; nil entry: open
	closed     []bool
	behindAt   int // lookbehindgroups: -1 when not in a look-behind
	refPos     map[int]int
	scopeOn    int
	scopeOff   int
	nodes      []*node // every node made, for the flags pass
	nestedFlag bool
}

// Parse parses a pattern: str patterns are runes, bytes patterns their bytes.
func Parse(src []rune, isText bool, flags int) (p *Pattern, err error) {
	ps := &parser{src: src, isText: isText, flags: flags, groups: 1, names: map[string]int{}, behindAt: -1, refPos: map[int]int{}}
	ps.widths, ps.closed = [][2]int{{0, 0}}, []bool{false}
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				panic(r)
			}
			p, err = nil, e
		}
	}()
	ps.advance(0)
	prog := ps.parseSub(flags&Verbose != 0, 0)
	fl, ferr := fixFlags(isText, ps.flags)
	if ferr != nil {
		return nil, ferr
	}
	if ps.next != "" {
		ps.fail("unbalanced parenthesis", 0)
	}
	for g, pos := range ps.refPos {
		if g >= ps.groups {
			panic(&Error{fmt.Sprintf("invalid group reference %d", g), pos})
		}
	}
	if fl&(Debug|Locale) != 0 {
		what := "re.LOCALE"
		if fl&Debug != 0 {
			what = "re.DEBUG"
		}
		return nil, &Unsupported{what}
	}
	for _, n := range ps.nodes {
		n.flags = (fl | n.on) &^ n.off
		if n.on&ASCII != 0 { // (?a:...) in a str pattern
			n.flags &^= Unicode
		}
		if n.op == opLook && n.behind {
			lo, hi := ps.width(n.sub)
			if lo != hi {
				return nil, &Error{"look-behind requires fixed-width pattern", -1}
			}
			n.n = lo
		}
	}
	names := make([]string, ps.groups)
	for k, v := range ps.names {
		names[v] = k
	}
	return &Pattern{prog: prog, Flags: fl, Groups: ps.groups - 1, GroupName: ps.names, Names: names, bytes: !isText}, nil
}

// ValueError is fix_flags' ValueError.
type ValueError struct{ Msg string }

func (e *ValueError) Error() string { return e.Msg }

func fixFlags(isText bool, fl int) (int, error) {
	if isText {
		switch {
		case fl&Locale != 0:
			return 0, &ValueError{"cannot use LOCALE flag with a str pattern"}
		case fl&ASCII == 0:
			fl |= Unicode
		case fl&Unicode != 0:
			return 0, &ValueError{"ASCII and UNICODE flags are incompatible"}
		}
		return fl, nil
	}
	if fl&Unicode != 0 {
		return 0, &ValueError{"cannot use UNICODE flag with a bytes pattern"}
	}
	if fl&Locale != 0 && fl&ASCII != 0 {
		return 0, &ValueError{"ASCII and LOCALE flags are incompatible"}
	}
	return fl, nil
}

// advance reads the next token from index i: a character or an escape pair.
func (ps *parser) advance(i int) {
	if i >= len(ps.src) {
		ps.i, ps.next = i, ""
		return
	}
	c := string(ps.src[i])
	if c == "\\" {
		i++
		if i >= len(ps.src) {
			panic(&Error{"bad escape (end of pattern)", len(ps.src) - 1})
		}
		c += string(ps.src[i])
	}
	ps.i, ps.next = i+1, c
}

func (ps *parser) tell() int { return ps.i - len([]rune(ps.next)) }

func (ps *parser) seek(i int) { ps.advance(i) }

func (ps *parser) get() string {
	t := ps.next
	ps.advance(ps.i)
	return t
}

func (ps *parser) match(c string) bool {
	if ps.next == c && c != "" {
		ps.advance(ps.i)
		return true
	}
	return false
}

func (ps *parser) fail(msg string, offset int) {
	if !ps.isText { // bytes: the message is ASCII, backslashreplace'd
		var b strings.Builder
		for _, r := range msg {
			if r < 0x80 {
				b.WriteRune(r)
			} else {
				fmt.Fprintf(&b, `\x%02x`, r)
			}
		}
		msg = b.String()
	}
	panic(&Error{msg, ps.tell() - offset})
}

func (ps *parser) getWhile(n int, set string) string {
	out := ""
	for k := 0; k < n && ps.next != "" && len(ps.next) == 1 && strings.Contains(set, ps.next); k++ {
		out += ps.get()
	}
	return out
}

func (ps *parser) getUntil(term, name string) string {
	out := ""
	for {
		c := ps.get()
		if c == "" {
			if out == "" {
				ps.fail("missing "+name, 0)
			}
			ps.fail(fmt.Sprintf("missing %s, unterminated name", term), len([]rune(out)))
		}
		if c == term {
			if out == "" {
				ps.fail("missing "+name, 1)
			}
			return out
		}
		out += c
	}
}

func (ps *parser) checkName(name string, offset int) {
	if !isIdentifier(name) {
		ps.fail(fmt.Sprintf("bad character in group name %s", pyrepr.Str(name)), len([]rune(name))+offset)
	}
}

func isIdentifier(s string) bool {
	for i, r := range s {
		if !(r == '_' || unicode.IsLetter(r) || i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r))) {
			return false
		}
	}
	return s != ""
}

func (ps *parser) mk(n *node) *node {
	n.on, n.off = ps.scopeOn, ps.scopeOff
	ps.nodes = append(ps.nodes, n)
	return n
}

func (ps *parser) lit(r rune) *node { return ps.mk(&node{op: opLit, r: r}) }

var escapes = map[byte]rune{'a': 7, 'b': 8, 'f': 12, 'n': 10, 'r': 13, 't': 9, 'v': 11, '\\': '\\'}

var categories = map[byte]int{'d': catDigit, 'D': catNotDigit, 's': catSpace, 'S': catNotSpace, 'w': catWord, 'W': catNotWord}

var anchors = map[byte]int{'A': atBeginningString, 'b': atBoundary, 'B': atNonBoundary, 'Z': atEndString}

const (
	hexDigits = "0123456789abcdefABCDEF"
	octDigits = "01234567"
	digits    = "0123456789"
)

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// numericEscape reads \x \u \U and octal escapes shared by classes and
// patterns; ok is false when esc is none of them.
func (ps *parser) numericEscape(esc string) (rune, bool) {
	c := esc[1]
	width := 8
	switch c {
	case 'x':
		width = 2
	case 'u':
		width = 4
	}
	if c == 'x' || (c == 'u' || c == 'U') && ps.isText {
		esc += ps.getWhile(width, hexDigits)
		if len(esc) != width+2 {
			ps.fail("incomplete escape "+esc, len(esc))
		}
		v, _ := strconv.ParseUint(esc[2:], 16, 32)
		if v > unicode.MaxRune {
			ps.fail("bad escape "+esc, len(esc))
		}
		return rune(v), true
	}
	if c == 'N' && ps.isText {
		if !ps.match("{") {
			ps.fail("missing {", 0)
		}
		ps.getUntil("}", "character name")
		panic(&Unsupported{`\N{...} escapes in re patterns (no Unicode name table)`})
	}
	return 0, false
}

func (ps *parser) classEscape(esc string) (*node, int) {
	c := esc[1]
	if r, ok := escapes[c]; ok {
		return ps.lit(r), -1
	}
	if cat, ok := categories[c]; ok {
		return nil, cat
	}
	if r, ok := ps.numericEscape(esc); ok {
		return ps.lit(r), -1
	}
	if strings.IndexByte(octDigits, c) >= 0 {
		esc += ps.getWhile(2, octDigits)
		v, _ := strconv.ParseUint(esc[1:], 8, 32)
		if v > 0o377 {
			ps.fail(fmt.Sprintf("octal escape value %s outside of range 0-0o377", esc), len(esc))
		}
		return ps.lit(rune(v)), -1
	}
	if strings.IndexByte(digits, c) < 0 && len([]rune(esc)) == 2 && !isASCIILetter(c) {
		return ps.lit([]rune(esc)[1]), -1
	}
	ps.fail("bad escape "+esc, len([]rune(esc)))
	return nil, -1
}

func (ps *parser) escape(esc string) *node {
	c := esc[1]
	if cat, ok := categories[c]; ok {
		return ps.mk(&node{op: opSet, set: &charSet{cats: []int{cat}}})
	}
	if at, ok := anchors[c]; ok {
		return ps.mk(&node{op: opAt, n: at})
	}
	if r, ok := escapes[c]; ok {
		return ps.lit(r)
	}
	if r, ok := ps.numericEscape(esc); ok {
		return ps.lit(r)
	}
	if c == '0' {
		esc += ps.getWhile(2, octDigits)
		v, _ := strconv.ParseUint(esc[1:], 8, 32)
		return ps.lit(rune(v))
	}
	if strings.IndexByte(digits, c) >= 0 {
		esc, r, octal := ps.digitEscape(esc)
		if octal {
			return ps.lit(r)
		}
		g, _ := strconv.Atoi(esc[1:])
		if g < ps.groups {
			if !ps.closed[g] {
				ps.fail("cannot refer to an open group", len(esc))
			}
			ps.checkBehindGroup(g)
			return ps.mk(&node{op: opRef, n: g})
		}
		ps.fail(fmt.Sprintf("invalid group reference %d", g), len(esc)-1)
	}
	if len([]rune(esc)) == 2 && !isASCIILetter(c) {
		return ps.lit([]rune(esc)[1])
	}
	ps.fail("bad escape "+esc, len([]rune(esc)))
	return nil
}

// digitEscape reads the rest of \1-\9: three octal digits are a
// character, else up to two digits are a group's number.
func (ps *parser) digitEscape(esc string) (string, rune, bool) {
	if ps.next != "" && strings.Contains(digits, ps.next) {
		esc += ps.get()
		if strings.IndexByte(octDigits, esc[1]) >= 0 && strings.IndexByte(octDigits, esc[2]) >= 0 && ps.next != "" && strings.Contains(octDigits, ps.next) {
			esc += ps.get()
			v, _ := strconv.ParseUint(esc[1:], 8, 32)
			if v > 0o377 {
				ps.fail(fmt.Sprintf("octal escape value %s outside of range 0-0o377", esc), len(esc))
			}
			return esc, rune(v), true
		}
	}
	return esc, 0, false
}

func (ps *parser) checkBehindGroup(g int) {
	if ps.behindAt >= 0 {
		if !ps.closed[g] {
			ps.fail("cannot refer to an open group", 0)
		}
		if g >= ps.behindAt {
			ps.fail("cannot refer to group defined in the same lookbehind subpattern", 0)
		}
	}
}

// parseSub is an alternation: a|b|c.
func (ps *parser) parseSub(verbose bool, nested int) []*node {
	var items [][]*node
	for {
		items = append(items, ps.parse(&verbose, nested+1, nested == 0 && items == nil))
		if !ps.match("|") {
			break
		}
		if nested == 0 {
			verbose = ps.flags&Verbose != 0
		}
	}
	if len(items) == 1 {
		return items[0]
	}
	return []*node{ps.mk(&node{op: opAlt, alts: items})}
}

var flagChars = map[string]int{"i": IgnoreCase, "L": Locale, "m": Multiline, "s": DotAll, "x": Verbose, "a": ASCII, "t": Template, "u": Unicode}

// parse is a sequence, up to | or ).
func (ps *parser) parse(verbosep *bool, nested int, first bool) []*node {
	verbose := *verbosep
	defer func() { *verbosep = verbose }()
	var seq []*node
	for {
		this := ps.next
		if this == "" || this == "|" || this == ")" {
			break
		}
		ps.get()
		if verbose {
			if strings.Contains(" \t\n\r\v\f", this) {
				continue
			}
			if this == "#" {
				for c := ps.get(); c != "" && c != "\n"; c = ps.get() {
				}
				continue
			}
		}
		switch {
		case this[0] == '\\':
			seq = append(seq, ps.escape(this))
		case !strings.Contains(".\\[{()*+?^$|", this):
			seq = append(seq, ps.lit([]rune(this)[0]))
		case this == "[":
			seq = append(seq, ps.class())
		case strings.Contains("*+?{", this):
			here := ps.tell()
			lo, hi := 0, inf
			switch this {
			case "?":
				hi = 1
			case "+":
				lo = 1
			case "{":
				if ps.next == "}" {
					seq = append(seq, ps.lit('{'))
					continue
				}
				los, his := "", ""
				for ps.next != "" && strings.Contains(digits, ps.next) {
					los += ps.get()
				}
				if ps.match(",") {
					for ps.next != "" && strings.Contains(digits, ps.next) {
						his += ps.get()
					}
				} else {
					his = los
				}
				if !ps.match("}") {
					seq = append(seq, ps.lit('{'))
					ps.seek(here)
					continue
				}
				if los != "" {
					lo = repeatCount(los)
				}
				if his != "" {
					hi = repeatCount(his)
					if hi < lo {
						ps.fail("min repeat greater than max repeat", ps.tell()-here)
					}
				}
			}
			if len(seq) == 0 || seq[len(seq)-1].op == opAt {
				ps.fail("nothing to repeat", ps.tell()-here+1)
			}
			item := seq[len(seq)-1]
			if item.op == opRepeat {
				ps.fail("multiple repeat", ps.tell()-here+1)
			}
			body := []*node{item}
			if item.op == opGroup && item.n < 0 && !item.scoped() {
				body = item.sub
			}
			rep := &node{op: opRepeat, min: lo, max: hi, sub: body}
			if ps.match("?") {
				rep.lazy = true
			} else if ps.match("+") {
				rep.poss = true
			}
			seq[len(seq)-1] = ps.mk(rep)
		case this == ".":
			seq = append(seq, ps.mk(&node{op: opAny}))
		case this == "(":
			if g := ps.group(&verbose, nested, first && len(seq) == 0); g != nil {
				seq = append(seq, g)
			}
		case this == "^":
			seq = append(seq, ps.mk(&node{op: opAt, n: atBeginning}))
		case this == "$":
			seq = append(seq, ps.mk(&node{op: opAt, n: atEnd}))
		}
	}
	// unpack the non-capturing groups without flags
	var out []*node
	for _, n := range seq {
		if n.op == opGroup && n.n < 0 && n.sub != nil && !n.scoped() {
			out = append(out, n.sub...)
		} else {
			out = append(out, n)
		}
	}
	return out
}

// scoped marks a non-capturing group with flags (kept for the repeat check).
func (n *node) scoped() bool { return n.r == 1 }

func repeatCount(s string) int {
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil || v >= MaxRepeat {
		panic(&Overflow{})
	}
	return int(v)
}

func (ps *parser) class() *node {
	here := ps.tell() - 1
	set := &charSet{neg: ps.match("^")}
	n := 0
	for {
		this := ps.get()
		if this == "" {
			ps.fail("unterminated character set", ps.tell()-here)
		}
		if this == "]" && n > 0 {
			break
		}
		n++
		var lo *node
		cat := -1
		if this[0] == '\\' {
			lo, cat = ps.classEscape(this)
		} else {
			lo = &node{op: opLit, r: []rune(this)[0]}
		}
		if ps.match("-") {
			that := ps.get()
			if that == "" {
				ps.fail("unterminated character set", ps.tell()-here)
			}
			if that == "]" {
				set.add(lo, cat)
				set.ranges = append(set.ranges, '-', '-')
				break
			}
			var hi *node
			hcat := -1
			if that[0] == '\\' {
				hi, hcat = ps.classEscape(that)
			} else {
				hi = &node{op: opLit, r: []rune(that)[0]}
			}
			msg := fmt.Sprintf("bad character range %s-%s", this, that)
			off := len([]rune(this)) + 1 + len([]rune(that))
			if cat >= 0 || hcat >= 0 || hi.r < lo.r {
				ps.fail(msg, off)
			}
			set.ranges = append(set.ranges, lo.r, hi.r)
			continue
		}
		set.add(lo, cat)
	}
	if !set.neg && len(set.cats) == 0 && len(set.ranges) == 2 && set.ranges[0] == set.ranges[1] {
		return ps.lit(set.ranges[0])
	}
	if set.neg && len(set.cats) == 0 && len(set.ranges) == 2 && set.ranges[0] == set.ranges[1] {
		return ps.mk(&node{op: opNotLit, r: set.ranges[0]})
	}
	return ps.mk(&node{op: opSet, set: set})
}

func (s *charSet) add(lit *node, cat int) {
	if cat >= 0 {
		s.cats = append(s.cats, cat)
	} else {
		s.ranges = append(s.ranges, lit.r, lit.r)
	}
}

// group parses what follows "(": nil for a comment or global flags.
func (ps *parser) group(verbose *bool, nested int, first bool) *node {
	start := ps.tell() - 1
	capture, atomic := true, false
	name := ""
	on, off := 0, 0
	if ps.match("?") {
		c := ps.get()
		switch {
		case c == "":
			ps.fail("unexpected end of pattern", 0)
		case c == "P":
			if ps.match("<") {
				name = ps.getUntil(">", "group name")
				ps.checkName(name, 1)
			} else if ps.match("=") {
				name = ps.getUntil(")", "group name")
				ps.checkName(name, 1)
				g, ok := ps.names[name]
				if !ok {
					ps.fail("unknown group name "+pyrepr.Str(name), len([]rune(name))+1)
				}
				if !ps.closed[g] {
					ps.fail("cannot refer to an open group", len([]rune(name))+1)
				}
				ps.checkBehindGroup(g)
				return ps.mk(&node{op: opRef, n: g})
			} else {
				c := ps.get()
				if c == "" {
					ps.fail("unexpected end of pattern", 0)
				}
				ps.fail("unknown extension ?P"+c, len([]rune(c))+2)
			}
		case c == ":":
			capture = false
		case c == "#":
			for {
				if ps.next == "" {
					ps.fail("missing ), unterminated comment", ps.tell()-start)
				}
				if ps.get() == ")" {
					return nil
				}
			}
		case c == "=" || c == "!" || c == "<":
			behind := false
			if c == "<" {
				c = ps.get()
				if c == "" {
					ps.fail("unexpected end of pattern", 0)
				}
				if c != "=" && c != "!" {
					ps.fail("unknown extension ?<"+c, len([]rune(c))+2)
				}
				behind = true
			}
			outer := ps.behindAt
			if behind && outer < 0 {
				ps.behindAt = ps.groups
			}
			sub := ps.parseSub(*verbose, nested+1)
			ps.behindAt = outer
			if !ps.match(")") {
				ps.fail("missing ), unterminated subpattern", ps.tell()-start)
			}
			return ps.mk(&node{op: opLook, behind: behind, neg: c == "!", sub: sub})
		case c == "(":
			return ps.conditional(verbose, nested, start)
		case c == ">":
			capture, atomic = false, true
		case flagChars[c] != 0 || c == "-":
			var global bool
			on, off, global = ps.inlineFlags(c)
			if global {
				if !first {
					ps.fail("global flags not at the start of the expression", ps.tell()-start)
				}
				*verbose = ps.flags&Verbose != 0
				return nil
			}
			capture = false
		default:
			ps.fail("unknown extension ?"+c, len([]rune(c))+1)
		}
	}
	g := -1
	if capture {
		g = ps.groups
		if name != "" {
			if old, ok := ps.names[name]; ok {
				ps.fail(fmt.Sprintf("redefinition of group name %s as group %d; was group %d", pyrepr.Str(name), g, old), len([]rune(name))+1)
			}
			ps.names[name] = g
		}
		ps.groups++
		ps.widths = append(ps.widths, [2]int{})
		ps.closed = append(ps.closed, false)
	}
	subVerbose := (*verbose || on&Verbose != 0) && off&Verbose == 0
	savedOn, savedOff := ps.scopeOn, ps.scopeOff
	ps.scopeOn, ps.scopeOff = (ps.scopeOn|on)&^off, (ps.scopeOff|off)&^on
	sub := ps.parseSub(subVerbose, nested+1)
	ps.scopeOn, ps.scopeOff = savedOn, savedOff
	if !ps.match(")") {
		ps.fail("missing ), unterminated subpattern", ps.tell()-start)
	}
	if capture {
		lo, hi := ps.width(sub)
		ps.widths[g], ps.closed[g] = [2]int{lo, hi}, true
	}
	if atomic {
		return ps.mk(&node{op: opAtomic, sub: sub})
	}
	n := ps.mk(&node{op: opGroup, n: g, sub: sub})
	if on != 0 || off != 0 {
		n.r = 1 // scoped: a repeat keeps the group, not its contents
	}
	return n
}

func (ps *parser) conditional(verbose *bool, nested, start int) *node {
	name := ps.getUntil(")", "group name")
	var g int
	if isIdentifier(name) {
		var ok bool
		if g, ok = ps.names[name]; !ok {
			ps.fail("unknown group name "+pyrepr.Str(name), len([]rune(name))+1)
		}
	} else {
		v, err := strconv.Atoi(name)
		if err != nil || v < 0 || strings.TrimLeft(name, digits) != "" {
			ps.fail("bad character in group name "+pyrepr.Str(name), len([]rune(name))+1)
		}
		if v == 0 {
			ps.fail("bad group number", len([]rune(name))+1)
		}
		if _, ok := ps.refPos[v]; !ok {
			ps.refPos[v] = ps.tell() - len([]rune(name)) - 1
		}
		g = v
	}
	ps.checkBehindGroup(g)
	yes := ps.parse(verbose, nested+1, false)
	var no []*node
	if ps.match("|") {
		no = ps.parse(verbose, nested+1, false)
		if ps.next == "|" {
			ps.fail("conditional backref with more than two branches", 0)
		}
	}
	if !ps.match(")") {
		ps.fail("missing ), unterminated subpattern", ps.tell()-start)
	}
	return ps.mk(&node{op: opCond, n: g, alts: [][]*node{yes, no}})
}

// inlineFlags parses (?imsx-imsx:...) or (?imsx) after its first character.
func (ps *parser) inlineFlags(c string) (on, off int, global bool) {
	if c != "-" {
		for {
			f := flagChars[c]
			if ps.isText && c == "L" {
				ps.fail("bad inline flags: cannot use 'L' flag with a str pattern", 0)
			}
			if !ps.isText && c == "u" {
				ps.fail("bad inline flags: cannot use 'u' flag with a bytes pattern", 0)
			}
			on |= f
			if f&typeFlags != 0 && on&typeFlags != f {
				ps.fail("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0)
			}
			c = ps.get()
			if c == "" {
				ps.fail("missing -, : or )", 0)
			}
			if c == ")" || c == "-" || c == ":" {
				break
			}
			if flagChars[c] == 0 {
				ps.badFlag(c, "missing -, : or )")
			}
		}
	}
	if c == ")" {
		ps.flags |= on
		return 0, 0, true
	}
	if on&globalFlags != 0 {
		ps.fail("bad inline flags: cannot turn on global flag", 1)
	}
	if c == "-" {
		c = ps.get()
		if c == "" {
			ps.fail("missing flag", 0)
		}
		if flagChars[c] == 0 {
			ps.badFlag(c, "missing flag")
		}
		for {
			f := flagChars[c]
			if f&typeFlags != 0 {
				ps.fail("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0)
			}
			off |= f
			c = ps.get()
			if c == "" {
				ps.fail("missing :", 0)
			}
			if c == ":" {
				break
			}
			if flagChars[c] == 0 {
				ps.badFlag(c, "missing :")
			}
		}
	}
	if off&globalFlags != 0 {
		ps.fail("bad inline flags: cannot turn off global flag", 1)
	}
	if on&off != 0 {
		ps.fail("bad inline flags: flag turned on and off", 1)
	}
	return on, off, false
}

// badFlag fails on c where a flag was expected: "unknown flag" for a letter.
func (ps *parser) badFlag(c, otherwise string) {
	r := []rune(c)
	if len(r) == 1 && unicode.IsLetter(r[0]) {
		otherwise = "unknown flag"
	}
	ps.fail(otherwise, len(r))
}

// width is sre_parse's getwidth: the least and most runes seq matches
// (inf: no bound).
func (ps *parser) width(seq []*node) (int, int) {
	lo, hi := 0, 0
	add := func(l, h int) {
		lo += l
		if hi != inf {
			if h == inf {
				hi = inf
			} else {
				hi += h
			}
		}
	}
	for _, n := range seq {
		switch n.op {
		case opLit, opNotLit, opAny, opSet:
			add(1, 1)
		case opGroup, opAtomic:
			add(ps.width(n.sub))
		case opAlt:
			l, h := -1, 0
			for _, a := range n.alts {
				al, ah := ps.width(a)
				if l < 0 || al < l {
					l = al
				}
				if h != inf && (ah == inf || ah > h) {
					h = ah
				}
			}
			add(l, h)
		case opRepeat:
			l, h := ps.width(n.sub)
			l *= n.min
			if h != inf && n.max != inf {
				h *= n.max
			} else if h != 0 {
				h = inf
			}
			add(l, h)
		case opRef:
			w := ps.widths[n.n]
			add(w[0], w[1])
		case opCond:
			l, h := ps.width(n.alts[0])
			if n.alts[1] != nil {
				l2, h2 := ps.width(n.alts[1])
				l = min(l, l2)
				if h != inf && (h2 == inf || h2 > h) {
					h = h2
				}
			} else {
				l = 0
			}
			add(l, h)
		}
	}
	return lo, hi
}
