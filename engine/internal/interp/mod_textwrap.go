package interp

import (
	"strings"
	"unicode"
)

// textwrapModule is textwrap as CPython 3.11's: TextWrapper's chunking (words,
// whitespace, breaks after hyphens) and line filling, wrap, fill, shorten,
// dedent and indent.
func textwrapModule(th *Thread) *Module {
	return newModule("textwrap", []*Builtin{
		fn("wrap", func(th *Thread, c *Call) (Value, error) {
			w, text, err := wrapperCall(th, c, "wrap", nil)
			if err != nil {
				return nil, err
			}
			lines, err := w.wrap(th, text)
			return strList(lines), err
		}),
		fn("fill", func(th *Thread, c *Call) (Value, error) {
			w, text, err := wrapperCall(th, c, "fill", nil)
			if err != nil {
				return nil, err
			}
			lines, err := w.wrap(th, text)
			return strings.Join(lines, "\n"), err
		}),
		fn("shorten", func(th *Thread, c *Call) (Value, error) {
			one := int64(1)
			w, text, err := wrapperCall(th, c, "shorten", &one)
			if err != nil {
				return nil, err
			}
			lines, err := w.wrap(th, strings.Join(strings.Fields(text), " "))
			return strings.Join(lines, "\n"), err
		}),
		fn("dedent", func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "dedent", "text")
			if err != nil {
				return nil, err
			}
			s, ok := a[0].(string)
			if !ok {
				return nil, th.Raise(TypeError, "expected string or bytes-like object, got '%s'", typeName(a[0]))
			}
			return dedent(s), nil
		}),
		fn("indent", func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "indent", "text", "prefix", "predicate")
			if err != nil {
				return nil, err
			}
			s, ok1 := a[0].(string)
			prefix, ok2 := a[1].(string)
			if !ok1 || !ok2 {
				return nil, th.Raise(TypeError, "can only concatenate str (not \"%s\") to str", typeName(a[1]))
			}
			var b strings.Builder
			lines, err := strSplitlines(th, s, &Call{Args: []Value{true}})
			if err != nil {
				return nil, err
			}
			for _, l := range lines.(*List).Items {
				line := l.(string)
				keep := strings.TrimSpace(line) != ""
				if a[2] != nil {
					r, err := th.Call(a[2], []Value{line}, nil)
					if err != nil {
						return nil, err
					}
					if keep, err = th.truth(r); err != nil {
						return nil, err
					}
				}
				if keep {
					b.WriteString(prefix)
				}
				b.WriteString(line)
			}
			return b.String(), nil
		}),
	}, map[string]Value{"TextWrapper": &builtinType{name: "TextWrapper", module: "textwrap", call: func(th *Thread, c *Call) (Value, error) {
		w := defaultWrapper()
		for i, v := range c.Args {
			if i >= len(wrapperParams) {
				return nil, th.Raise(TypeError, "TextWrapper.__init__() takes from 1 to %d positional arguments but %d were given", len(wrapperParams)+1, len(c.Args)+1)
			}
			if err := w.set(th, wrapperParams[i], v); err != nil {
				return nil, err
			}
		}
		for _, k := range c.Kw {
			if err := w.set(th, k.Name, k.Value); err != nil {
				return nil, err
			}
		}
		return w, nil
	}}})
}

var wrapperParams = []string{"width", "initial_indent", "subsequent_indent", "expand_tabs", "replace_whitespace",
	"fix_sentence_endings", "break_long_words", "drop_whitespace", "break_on_hyphens", "tabsize", "max_lines", "placeholder"}

// textWrapper is a textwrap.TextWrapper.
type textWrapper struct {
	width                           int64
	initialIndent, subsequentIndent string
	expandTabs, replaceWhitespace   bool
	breakLongWords, dropWhitespace  bool
	breakOnHyphens                  bool
	fixSentences                    bool // fix_sentence_endings
	tabsize                         int64
	maxLines                        *int64
	placeholder                     string
}

func defaultWrapper() *textWrapper {
	return &textWrapper{width: 70, expandTabs: true, replaceWhitespace: true, breakLongWords: true, dropWhitespace: true,
		breakOnHyphens: true, tabsize: 8, placeholder: " [...]"}
}

