package py

import (
	"cascadelab/engine/internal/exc"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"cascadelab/engine/internal/source"
)

type tokKind int

const (
	tEOF tokKind = iota
	tNewline
	tIndent
	tDedent
	tName
	tNumber
	tString
	tOp
)

type token struct {
	kind  tokKind
	text  string // name, operator, or number text
	start int32
	end   int32
	// strings: decoded value (literal parts) and the raw body for f-strings
	str   string
	fstr  bool
	raw   bool
	bytes bool
	body  int32 // byte offset of the body (after prefix and opening quotes)
	quote int   // length of the quote (1 or 3)
}

type scanner struct {
	src     string
	pos     int
	tokens  []token
	indents []int
	// altIndents are the same levels with a tab counted as one column:
	// CPython's check that tabs and spaces are used consistently.
	altIndents []int
	parens     []parenTok
	atBOL      bool
	indentErr  bool // the error is in a line's indentation
}

type parenTok struct {
	ch  byte
	pos int
}

func errAt(class *exc.Class, start, end int, format string, args ...any) *exc.Error {
	return &exc.Error{Class: class, Msg: fmt.Sprintf(format, args...), Span: source.Span{Start: int32(start), End: int32(end)}}
}

func lineOf(src string, pos int) int { return strings.Count(src[:pos], "\n") + 1 }

// scan tokenizes the whole file, applying Python's indentation rules.
//
// An error in a line's indentation comes with the tokens of the lines
// before it: CPython's parser, which reads tokens as it goes, reports a
// syntax error in those lines first.
func scan(src string) ([]token, *exc.Error) {
	s := &scanner{src: src, indents: []int{0}, altIndents: []int{0}, atBOL: true}
	for {
		if err := s.next(); err != nil {
			if s.indentErr { // the lines before, closed as at the end of the file
				at := int(err.Span.Start)
				for range s.indents[1:] {
					s.emit(tDedent, "", at, at)
				}
				s.emit(tEOF, "", at, at)
				return s.tokens, err
			}
			return nil, err
		}
		if len(s.tokens) > 0 && s.tokens[len(s.tokens)-1].kind == tEOF {
			return s.tokens, nil
		}
	}
}

func (s *scanner) emit(k tokKind, text string, start, end int) {
	s.tokens = append(s.tokens, token{kind: k, text: text, start: int32(start), end: int32(end)})
}

func (s *scanner) lastKind() tokKind {
	if len(s.tokens) == 0 {
		return tNewline
	}
	return s.tokens[len(s.tokens)-1].kind
}

// indent measures a line's indentation and emits its INDENT or DEDENTs,
// skipping blank and comment-only lines.
func (s *scanner) indent() *exc.Error {
	src := s.src
	for {
		col, alt, p := 0, 0, s.pos
		for p < len(src) && (src[p] == ' ' || src[p] == '\t' || src[p] == '\f') {
			if src[p] == '\t' {
				col = (col/8 + 1) * 8
				alt++
			} else if src[p] == ' ' {
				col++
				alt++
			}
			p++
		}
		if p >= len(src) {
			s.pos = p
			break
		}
		if src[p] == '#' {
			for p < len(src) && src[p] != '\n' {
				p++
			}
			if p >= len(src) {
				s.pos = p
				break
			}
		}
		if p < len(src) && (src[p] == '\n' || src[p] == '\r') {
			if src[p] == '\r' && p+1 < len(src) && src[p+1] == '\n' {
				p++
			}
			s.pos = p + 1
			continue
		}
		if p < len(src) && src[p] == '\\' && p+1 < len(src) && (src[p+1] == '\n' || src[p+1] == '\r') {
			s.pos = p
			break
		}
		s.pos = p
		top := s.indents[len(s.indents)-1]
		altTop := s.altIndents[len(s.altIndents)-1]
		lineStart := p
		for lineStart > 0 && src[lineStart-1] != '\n' && src[lineStart-1] != '\r' {
			lineStart--
		}
		tabErr := func() *exc.Error {
			return errAt(exc.TabError, lineStart, lineStart+1, "inconsistent use of tabs and spaces in indentation")
		}
		switch {
		case col == top:
			if alt != altTop {
				return tabErr()
			}
		case col > top:
			if alt <= altTop {
				return tabErr()
			}
			if s.lastKind() != tNewline || len(s.tokens) == 0 {
				return errAt(exc.IndentationError, p-1, p, "unexpected indent") // CPython's column: the indent's last
			}
			s.indents = append(s.indents, col)
			s.altIndents = append(s.altIndents, alt)
			s.emit(tIndent, "", p-1, p) // CPython reports an unexpected indent at its last column
		case col < top:
			for col < s.indents[len(s.indents)-1] {
				s.indents = s.indents[:len(s.indents)-1]
				s.altIndents = s.altIndents[:len(s.altIndents)-1]
				s.emit(tDedent, "", p, p)
			}
			if col != s.indents[len(s.indents)-1] {
				eol := p // CPython reports the line's end
				for eol < len(src) && src[eol] != '\n' && src[eol] != '\r' {
					eol++
				}
				return errAt(exc.IndentationError, eol, min(eol+1, len(src)), "unindent does not match any outer indentation level")
			}
			if alt != s.altIndents[len(s.altIndents)-1] {
				return tabErr()
			}
		}
		break
	}
	return nil
}

