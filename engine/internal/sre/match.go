package sre

import (
	"fmt"
	"unicode"
)

// Mode says where a match may start and end.
type Mode int

const (
	Search    Mode = iota // anywhere from pos
	Match                 // at pos
	FullMatch             // at pos, up to endpos
)

// Result is a match: each group's start and end (-1 when it did not take
// part) and lastindex (-1: none).
type Result struct {
	Spans     []int
	LastIndex int
}

type matcher struct {
	s     []rune
	end   int
	caps  []int
	last  int
	ticks int
	depth int
	step  func() error
	err   error
}

// stepEvery is how many matcher steps make one step of the run's budget.
const stepEvery = 64

// maxDepth bounds the iterations of a repeated group in progress: each
// one is a few Go frames (about 1 KB), and Go's stack is not the run's to
// grow without end (CPython's _sre keeps them on its heap).
const maxDepth = 100_000

// Find runs the pattern on s[:end] from pos. mustAdvance refuses an empty
// match at pos (re's rule after an empty match in finditer, sub and split).
// step is called as the matcher works, so that the run's budget stops a
// catastrophic backtracking; its error ends the search.
func (p *Pattern) Find(s []rune, pos, end int, mode Mode, mustAdvance bool, step func() error) (*Result, error) {
	m := &matcher{s: s, end: end, caps: make([]int, 2*(p.Groups+1)), step: step}
	// match and fullmatch try pos even past endpos, as _sre does (an
	// empty pattern matches there)
	last := end
	if mode != Search {
		last = pos
	}
	for start := pos; start <= last; start++ {
		for i := range m.caps {
			m.caps[i] = -1
		}
		m.last = -1
		found := -1
		ok := m.seq(p.prog, 0, start, func(q int) bool {
			if mustAdvance && start == pos && q == start || mode == FullMatch && q != end {
				return false
			}
			found = q
			return true
		})
		if m.err != nil {
			return nil, m.err
		}
		if ok {
			m.caps[0], m.caps[1] = start, found
			return &Result{Spans: m.caps, LastIndex: m.last}, nil
		}
		if mode != Search {
			break
		}
	}
	return nil, nil
}

// tick counts a step; true when the budget stopped the match.
func (m *matcher) tick() bool {
	if m.err != nil {
		return true
	}
	m.ticks++
	if m.ticks%stepEvery == 0 && m.step != nil {
		m.err = m.step()
	}
	return m.err != nil
}

func (m *matcher) save() []int { return append([]int{m.last}, m.caps...) }

func (m *matcher) restore(saved []int) {
	m.last = saved[0]
	copy(m.caps, saved[1:])
}

// seq matches ns[i:] at p, then k.
func (m *matcher) seq(ns []*node, i, p int, k func(int) bool) bool {
	for ; i < len(ns); i++ {
		if m.tick() {
			return false
		}
		n := ns[i]
		switch n.op {
		case opLit, opNotLit, opAny, opSet:
			if p >= m.end || !n.char(m.s[p]) {
				return false
			}
			p++
		case opAt:
			if !m.at(n, p) {
				return false
			}
		case opRef:
			q, ok := m.ref(n, p)
			if !ok {
				return false
			}
			p = q
		default:
			return m.complex(ns, i, p, k)
		}
	}
	return k(p)
}