// wrapperCall reads wrap/fill/shorten's (text, width=70, **kwargs).
func wrapperCall(th *Thread, c *Call, name string, maxLines *int64) (*textWrapper, string, error) {
	w := defaultWrapper()
	w.maxLines = maxLines
	if len(c.Args) == 0 || len(c.Args) > 2 {
		return nil, "", th.Raise(TypeError, "%s() takes from 1 to 2 positional arguments but %d were given", name, len(c.Args))
	}
	text, ok := c.Args[0].(string)
	if !ok {
		return nil, "", th.Raise(AttributeError, "'%s' object has no attribute 'expandtabs'", typeName(c.Args[0]))
	}
	if len(c.Args) == 2 {
		if err := w.set(th, "width", c.Args[1]); err != nil {
			return nil, "", err
		}
	}
	for _, k := range c.Kw {
		if name == "shorten" && k.Name == "max_lines" {
			return nil, "", th.Raise(TypeError, "textwrap.TextWrapper() got multiple values for keyword argument 'max_lines'")
		}
		if err := w.set(th, k.Name, k.Value); err != nil {
			return nil, "", err
		}
	}
	return w, text, nil
}

func (w *textWrapper) set(th *Thread, name string, v Value) error {
	str := func(p *string) error {
		s, ok := v.(string)
		if !ok {
			return th.Unsupported("TextWrapper(%s=) of a %s", name, typeName(v))
		}
		*p = s
		return nil
	}
	flag := func(p *bool) error {
		t, err := th.truth(v)
		*p = t
		return err
	}
	num := func(p *int64) error {
		n, ok := smallInt(v)
		if !ok {
			return th.Unsupported("TextWrapper(%s=) of a %s", name, typeName(v))
		}
		*p = n
		return nil
	}
	switch name {
	case "width":
		return num(&w.width)
	case "initial_indent":
		return str(&w.initialIndent)
	case "subsequent_indent":
		return str(&w.subsequentIndent)
	case "expand_tabs":
		return flag(&w.expandTabs)
	case "replace_whitespace":
		return flag(&w.replaceWhitespace)
	case "break_long_words":
		return flag(&w.breakLongWords)
	case "drop_whitespace":
		return flag(&w.dropWhitespace)
	case "break_on_hyphens":
		return flag(&w.breakOnHyphens)
	case "tabsize":
		return num(&w.tabsize)
	case "placeholder":
		return str(&w.placeholder)
	case "max_lines":
		if v == nil {
			w.maxLines = nil
			return nil
		}
		var n int64
		err := num(&n)
		w.maxLines = &n
		return err
	case "fix_sentence_endings":
		t, err := th.truth(v)
		w.fixSentences = t
		return err
	}
	return th.Raise(TypeError, "TextWrapper.__init__() got an unexpected keyword argument '%s'", name)
}

func (w *textWrapper) TypeName() string { return "TextWrapper" }

func (w *textWrapper) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "wrap", "fill":
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, name, "text")
			if err != nil {
				return nil, err
			}
			s, ok := a[0].(string)
			if !ok {
				return nil, th.Raise(AttributeError, "'%s' object has no attribute 'expandtabs'", typeName(a[0]))
			}
			lines, err := w.wrap(th, s)
			if name == "fill" {
				return strings.Join(lines, "\n"), err
			}
			return strList(lines), err
		}), true, nil
	case "width":
		return w.width, true, nil
	case "initial_indent":
		return w.initialIndent, true, nil
	case "subsequent_indent":
		return w.subsequentIndent, true, nil
	case "placeholder":
		return w.placeholder, true, nil
	}
	return nil, false, nil
}

func (w *textWrapper) SetAttr(th *Thread, name string, v Value) error { return w.set(th, name, v) }

