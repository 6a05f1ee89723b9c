package interp

import (
	"strings"
	"unicode"

	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/source"
)

// tracebackModule formats exceptions as CPython 3.11 prints them: the
// frames from where the exception was caught down to where it was raised,
// each with its source line and 3.11's carets (~~^~~ under an operator,
// ^^^ under a call that is not the whole line), the chain of causes and
// contexts, and the last line. limit= is refused.
func tracebackModule(th *Thread) *Module {
	return newModule("traceback", []*Builtin{
		fn("format_exc", func(th *Thread, c *Call) (Value, error) {
			a, err := th.tbArgs(c, "format_exc", "limit", "chain")
			if err != nil {
				return nil, err
			}
			return strings.Join(th.formatCurrent(a[1] != false), ""), nil
		}),
		fn("print_exc", func(th *Thread, c *Call) (Value, error) {
			a, err := th.tbArgs(c, "print_exc", "limit", "file", "chain")
			if err != nil {
				return nil, err
			}
			return nil, th.writeStream(a[1], strings.Join(th.formatCurrent(a[2] != false), ""), true)
		}),
		fn("format_exception", func(th *Thread, c *Call) (Value, error) {
			a, err := th.tbArgs(c, "format_exception", "exc", "value", "tb", "limit", "chain")
			if err != nil {
				return nil, err
			}
			e, err := th.tbException(a[0], a[1])
			if err != nil || e == nil {
				return strList(th.formatException(nil, true)), err
			}
			return strList(th.formatException(e, a[4] != false)), nil
		}),
		fn("print_exception", func(th *Thread, c *Call) (Value, error) {
			a, err := th.tbArgs(c, "print_exception", "exc", "value", "tb", "limit", "file", "chain")
			if err != nil {
				return nil, err
			}
			e, err := th.tbException(a[0], a[1])
			if err != nil {
				return nil, err
			}
			return nil, th.writeStream(a[4], strings.Join(th.formatException(e, a[5] != false), ""), true)
		}),
		fn("format_exception_only", func(th *Thread, c *Call) (Value, error) {
			a, err := th.tbArgs(c, "format_exception_only", "exc", "value")
			if err != nil {
				return nil, err
			}
			e, err := th.tbException(a[0], a[1])
			if err != nil {
				return nil, err
			}
			return strList(th.exceptionOnly(e)), nil
		}),
		fn("extract_tb", func(th *Thread, c *Call) (Value, error) {
			a, err := th.tbArgs(c, "extract_tb", "tb", "limit")
			if err != nil {
				return nil, err
			}
			return th.frameSummaries(a[0])
		}),
		fn("format_tb", func(th *Thread, c *Call) (Value, error) {
			a, err := th.tbArgs(c, "format_tb", "tb", "limit")
			if err != nil {
				return nil, err
			}
			tb, ok := a[0].(*tbObj)
			if !ok {
				return nil, th.Unsupported("traceback.format_tb() of a %s", typeName(a[0]))
			}
			return strList(th.formatFrames(tb.entries())), nil
		}),
	}, nil)
}

func strList(lines []string) *List {
	l := &List{Items: make([]Value, len(lines))}
	for i, s := range lines {
		l.Items[i] = s
	}
	return l
}

// tbArgs reads the arguments by name; a limit other than None is refused.
func (th *Thread) tbArgs(c *Call, name string, names ...string) ([]Value, error) {
	a, err := th.args(c, name, names...)
	if err != nil {
		return nil, err
	}
	for i, n := range names {
		if n == "limit" && a[i] != nil {
			return nil, th.Unsupported("traceback.%s(limit=...)", name)
		}
		if n == "chain" && a[i] == nil {
			a[i] = true
		}
	}
	return a, nil
}

// tbException is the exception print_exception and friends were given: an
// exception, or (type, value) as the older signature passes it.
func (th *Thread) tbException(exc, value Value) (*Exception, error) {
	if value != nil {
		exc = value
	}
	switch e := exc.(type) {
	case *Exception:
		return e, nil
	case nil:
		return nil, nil
	}
	return nil, th.Raise(TypeError, "Exception expected for value, %s found", typeName(exc))
}