// complex matches the nodes that backtrack into their contents.
func (m *matcher) complex(ns []*node, i, p int, k func(int) bool) bool {
	n := ns[i]
	rest := func(q int) bool { return m.seq(ns, i+1, q, k) }
	switch n.op {
	case opGroup:
		if n.n < 0 {
			return m.seq(n.sub, 0, p, rest)
		}
		return m.seq(n.sub, 0, p, func(q int) bool {
			s, e, last := m.caps[2*n.n], m.caps[2*n.n+1], m.last
			m.caps[2*n.n], m.caps[2*n.n+1], m.last = p, q, n.n
			if rest(q) {
				return true
			}
			m.caps[2*n.n], m.caps[2*n.n+1], m.last = s, e, last
			return false
		})
	case opAlt:
		for _, a := range n.alts {
			if m.seq(a, 0, p, rest) {
				return true
			}
			if m.err != nil {
				return false
			}
		}
		return false
	case opRepeat:
		if len(n.sub) == 1 && n.sub[0].op <= opSet {
			return m.repeatOne(n, p, rest)
		}
		if n.poss {
			saved := m.save()
			end := -1
			if !m.repeat(n, 0, p, -1, func(q int) bool { end = q; return true }) || !rest(end) {
				m.restore(saved)
				return false
			}
			return true
		}
		return m.repeat(n, 0, p, -1, rest)
	case opLook:
		saved := m.save()
		start := p
		if n.behind {
			start = p - n.n
		}
		ok := start >= 0 && m.seq(n.sub, 0, start, func(q int) bool { return !n.behind || q == p })
		if m.err != nil {
			return false
		}
		if ok != n.neg && rest(p) {
			return true
		}
		m.restore(saved)
		return false
	case opAtomic:
		saved := m.save()
		end := -1
		if m.seq(n.sub, 0, p, func(q int) bool { end = q; return true }) && rest(end) {
			return true
		}
		m.restore(saved)
		return false
	case opCond:
		branch := n.alts[1]
		if 2*n.n+1 < len(m.caps) && m.caps[2*n.n+1] >= 0 {
			branch = n.alts[0]
		}
		return m.seq(branch, 0, p, rest)
	}
	return false
}

// repeatOne is a repeat of one character, sre's REPEAT_ONE: no recursion
// per character.
func (m *matcher) repeatOne(n *node, p int, k func(int) bool) bool {
	c := n.sub[0]
	if n.min > m.end-p { // _sre's check, which fails past endpos
		return false
	}
	if n.lazy {
		for q := p; ; q++ {
			if q-p >= n.min {
				if k(q) {
					return true
				}
				if m.tick() || n.max != inf && q-p >= n.max {
					return false
				}
			}
			if q >= m.end || !c.char(m.s[q]) {
				return false
			}
		}
	}
	j := p
	for j < m.end && (n.max == inf || j-p < n.max) && c.char(m.s[j]) {
		j++
	}
	if n.poss {
		return j-p >= n.min && k(j)
	}
	for q := j; q-p >= n.min; q-- {
		if k(q) {
			return true
		}
		if m.tick() {
			return false
		}
	}
	return false
}

// repeat is sre's REPEAT with MAX_UNTIL or MIN_UNTIL: count iterations
// done, last where the last optional one started; an iteration past the
// minimum is not tried where the previous one started (it matched empty).
func (m *matcher) repeat(n *node, count, p, last int, k func(int) bool) bool {
	if m.depth++; m.depth > maxDepth {
		m.err = &Unsupported{fmt.Sprintf("a regular expression whose repeated group nests more than %d iterations deep (each one holds the Go stack)", maxDepth)}
	}
	ok := m.iterate(n, count, p, last, k)
	m.depth--
	return ok
}

func (m *matcher) iterate(n *node, count, p, last int, k func(int) bool) bool {
	if m.tick() {
		return false
	}
	again := func(start int) func(int) bool {
		return func(q int) bool { return m.repeat(n, count+1, q, start, k) }
	}
	if count < n.min {
		return m.seq(n.sub, 0, p, again(last))
	}
	more := (n.max == inf || count < n.max) && p != last
	if n.lazy {
		if k(p) {
			return true
		}
		return more && m.err == nil && m.seq(n.sub, 0, p, again(p))
	}
	if more {
		saved := m.save()
		if m.seq(n.sub, 0, p, again(p)) {
			return true
		}
		if m.err != nil {
			return false
		}
		m.restore(saved)
	}
	return k(p)
}

func (m *matcher) ref(n *node, p int) (int, bool) {
	s, e := m.caps[2*n.n], m.caps[2*n.n+1]
	if s < 0 || e < 0 || p+e-s > m.end {
		return 0, false
	}
	fold := n.flags&IgnoreCase != 0
	for i := s; i < e; i++ {
		a, b := m.s[i], m.s[p+i-s]
		if a != b && !(fold && foldEq(a, b, n.flags&Unicode != 0)) {
			return 0, false
		}
	}
	return p + e - s, true
}