// chunks is _munge_whitespace then _split: runs of whitespace and words,
// words broken after a hyphen between letters (wordsep_re).
func (w *textWrapper) chunks(th *Thread, text string) []string {
	if w.expandTabs {
		v, _ := strExpandtabs(th, text, &Call{Args: []Value{w.tabsize}})
		text, _ = v.(string)
	}
	if w.replaceWhitespace {
		text = strings.Map(func(r rune) rune {
			if strings.ContainsRune("\t\n\x0b\x0c\r", r) {
				return ' '
			}
			return r
		}, text)
	}
	isWS := func(r rune) bool { return strings.ContainsRune("\t\n\x0b\x0c\r ", r) }
	letter := func(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }
	var out []string
	rs := []rune(text)
	for i := 0; i < len(rs); {
		j := i
		if isWS(rs[i]) {
			for j < len(rs) && isWS(rs[j]) {
				j++
			}
			out = append(out, string(rs[i:j]))
			i = j
			continue
		}
		for j < len(rs) && !isWS(rs[j]) {
			j++
		}
		start := i
		wordPunct := func(r rune) bool { return isWordRune(r) || strings.ContainsRune("!\"'&.,?", r) }
		for k := i + 1; k < j && w.breakOnHyphens; k++ {
			if rs[k] != '-' {
				continue
			}
			m := k
			for m < j && rs[m] == '-' {
				m++
			}
			if m-k >= 2 && wordPunct(rs[k-1]) && m < j && isWordRune(rs[m]) {
				// an em-dash between words is a chunk of its own
				out = append(out, string(rs[start:k]), string(rs[k:m]))
				start, k = m, m-1
				continue
			}
			before := k-start >= 2 && letter(rs[k-1]) && letter(rs[k-2]) ||
				k-start >= 3 && letter(rs[k-1]) && rs[k-2] == '-' && letter(rs[k-3])
			after := k+2 < j+1 && k+1 < j && letter(rs[k+1]) && (k+2 < j && letter(rs[k+2]) || k+3 < j && rs[k+2] == '-' && letter(rs[k+3]))
			if before && after {
				out = append(out, string(rs[start:k+1]))
				start = k + 1
			}
		}
		out = append(out, string(rs[start:j]))
		i = j
	}
	return out
}

func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func runeLen(s string) int { return len([]rune(s)) }

// fixSentenceEndings is TextWrapper._fix_sentence_endings: one space after a
// chunk ending in a lowercase ASCII letter, . ! or ? and an optional quote
// becomes two.
func fixSentenceEndings(chunks []string) {
	for i := 0; i < len(chunks)-1; {
		c := strings.TrimRight(chunks[i], "\"'")
		if len(chunks[i])-len(c) > 1 {
			c = chunks[i] // at most one quote
		}
		ends := len(c) >= 2 && strings.ContainsRune(".!?", rune(c[len(c)-1])) && c[len(c)-2] >= 'a' && c[len(c)-2] <= 'z'
		if chunks[i+1] == " " && ends {
			chunks[i+1] = "  "
			i += 2
		} else {
			i++
		}
	}
}