// writeStream writes s to a file= argument: sys.stdout is the run's
// output, sys.stderr is not recorded (the oracle keeps stdout only), any
// other object is written with its write(). No file is sys.stderr when
// nilIsStderr (traceback, logging), else sys.stdout as the script has it
// now (print, under redirect_stdout or after sys.stdout = ...).
func (th *Thread) writeStream(file Value, s string, nilIsStderr bool) error {
	switch f := file.(type) {
	case stdStream:
		if !f.kept {
			return nil
		}
		return th.Print(s)
	case nil:
		if nilIsStderr {
			return nil
		}
		if sys := th.libs["sys"]; sys != nil {
			if out, _ := sys.Attrs.GetStr("stdout"); out != stdout {
				if out == nil {
					return nil // print() does nothing when sys.stdout is None
				}
				return th.writeStream(out, s, false)
			}
		}
		return th.Print(s)
	}
	w, err := th.getAttr(file, "write")
	if err != nil {
		return err
	}
	_, err = th.Call(w, []Value{s}, nil)
	return err
}

// formatCurrent is format_exc(): the exception being handled, or CPython's
// "NoneType: None".
func (th *Thread) formatCurrent(chain bool) []string {
	if len(th.handling) == 0 {
		return []string{"NoneType: None\n"}
	}
	return th.formatException(th.handling[len(th.handling)-1], chain)
}

// formatException is format_exception(e): its causes and contexts first,
// an exception group's exceptions boxed below it.
func (th *Thread) formatException(e *Exception, chain bool) []string {
	if e == nil {
		return []string{"NoneType: None\n"}
	}
	p := &tbPrinter{th: th, chain: chain, seen: map[*Exception]bool{}}
	p.format(e)
	return p.out
}

// tbPrinter is traceback's TracebackException.format with its
// _ExceptionPrintContext: depth is how deep in exception groups the text is.
type tbPrinter struct {
	th        *Thread
	chain     bool
	seen      map[*Exception]bool
	depth     int
	needClose bool
	out       []string
}

// emit indents each text past the groups it is in, "| " (or margin) at
// the box's edge, every line as textwrap.indent does.
func (p *tbPrinter) emit(margin string, texts ...string) {
	indent := strings.Repeat("  ", p.depth)
	if p.depth > 0 {
		indent += margin + " "
	}
	for _, t := range texts {
		var b strings.Builder
		for _, line := range strings.SplitAfter(t, "\n") {
			if line != "" {
				b.WriteString(indent + line)
			}
		}
		p.out = append(p.out, b.String())
	}
}

// tbGroupWidth and tbGroupDepth are TracebackException's max_group_width
// and max_group_depth.
const tbGroupWidth, tbGroupDepth = 15, 10

func (p *tbPrinter) format(e *Exception) {
	p.seen[e] = true
	if p.chain {
		switch {
		case e.Cause != nil && !p.seen[e.Cause]:
			p.format(e.Cause)
			p.emit("|", "\nThe above exception was the direct cause of the following exception:\n\n")
		case e.Cause == nil && e.Context != nil && !e.suppressContext && !p.seen[e.Context]:
			p.format(e.Context)
			p.emit("|", "\nDuring handling of the above exception, another exception occurred:\n\n")
		}
	}
	if e.group == nil {
		if e.Frames != nil { // raised, not only made
			p.emit("|", "Traceback (most recent call last):\n")
			p.emit("|", p.th.formatFrames((&tbObj{e: e}).entries())...)
		}
		p.emit("|", p.th.exceptionOnly(e)...)
		return
	}
	if p.depth > tbGroupDepth {
		p.emit("|", sprintf("... (max_group_depth is %d)\n", tbGroupDepth))
		return
	}
	top := p.depth == 0
	if top {
		p.depth++
	}
	if e.Frames != nil {
		margin := "|"
		if top {
			margin = "+"
		}
		p.emit(margin, "Exception Group Traceback (most recent call last):\n")
		p.emit("|", p.th.formatFrames((&tbObj{e: e}).entries())...)
	}
	p.emit("|", p.th.exceptionOnly(e)...)
	n := min(len(e.group), tbGroupWidth+1)
	p.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			p.needClose = true // the closing line may come from a nested group
		}
		title, edge := "...", "  "
		if i < tbGroupWidth {
			title = sprintf("%d", i+1)
		}
		if i == 0 {
			edge = "+-"
		}
		p.out = append(p.out, strings.Repeat("  ", p.depth)+edge+"+---------------- "+title+" ----------------\n")
		p.depth++
		if i < tbGroupWidth {
			p.format(e.group[i].(*Exception))
		} else {
			more := len(e.group) - tbGroupWidth
			p.emit("|", sprintf("and %d more exception%s\n", more, plural(more)))
		}
		if last && p.needClose {
			p.out = append(p.out, strings.Repeat("  ", p.depth)+"+------------------------------------\n")
			p.needClose = false
		}
		p.depth--
	}
	if top {
		p.depth = 0
	}
}

