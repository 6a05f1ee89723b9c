package variant

import (
	"fmt"
	"strings"
	"unicode"

	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/schema"
)

// edge is one way rows of `to` hang under a row of `from`.
type edge struct {
	from, to *orm.Mapper
	coll     *orm.Relationship // the collection (or scalar) on `from`, nil when only `ref` exists
	ref      *orm.Relationship // the many-to-one on `to`, nil when only `coll` exists
}

func (e edge) m2m() bool { return e.coll != nil && e.coll.Direction == orm.ManyToMany }

// childEdges lists the relationships under which m's rows have children.
func childEdges(ms []*orm.Mapper, m *orm.Mapper) []edge {
	var out []edge
	for _, r := range m.Rels {
		if r.ViewOnly || r.Direction == orm.ManyToOne {
			continue
		}
		e := edge{from: m, to: r.Target, coll: r}
		if r.Reverse != nil && r.Reverse.Direction == orm.ManyToOne && !r.Reverse.ViewOnly {
			e.ref = r.Reverse
		}
		out = append(out, e)
	}
	for _, c := range ms {
		for _, r := range c.Rels {
			if r.ViewOnly || r.Direction != orm.ManyToOne || r.Target != m || (r.Reverse != nil && !r.Reverse.ViewOnly) {
				continue
			}
			out = append(out, edge{from: m, to: c, ref: r})
		}
	}
	return out
}

// root picks the mapper the scenario starts from: one that hangs under no
// other mapper, with the most mappers below it.
func root(ms []*orm.Mapper) *orm.Mapper {
	under := map[*orm.Mapper]bool{}
	for _, m := range ms {
		for _, e := range childEdges(ms, m) {
			if e.to != m && !e.m2m() {
				under[e.to] = true
			}
		}
	}
	var best *orm.Mapper
	bestN := -1
	for _, m := range ms {
		if under[m] {
			continue
		}
		if n := len(reach(ms, m)); n > bestN {
			best, bestN = m, n
		}
	}
	if best == nil && len(ms) > 0 {
		best = ms[0]
	}
	return best
}

// reach lists the mappers whose rows hang under m's, through one-to-many
// edges, m included.
func reach(ms []*orm.Mapper, m *orm.Mapper) []*orm.Mapper {
	seen := map[*orm.Mapper]bool{m: true}
	out := []*orm.Mapper{m}
	for i := 0; i < len(out); i++ {
		for _, e := range childEdges(ms, out[i]) {
			if !e.m2m() && !seen[e.to] {
				seen[e.to] = true
				out = append(out, e.to)
			}
		}
	}
	return out
}

// gen writes the Python that builds the scenario's rows.
type gen struct {
	ms       []*orm.Mapper
	n, depth int
	rows     int // how many rows the setup makes
	b        strings.Builder
	pools    map[*orm.Mapper]string // shared objects (many-to-many targets, required parents)
	names    map[string]int
	needDate bool
	first    map[*orm.Mapper]string // the first object's primary key, as Python
	err      error
}

func snake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

func (g *gen) line(indent int, format string, args ...any) {
	g.b.WriteString(strings.Repeat("    ", indent))
	fmt.Fprintf(&g.b, format, args...)
	g.b.WriteByte('\n')
}

// loopVars names the loop variable of each level.
var loopVars = []string{"i", "j", "k", "l", "m", "n", "p", "q"}

// autoPK reports whether the table numbers its rows itself.
func autoPK(t *schema.Table) bool {
	return len(t.PrimaryKey) == 1 && t.PrimaryKey[0].Type.Affinity == schema.AffInteger && len(t.PrimaryKey[0].FKs) == 0
}

func labelCol(t *schema.Table) *schema.Column {
	for _, c := range t.Columns {
		if c.Type.Affinity == schema.AffText && len(c.FKs) == 0 && !(c.PrimaryKey && autoPK(t)) {
			return c
		}
	}
	return nil
}

// values gives the constructor keywords for an object labelled by the
// f-string body label and numbered by the Python expression idx.
func (g *gen) values(m *orm.Mapper, label, idx string) string {
	var kws []string
	lc := labelCol(m.Table)
	for _, c := range m.Table.Columns {
		if len(c.FKs) > 0 || (c.PrimaryKey && autoPK(m.Table)) {
			continue
		}
		if c != lc && !c.PrimaryKey && (c.Nullable || c.HasDefault) {
			continue
		}
		key := m.ColKey(c)
		if key == "" {
			continue
		}
		var v string
		switch c.Type.Affinity {
		case schema.AffText:
			v = `f"` + label + `"`
		case schema.AffInteger, schema.AffFloat, schema.AffNumeric:
			v = idx
		case schema.AffBool:
			v = "False"
		case schema.AffDate:
			v, g.needDate = "date(2024, 1, 1)", true
		case schema.AffDateTime:
			v, g.needDate = "datetime(2024, 1, 1, 12, 0)", true
		default:
			g.err = fmt.Errorf("cannot make up a value for %s.%s (%s): give it a default or paste a whole script", m.Class, key, c.Type.Name)
			continue
		}
		kws = append(kws, key+"="+v)
	}
	return m.Class + "(" + strings.Join(kws, ", ") + ")"
}