func (s *scanner) next() *exc.Error {
	src := s.src
	if s.atBOL && len(s.parens) == 0 {
		s.atBOL = false
		if err := s.indent(); err != nil {
			s.indentErr = true
			return err
		}
	}
	// skip spaces, comments and line continuations
	for s.pos < len(src) {
		c := src[s.pos]
		if c == ' ' || c == '\t' || c == '\f' {
			s.pos++
		} else if c == '#' {
			for s.pos < len(src) && src[s.pos] != '\n' {
				s.pos++
			}
		} else if c == '\\' {
			p := s.pos + 1
			if p < len(src) && src[p] == '\r' {
				p++
			}
			if p < len(src) && src[p] == '\n' {
				s.pos = p + 1
				continue
			}
			if p >= len(src) {
				return errAt(exc.SyntaxError, s.pos, s.pos+1, "unexpected EOF while parsing")
			}
			return errAt(exc.SyntaxError, s.pos, s.pos+1, "unexpected character after line continuation character")
		} else if (c == '\n' || c == '\r') && len(s.parens) > 0 {
			s.pos++
		} else {
			break
		}
	}
	if s.pos >= len(src) {
		if len(s.parens) > 0 {
			p := s.parens[len(s.parens)-1]
			return errAt(exc.SyntaxError, p.pos, p.pos+1, "'%c' was never closed", p.ch)
		}
		if k := s.lastKind(); k != tNewline && k != tIndent && k != tDedent && len(s.tokens) > 0 {
			s.emit(tNewline, "", len(src), len(src))
		}
		for len(s.indents) > 1 {
			s.indents = s.indents[:len(s.indents)-1]
			s.emit(tDedent, "", len(src), len(src))
		}
		s.emit(tEOF, "", len(src), len(src))
		return nil
	}
	start := s.pos
	c := src[s.pos]
	switch {
	case c == '\n' || c == '\r':
		if c == '\r' && s.pos+1 < len(src) && src[s.pos+1] == '\n' {
			s.pos++
		}
		s.pos++
		if k := s.lastKind(); k != tNewline && len(s.tokens) > 0 {
			s.emit(tNewline, "", start, start+1)
		}
		s.atBOL = true
		return nil
	case isIdentStart(c) || c >= 0x80:
		r, size := utf8.DecodeRuneInString(src[s.pos:])
		if c >= 0x80 && !unicode.IsLetter(r) {
			return errAt(exc.SyntaxError, start, start+size, "invalid character '%c' (U+%04X)", r, r)
		}
		p := s.pos
		for p < len(src) {
			r, size := utf8.DecodeRuneInString(src[p:])
			if r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) {
				p += size
			} else {
				break
			}
		}
		word := src[s.pos:p]
		if p < len(src) && (src[p] == '\'' || src[p] == '"') && isStringPrefix(word) {
			return s.scanString(start, strings.ToLower(word))
		}
		s.pos = p
		s.emit(tName, word, start, p)
		return nil
	case c >= '0' && c <= '9' || c == '.' && s.pos+1 < len(src) && src[s.pos+1] >= '0' && src[s.pos+1] <= '9':
		return s.scanNumber(start)
	case c == '\'' || c == '"':
		return s.scanString(start, "")
	}
	for _, op := range ops {
		if strings.HasPrefix(src[s.pos:], op) {
			s.pos += len(op)
			switch op {
			case "(", "[", "{":
				if len(s.parens) == maxNesting {
					return errAt(exc.SyntaxError, start, start+1, "too many nested parentheses")
				}
				s.parens = append(s.parens, parenTok{op[0], start})
			case ")", "]", "}":
				if len(s.parens) == 0 {
					return errAt(exc.SyntaxError, start, start+1, "unmatched '%s'", op)
				}
				open := s.parens[len(s.parens)-1]
				if match[open.ch] != op[0] {
					if lineOf(src, open.pos) != lineOf(src, start) {
						return errAt(exc.SyntaxError, start, start+1, "closing parenthesis '%s' does not match opening parenthesis '%c' on line %d", op, open.ch, lineOf(src, open.pos))
					}
					return errAt(exc.SyntaxError, start, start+1, "closing parenthesis '%s' does not match opening parenthesis '%c'", op, open.ch)
				}
				s.parens = s.parens[:len(s.parens)-1]
			}
			s.emit(tOp, op, start, s.pos)
			return nil
		}
	}
	r, size := utf8.DecodeRuneInString(src[s.pos:])
	return errAt(exc.SyntaxError, start, start+size, "invalid character '%c' (U+%04X)", r, r)
}