// exceptionOnly is format_exception_only: "Class: message", the class
// qualified by its module unless that is __main__ or builtins, then notes.
func (th *Thread) exceptionOnly(e *Exception) []string {
	if e == nil {
		return []string{"NoneType: None\n"}
	}
	name := e.Class.Name
	if m := e.Class.moduleName(); m != "__main__" && m != "builtins" {
		name = m + "." + name
	}
	msg, err := th.str(e)
	if err != nil {
		msg = "<exception str() failed>"
	}
	line := name + "\n"
	if msg != "" {
		line = name + ": " + msg + "\n"
	}
	out := []string{line}
	if e.Dict != nil {
		if notes, ok := e.Dict.GetStr("__notes__"); ok {
			if l, ok := notes.(*List); ok {
				for _, n := range l.Items {
					s, _ := th.str(n)
					out = append(out, s+"\n")
				}
			}
		}
	}
	return out
}

// tbObj is an exception's __traceback__ from entry i on (tb_next moves on).
type tbObj struct {
	e *Exception
	i int
}

// tbEntry is one frame of a traceback: the function and what it was running.
type tbEntry struct {
	fn   string
	span source.Span
}

// entries are the frames from the one that caught the exception down to the raise.
func (t *tbObj) entries() []tbEntry {
	e := t.e
	var out []tbEntry
	for i, f := range e.Frames {
		name := "<module>"
		if i > 0 {
			name = e.Frames[i-1].Func
		}
		out = append(out, tbEntry{name, f.Span})
	}
	name := "<module>"
	if n := len(e.Frames); n > 0 {
		name = e.Frames[n-1].Func
	}
	out = append(out, tbEntry{name, e.Span})
	if e.caught > 0 && e.caught-1 < len(out) {
		out = out[e.caught-1:]
	}
	if t.i < len(out) {
		return out[t.i:]
	}
	return nil
}

func (t *tbObj) TypeName() string { return "traceback" }

func (t *tbObj) Attr(th *Thread, name string) (Value, bool, error) {
	es := t.entries()
	switch name {
	case "tb_lineno":
		return int64(th.file.Position(es[0].span.Start).Line), true, nil
	case "tb_next":
		if len(es) < 2 {
			return nil, true, nil
		}
		return &tbObj{e: t.e, i: t.i + 1}, true, nil
	}
	return nil, false, nil
}

// formatFrames is StackSummary.format: a File line, the stripped source
// line and 3.11's carets for each frame.
func (th *Thread) formatFrames(es []tbEntry) []string {
	out := make([]string, 0, len(es))
	for _, en := range es {
		start, end := th.file.Position(en.span.Start), th.file.Position(en.span.End)
		var b strings.Builder
		b.WriteString(sprintf("  File \"%s\", line %d, in %s\n", th.file.Name, start.Line, en.fn))
		line := th.file.LineText(start.Line)
		stripped := strings.TrimFunc(line, unicode.IsSpace)
		if stripped != "" {
			b.WriteString("    " + stripped + "\n")
			b.WriteString(carets(line, stripped, start, end))
		}
		out = append(out, b.String())
	}
	return out
}