func (m *matcher) at(n *node, p int) bool {
	switch n.n {
	case atBeginning:
		if n.flags&Multiline != 0 {
			return p == 0 || m.s[p-1] == '\n'
		}
		return p == 0
	case atBeginningString:
		return p == 0
	case atEnd:
		if n.flags&Multiline != 0 {
			return p == m.end || p < len(m.s) && m.s[p] == '\n'
		}
		return p == m.end || p+1 == m.end && m.s[p] == '\n'
	case atEndString:
		return p == m.end
	}
	if m.end == 0 { // _sre: no boundary in an empty string
		return false
	}
	uni := n.flags&Unicode != 0
	before := p > 0 && isWord(m.s[p-1], uni)
	after := p < m.end && isWord(m.s[p], uni)
	return (before != after) == (n.n == atBoundary)
}

func isWord(r rune, uni bool) bool {
	if !uni {
		return r < 128 && (r == '_' || r >= '0' && r <= '9' || r|0x20 >= 'a' && r|0x20 <= 'z')
	}
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

func isSpace(r rune, uni bool) bool {
	if !uni {
		return r == ' ' || r >= '\t' && r <= '\r'
	}
	return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f
}

func isDigit(r rune, uni bool) bool {
	if !uni {
		return r >= '0' && r <= '9'
	}
	return unicode.IsDigit(r)
}

// char matches one character against a single-character node.
func (n *node) char(r rune) bool {
	fold := n.flags&IgnoreCase != 0
	uni := n.flags&Unicode != 0
	switch n.op {
	case opLit:
		return r == n.r || fold && foldEq(r, n.r, uni)
	case opNotLit:
		return !(r == n.r || fold && foldEq(r, n.r, uni))
	case opAny:
		return r != '\n' || n.flags&DotAll != 0
	}
	in := n.set.has(r, uni)
	if !in && fold {
		forms, k := caseForms(r, uni)
		for _, f := range forms[:k] {
			if n.set.has(f, uni) {
				in = true
				break
			}
		}
	}
	return in != n.set.neg
}

func (s *charSet) has(r rune, uni bool) bool {
	for i := 0; i < len(s.ranges); i += 2 {
		if r >= s.ranges[i] && r <= s.ranges[i+1] {
			return true
		}
	}
	for _, c := range s.cats {
		var in bool
		switch c &^ 1 {
		case catDigit:
			in = isDigit(r, uni)
		case catSpace:
			in = isSpace(r, uni)
		case catWord:
			in = isWord(r, uni)
		}
		if in != (c&1 == 1) {
			return true
		}
	}
	return false
}

// caseForms are r's other cases: its simple case folding orbit and its
// lowercase (sre compares lowercases, and lists the characters sharing one);
// ASCII letters only without the UNICODE flag. An array, not a slice: no
// allocation per character compared.
func caseForms(r rune, uni bool) (out [8]rune, n int) {
	add := func(f rune) {
		if n < len(out) {
			out[n] = f
			n++
		}
	}
	if !uni {
		if r < 128 && r|0x20 >= 'a' && r|0x20 <= 'z' {
			add(r ^ 0x20)
		}
		return out, n
	}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		add(f)
	}
	l := unicode.ToLower(r)
	if l != r {
		add(l)
	}
	if u := unicode.ToUpper(l); u != r { // the characters sharing an uppercase (ı and i)
		add(u)
		add(unicode.ToLower(u))
	}
	return out, n
}

func foldEq(a, b rune, uni bool) bool {
	if a < 128 && b < 128 {
		return a|0x20 == b|0x20 && a|0x20 >= 'a' && a|0x20 <= 'z'
	}
	forms, n := caseForms(a, uni)
	for _, f := range forms[:n] {
		if f == b {
			return true
		}
	}
	return uni && (unicode.ToLower(a) == unicode.ToLower(b) || unicode.ToUpper(unicode.ToLower(a)) == unicode.ToUpper(unicode.ToLower(b)))
}