func (g *gen) varName(m *orm.Mapper) string {
	base := snake(m.Class)
	g.names[base]++
	if n := g.names[base]; n > 1 {
		return fmt.Sprintf("%s_%d", base, n)
	}
	return base
}

// firstKey is the primary key of the first object made at this point.
func firstKey(m *orm.Mapper, label, idx string, vars []string) string {
	if autoPK(m.Table) {
		return "1"
	}
	var parts []string
	for _, c := range m.Table.PrimaryKey {
		if c.Type.Affinity == schema.AffText {
			l := label
			for _, v := range vars {
				l = strings.ReplaceAll(l, "{"+v+"}", "1")
			}
			parts = append(parts, fmt.Sprintf("%q", l))
		} else {
			parts = append(parts, "1")
		}
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// setup writes the first session: the shared objects, then two roots
// with the rows under them, then a commit.
func (g *gen) setup(r *orm.Mapper) string {
	g.pools = map[*orm.Mapper]string{}
	g.names = map[string]int{}
	g.first = map[*orm.Mapper]string{}
	g.b.Reset()
	g.line(1, "for i in range(1, 3):")
	g.object(r, 2, []string{"i"}, map[*orm.Mapper]bool{r: true}, nil, func(name string) { g.line(2, "session.add(%s)", name) })
	tree := g.b.String()
	g.b.Reset()
	g.line(0, "with Session(engine) as session:")
	for _, m := range g.ms {
		if p, ok := g.pools[m]; ok {
			g.line(1, "%s = [%s for n in range(1, %d)]", p, g.values(m, snake(m.Class)+" {n}", "n"), g.n+1)
			g.rows += g.n
		}
	}
	g.b.WriteString(tree)
	g.line(1, "session.commit()")
	return g.b.String()
}

// object writes the construction of one m and what hangs under it, at
// the given indent, inside loops over vars.
// attach writes how it joins the session (or its parent) right after it
// is made, so that it is in the session before what hangs under it.
func (g *gen) object(m *orm.Mapper, indent int, vars []string, path map[*orm.Mapper]bool, via *orm.Relationship, attach func(name string)) {
	made := 2 // the roots' loop
	for _, v := range vars[1:] {
		if v != "1" {
			made *= g.n
		}
	}
	g.rows += made
	name := g.varName(m)
	parts := make([]string, len(vars))
	for i, v := range vars {
		parts[i] = v
		if v != "1" {
			parts[i] = "{" + v + "}"
		}
	}
	label := snake(m.Class) + " " + strings.Join(parts, ".")
	idx := vars[0]
	for _, v := range vars[1:] {
		idx = fmt.Sprintf("(%s - 1) * %d + %s", idx, g.n, v)
	}
	if _, ok := g.first[m]; !ok {
		g.first[m] = firstKey(m, label, idx, vars)
	}
	g.line(indent, "%s = %s", name, g.values(m, label, idx))
	attach(name)
	// parents that must exist (NOT NULL foreign keys) and are not the one above
	for _, r := range m.Rels {
		if r.Direction != orm.ManyToOne || r.ViewOnly || r == via || path[r.Target] && r.Target != m {
			continue
		}
		required := true
		for _, c := range r.FKCols() {
			required = required && !c.Nullable
		}
		if required && r.Target != m {
			g.line(indent, "%s.%s = %s[0]", name, r.Key, g.pool(r.Target))
		}
	}
	var links []edge
	for _, e := range childEdges(g.ms, m) {
		if e.m2m() {
			links = append(links, e)
			continue
		}
		if len(vars) >= g.depth || (path[e.to] && e.to != m) {
			continue
		}
		v := loopVars[min(len(vars), len(loopVars)-1)]
		inner := indent
		if e.coll == nil || e.coll.Uselist {
			g.line(indent, "for %s in range(1, %d):", v, g.n+1)
			inner++
		} else {
			v = "1"
		}
		sub := map[*orm.Mapper]bool{e.to: true}
		for k := range path {
			sub[k] = true
		}
		g.object(e.to, inner, append(append([]string(nil), vars...), v), sub, e.ref, func(child string) {
			switch {
			case e.coll == nil:
				g.line(inner, "%s.%s = %s", child, e.ref.Key, name)
				g.line(inner, "session.add(%s)", child)
			case e.coll.Uselist:
				g.line(inner, "%s.%s.append(%s)", name, e.coll.Key, child)
			default:
				g.line(inner, "%s.%s = %s", name, e.coll.Key, child)
			}
		})
	}
	for _, e := range links {
		g.line(indent, "%s.%s.extend(%s)", name, e.coll.Key, g.pool(e.to))
	}
	if len(links) > 0 {
		// SQLAlchemy writes the link rows of several owners in set order:
		// one owner per flush keeps the rows in a stable order
		g.line(indent, "session.flush()")
	}
}

func (g *gen) pool(m *orm.Mapper) string {
	if p, ok := g.pools[m]; ok {
		return p
	}
	p := snake(m.Class) + "_pool"
	g.pools[m] = p
	return p
}