// carets is the indicator line under a frame's source line (empty when the
// position covers the whole line), as CPython 3.11's format_frame_summary.
func carets(line, stripped string, start, end source.Pos) string {
	runes := []rune(line)
	lead := len(runes) - len([]rune(strings.TrimLeftFunc(line, unicode.IsSpace)))
	s, e := start.Col-1, end.Col-1
	var anchors *[2]int
	if start.Line == end.Line {
		if e > len(runes) {
			e = len(runes)
		}
		anchors = caretAnchors(string(runes[s:e]))
	} else {
		e = len([]rune(strings.TrimRightFunc(line, unicode.IsSpace)))
	}
	if !(e-s < len([]rune(stripped)) || anchors != nil && anchors[1]-anchors[0] > 0) {
		return ""
	}
	var b strings.Builder
	b.WriteString("    " + strings.Repeat(" ", s-lead))
	if anchors != nil {
		b.WriteString(strings.Repeat("~", anchors[0]))
		b.WriteString(strings.Repeat("^", anchors[1]-anchors[0]))
		b.WriteString(strings.Repeat("~", e-s-anchors[1]))
	} else {
		b.WriteString(strings.Repeat("^", e-s))
	}
	b.WriteString("\n")
	return b.String()
}

// caretAnchors is _extract_caret_anchors_from_line_segment: for a binary
// operation the operator, for a subscript the brackets (character offsets
// into the segment); nil for anything else.
func caretAnchors(segment string) *[2]int {
	mod, err := py.Parse(source.NewFile("", segment))
	if err != nil || len(mod.Body) != 1 {
		return nil
	}
	st, ok := mod.Body[0].(*py.ExprStmt)
	if !ok {
		return nil
	}
	chars := func(off int32) int { return len([]rune(segment[:min(int(off), len(segment))])) }
	seg := []rune(segment)
	switch x := st.Value.(type) {
	case *py.BinOp:
		opStr := []rune(segment[x.Left.Span().End:x.Right.Span().Start])
		offset := len(opStr) - len([]rune(strings.TrimLeftFunc(string(opStr), unicode.IsSpace)))
		left := chars(x.Left.Span().End) + offset
		right := left + 1
		if offset+1 < len(opStr) && !unicode.IsSpace(opStr[offset+1]) {
			right++
		}
		for left < len(seg) && (unicode.IsSpace(seg[left]) || seg[left] == ')' || seg[left] == '#') {
			left++
			right++
		}
		return &[2]int{left, right}
	case *py.Subscript:
		left, right := chars(x.Value.Span().End), chars(x.Index.Span().End)+1
		for left < len(seg) && seg[left] != '[' {
			left++
		}
		for right < len(seg) && seg[right] != ']' {
			right++
		}
		if right < len(seg) {
			right++
		}
		return &[2]int{left, right}
	}
	return nil
}

// frameSummary is a traceback.FrameSummary.
type frameSummary struct {
	filename, name, line string
	lineno               int64
}

func (th *Thread) frameSummaries(tb Value) (Value, error) {
	t, ok := tb.(*tbObj)
	if !ok {
		if tb == nil {
			return &List{}, nil
		}
		return nil, th.Unsupported("traceback.extract_tb() of a %s", typeName(tb))
	}
	l := &List{}
	for _, en := range t.entries() {
		n := th.file.Position(en.span.Start).Line
		l.Items = append(l.Items, &frameSummary{th.file.Name, en.fn, strings.TrimFunc(th.file.LineText(n), unicode.IsSpace), int64(n)})
	}
	return l, nil
}

func (f *frameSummary) TypeName() string { return "FrameSummary" }

func (f *frameSummary) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "filename":
		return f.filename, true, nil
	case "name":
		return f.name, true, nil
	case "line":
		return f.line, true, nil
	case "lineno":
		return f.lineno, true, nil
	}
	return nil, false, nil
}

func (f *frameSummary) Iterate(th *Thread) ([]Value, error) {
	return []Value{f.filename, f.lineno, f.name, f.line}, nil
}

func (f *frameSummary) Repr(th *Thread) (string, error) {
	return sprintf("<FrameSummary file %s, line %d in %s>", f.filename, f.lineno, f.name), nil
}