// maxNesting is CPython's tokenizer limit on open brackets (MAXLEVEL).
const maxNesting = 200

var match = map[byte]byte{'(': ')', '[': ']', '{': '}'}

// ops, longest first so that "**=" wins over "**" and "*".
var ops = []string{"**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=",
	"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
	"+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "="}

func isIdentStart(c byte) bool { return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isStringPrefix(w string) bool {
	switch strings.ToLower(w) {
	case "r", "u", "b", "f", "br", "rb", "fr", "rf":
		return true
	}
	return false
}

func (s *scanner) scanNumber(start int) *exc.Error {
	src := s.src
	p := s.pos
	isFloat := false
	if src[p] == '0' && p+1 < len(src) && strings.ContainsRune("xXoObB", rune(src[p+1])) {
		p += 2
		for p < len(src) && (isHex(src[p]) || src[p] == '_') {
			p++
		}
	} else {
		for p < len(src) && (src[p] >= '0' && src[p] <= '9' || src[p] == '_') {
			p++
		}
		if p < len(src) && src[p] == '.' {
			isFloat = true
			p++
			for p < len(src) && (src[p] >= '0' && src[p] <= '9' || src[p] == '_') {
				p++
			}
		}
		if p < len(src) && (src[p] == 'e' || src[p] == 'E') {
			q := p + 1
			if q < len(src) && (src[q] == '+' || src[q] == '-') {
				q++
			}
			if q < len(src) && src[q] >= '0' && src[q] <= '9' {
				isFloat = true
				p = q
				for p < len(src) && (src[p] >= '0' && src[p] <= '9' || src[p] == '_') {
					p++
				}
			}
		}
	}
	prefixed := src[start] == '0' && start+1 < p && strings.ContainsRune("xXoObB", rune(src[start+1]))
	imaginary := p < len(src) && (src[p] == 'j' || src[p] == 'J') && !prefixed
	if imaginary {
		p++
		isFloat = true
	}
	if p < len(src) && (isIdentStart(src[p]) || src[p] >= '0' && src[p] <= '9') {
		if imaginary || prefixed { // CPython points at the literal's last character
			kind := map[byte]string{'x': "hexadecimal", 'o': "octal", 'b': "binary"}[src[start+1]|0x20]
			if imaginary {
				kind = "imaginary"
			}
			return errAt(exc.SyntaxError, p-1, p, "invalid %s literal", kind)
		}
		return errAt(exc.SyntaxError, start, p+1, "invalid decimal literal")
	}
	kind, digit := "decimal", func(c byte) bool { return c >= '0' && c <= '9' }
	if p-start > 1 && src[start] == '0' {
		switch src[start+1] {
		case 'x', 'X':
			kind, digit = "hexadecimal", isHex
		case 'o', 'O':
			kind = "octal"
		case 'b', 'B':
			kind = "binary"
		}
	}
	for i := start; i < p; i++ {
		if src[i] == '_' && (i+1 >= p || !digit(src[i+1])) {
			return errAt(exc.SyntaxError, i, i+1, "invalid %s literal", kind)
		}
	}
	text := src[start:p]
	s.pos = p
	s.tokens = append(s.tokens, token{kind: tNumber, text: text, start: int32(start), end: int32(p), raw: isFloat})
	return nil
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func (s *scanner) scanString(start int, prefix string) *exc.Error {
	src := s.src
	p := start + len(prefix)
	q := src[p]
	quote := 1
	if strings.HasPrefix(src[p:], strings.Repeat(string(q), 3)) {
		quote = 3
	}
	body := p + quote
	close := strings.Repeat(string(q), quote)
	i := body
	for {
		if i >= len(src) {
			if quote == 3 {
				return errAt(exc.SyntaxError, start, start+1, "unterminated triple-quoted string literal (detected at line %d)", lineOf(src, len(strings.TrimRight(src, "\n"))))
			}
			return errAt(exc.SyntaxError, start, start+1, "unterminated string literal (detected at line %d)", lineOf(src, start))
		}
		c := src[i]
		if c == '\\' {
			i += 2
			continue
		}
		if quote == 1 && (c == '\n' || c == '\r') {
			return errAt(exc.SyntaxError, start, start+1, "unterminated string literal (detected at line %d)", lineOf(src, start))
		}
		if strings.HasPrefix(src[i:], close) {
			break
		}
		i++
	}
	raw := strings.ContainsRune(prefix, 'r')
	tok := token{kind: tString, start: int32(start), end: int32(i + quote), fstr: strings.ContainsRune(prefix, 'f'),
		raw: raw, bytes: strings.ContainsRune(prefix, 'b'), body: int32(body), quote: quote, text: src[body:i]}
	if tok.bytes {
		for _, r := range src[body:i] {
			if r > 127 {
				return errAt(exc.SyntaxError, start, i+quote, "bytes can only contain ASCII literal characters")
			}
		}
	}
	if !raw && !tok.bytes && namedEscape(src[body:i]) {
		return exc.Unsupported(source.Span{Start: int32(start), End: int32(i + quote)}, "\\N{...} escapes (Unicode character names)")
	}
	if !tok.fstr {
		v, err := unescape(src[body:i], raw, tok.bytes)
		if err != nil {
			return errAt(exc.SyntaxError, start, i+quote, "%s", err.Error())
		}
		tok.str = v
	}
	s.pos = i + quote
	s.tokens = append(s.tokens, tok)
	return nil
}

// unescape decodes a string literal body.
// In a bytes literal (isBytes), \x and octal escapes are bytes and \u, \U,
// \N are not escapes.
func unescape(s string, raw, isBytes bool) (string, error) {
	if raw || !strings.ContainsRune(s, '\\') {
		return strings.ReplaceAll(s, "\r\n", "\n"), nil
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			b.WriteByte(c)
			continue
		}
		i++
		switch e := s[i]; e {
		case '\n':
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
		case '\\', '\'', '"':
			b.WriteByte(e)
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case 'a':
			b.WriteByte('\a')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'v':
			b.WriteByte('\v')
		case 'u', 'U':
			if isBytes {
				b.WriteByte('\\')
				b.WriteByte(e)
				break
			}
			fallthrough
		case 'x':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
			if i+1+n > len(s) {
				return "", fmt.Errorf("(unicode error) truncated \\%cXX escape", e)
			}
			v, err := strconv.ParseUint(s[i+1:i+1+n], 16, 32)
			if err != nil {
				return "", fmt.Errorf("(unicode error) truncated \\%cXX escape", e)
			}
			if isBytes {
				b.WriteByte(byte(v))
			} else {
				b.WriteRune(rune(v))
			}
			i += n
		case '0', '1', '2', '3', '4', '5', '6', '7':
			j := i
			for j < len(s) && j < i+3 && s[j] >= '0' && s[j] <= '7' {
				j++
			}
			v, _ := strconv.ParseUint(s[i:j], 8, 32)
			if isBytes {
				b.WriteByte(byte(v))
			} else {
				b.WriteRune(rune(v))
			}
			i = j - 1
		default:
			b.WriteByte('\\')
			b.WriteByte(e)
		}
	}
	return b.String(), nil
}

// namedEscape reports whether a string literal body has a \N{name} escape.
func namedEscape(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '\\' {
			if s[i+1] == 'N' {
				return true
			}
			i++
		}
	}
	return false
}