// wrap is TextWrapper._wrap_chunks, line for line.
func (w *textWrapper) wrap(th *Thread, text string) ([]string, error) {
	chunks := w.chunks(th, text)
	if w.fixSentences {
		fixSentenceEndings(chunks)
	}
	var lines []string
	if w.width <= 0 {
		return nil, th.Raise(ValueError, "invalid width %d (must be > 0)", w.width)
	}
	if w.maxLines != nil {
		indent := w.initialIndent
		if *w.maxLines > 1 {
			indent = w.subsequentIndent
		}
		if runeLen(indent)+runeLen(strings.TrimLeftFunc(w.placeholder, unicode.IsSpace)) > int(w.width) {
			return nil, th.Raise(ValueError, "placeholder too large for max width")
		}
	}
	blank := func(s string) bool { return strings.TrimSpace(s) == "" }
	for i, j := 0, len(chunks)-1; i < j; i, j = i+1, j-1 {
		chunks[i], chunks[j] = chunks[j], chunks[i]
	}
	for len(chunks) > 0 {
		var cur []string
		curLen := 0
		indent := w.initialIndent
		if len(lines) > 0 {
			indent = w.subsequentIndent
		}
		width := int(w.width) - runeLen(indent)
		if w.dropWhitespace && blank(chunks[len(chunks)-1]) && len(lines) > 0 {
			chunks = chunks[:len(chunks)-1]
		}
		for len(chunks) > 0 {
			l := runeLen(chunks[len(chunks)-1])
			if curLen+l > width {
				break
			}
			cur = append(cur, chunks[len(chunks)-1])
			chunks = chunks[:len(chunks)-1]
			curLen += l
		}
		if len(chunks) > 0 && runeLen(chunks[len(chunks)-1]) > width {
			spaceLeft := 1
			if width >= 1 {
				spaceLeft = width - curLen
			}
			if w.breakLongWords {
				chunk := []rune(chunks[len(chunks)-1])
				end := spaceLeft
				if w.breakOnHyphens && len(chunk) > spaceLeft {
					hyphen := strings.LastIndex(string(chunk[:spaceLeft]), "-")
					if hyphen > 0 {
						hyphen = runeLen(string(chunk[:spaceLeft])[:hyphen])
						if strings.Trim(string(chunk[:hyphen]), "-") != "" {
							end = hyphen + 1
						}
					}
				}
				cur = append(cur, string(chunk[:end]))
				chunks[len(chunks)-1] = string(chunk[end:])
			} else if len(cur) == 0 {
				cur = append(cur, chunks[len(chunks)-1])
				chunks = chunks[:len(chunks)-1]
			}
			curLen = 0
			for _, c := range cur {
				curLen += runeLen(c)
			}
		}
		if w.dropWhitespace && len(cur) > 0 && blank(cur[len(cur)-1]) {
			curLen -= runeLen(cur[len(cur)-1])
			cur = cur[:len(cur)-1]
		}
		if len(cur) == 0 {
			continue
		}
		restBlank := len(chunks) == 0 || w.dropWhitespace && len(chunks) == 1 && blank(chunks[0])
		if w.maxLines == nil || int64(len(lines)+1) < *w.maxLines || restBlank && curLen <= width {
			lines = append(lines, indent+strings.Join(cur, ""))
			continue
		}
		placed := false
		for len(cur) > 0 {
			if !blank(cur[len(cur)-1]) && curLen+runeLen(w.placeholder) <= width {
				lines = append(lines, indent+strings.Join(cur, "")+w.placeholder)
				placed = true
				break
			}
			curLen -= runeLen(cur[len(cur)-1])
			cur = cur[:len(cur)-1]
		}
		if !placed {
			if len(lines) > 0 {
				prev := strings.TrimRightFunc(lines[len(lines)-1], unicode.IsSpace)
				if runeLen(prev)+runeLen(w.placeholder) <= int(w.width) {
					lines[len(lines)-1] = prev + w.placeholder
					break
				}
			}
			lines = append(lines, indent+strings.TrimLeftFunc(w.placeholder, unicode.IsSpace))
		}
		break
	}
	return lines, nil
}

// dedent is textwrap.dedent: lines of blanks only are emptied, then the
// common leading spaces and tabs are removed.
func dedent(text string) string {
	lines := strings.SplitAfter(text, "\n")
	for i, l := range lines {
		body := strings.TrimSuffix(l, "\n")
		if body != "" && strings.Trim(body, " \t") == "" {
			lines[i] = strings.TrimPrefix(l, body)
		}
	}
	margin, set := "", false
	for _, l := range lines {
		body := strings.TrimSuffix(l, "\n")
		ind := body[:len(body)-len(strings.TrimLeft(body, " \t"))]
		if ind == body {
			continue // no character after the indent
		}
		switch {
		case !set:
			margin, set = ind, true
		case strings.HasPrefix(ind, margin):
		case strings.HasPrefix(margin, ind):
			margin = ind
		default:
			k := 0
			for k < len(margin) && k < len(ind) && margin[k] == ind[k] {
				k++
			}
			margin = margin[:k]
		}
	}
	if margin == "" {
		return strings.Join(lines, "")
	}
	for i, l := range lines {
		lines[i] = strings.TrimPrefix(l, margin)
	}
	return strings.Join(lines, "")
}
