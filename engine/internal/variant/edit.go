package variant

import (
	"sort"
	"strings"

	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/source"
)

// edit replaces src[start:end] with text; edits never overlap.
type edit struct {
	start, end int32
	text       string
}

// rewriter collects edits over one source and applies them together, so
// that every span found in the original AST stays valid while editing.
type rewriter struct {
	src   string
	mod   *py.Module
	edits []edit
	// backrefs are backref="name" keywords that become backref("name", ...)
	backrefs map[*py.Keyword][]string
	imported map[string]bool
}

func (w *rewriter) add(start, end int32, text string) {
	for i, e := range w.edits {
		if e.start == start && e.end == end && start != end {
			w.edits[i].text = text // the later edit of the same range wins
			return
		}
	}
	w.edits = append(w.edits, edit{start, end, text})
}

// apply returns the edited source.
func (w *rewriter) apply() string {
	for k, kws := range w.backrefs {
		v := k.Value.Span()
		w.add(v.Start, v.End, "backref("+w.text(v)+", "+strings.Join(kws, ", ")+")")
		w.importName("sqlalchemy.orm", "backref")
	}
	w.backrefs = nil
	es := append([]edit(nil), w.edits...)
	sort.SliceStable(es, func(i, j int) bool { return es[i].start < es[j].start })
	var b strings.Builder
	at := int32(0)
	for _, e := range es {
		if e.start < at {
			continue // overlapping: the first one wins
		}
		b.WriteString(w.src[at:e.start])
		b.WriteString(e.text)
		at = e.end
	}
	b.WriteString(w.src[at:])
	return b.String()
}

// shift maps an offset of the original source into the edited one.
func (w *rewriter) shift(off int32) int32 {
	d := int32(0)
	for _, e := range w.edits {
		if e.end <= off {
			d += int32(len(e.text)) - (e.end - e.start)
		}
	}
	return off + d
}

func (w *rewriter) text(s source.Span) string { return w.src[s.Start:s.End] }

func (w *rewriter) call(s source.Span) *py.Call { return py.FindCall(w.mod, s) }

// setKeyword makes c pass name=value, replacing an existing value or
// appending the keyword after the last argument.
func (w *rewriter) setKeyword(c *py.Call, name, value string) {
	name, value = sqlmodelKeyword(c, name, value)
	if k := c.Keyword(name); k != nil {
		w.add(k.Value.Span().Start, k.Value.Span().End, value)
		return
	}
	last := c.Func.Span().End
	sep := ", "
	for _, a := range c.Args {
		last = max(last, a.Span().End)
	}
	for _, k := range c.Keywords {
		last = max(last, k.Span().End)
	}
	if last == c.Func.Span().End { // no arguments: insert right after "("
		last++
		sep = ""
	}
	w.add(last, last, sep+name+"="+value)
}

// dropKeyword removes name=... from c, with the comma that separates it.
func (w *rewriter) dropKeyword(c *py.Call, name string) {
	name, _ = sqlmodelKeyword(c, name, "")
	k := c.Keyword(name)
	if k == nil {
		return
	}
	var prevEnd int32 = -1
	for _, a := range c.Args {
		if e := a.Span().End; e <= k.Span().Start {
			prevEnd = max(prevEnd, e)
		}
	}
	for _, o := range c.Keywords {
		if e := o.Span().End; e <= k.Span().Start {
			prevEnd = max(prevEnd, e)
		}
	}
	if prevEnd >= 0 {
		w.add(prevEnd, k.Span().End, "")
		return
	}
	// the first argument: remove up to the next one
	end := k.Span().End
	rest := w.src[end : c.Span().End-1]
	if i := strings.IndexByte(rest, ','); i >= 0 {
		j := i + 1
		for j < len(rest) && (rest[j] == ' ' || rest[j] == '\t' || rest[j] == '\n') {
			j++
		}
		end += int32(j)
	}
	w.add(k.Span().Start, end, "")
}

// importLine makes sure the module imports name from module, adding a line
// after the last top-level import when it does not.
func (w *rewriter) importName(module, name string) {
	if w.imported[name] {
		return
	}
	if w.imported == nil {
		w.imported = map[string]bool{}
	}
	w.imported[name] = true
	var at int32
	for _, s := range w.mod.Body {
		switch s := s.(type) {
		case *py.ImportFrom:
			for _, a := range s.Names {
				if (a.Asname == "" && a.Name == name) || a.Asname == name {
					return
				}
			}
			at = s.Span().End
		case *py.Import:
			at = s.Span().End
		}
	}
	line := "from " + module + " import " + name
	if at == 0 {
		w.add(0, 0, line+"\n")
		return
	}
	w.add(at, at, "\n"+line)
}

// sqlmodelKeyword says a relationship keyword in SQLModel's terms when c
// is SQLModel's Relationship(...): its cascade_delete=True is
// cascade="all, delete-orphan". Field(ondelete=, nullable=) and
// passive_deletes keep their names.
func sqlmodelKeyword(c *py.Call, name, value string) (string, string) {
	if py.LastName(c.Func) != "Relationship" || name != "cascade" {
		return name, value
	}
	if value == `"all, delete-orphan"` || value == "" {
		return "cascade_delete", "True"
	}
	return "sa_relationship_kwargs", `{"cascade": ` + value + `}`
}
