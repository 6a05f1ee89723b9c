package lesson

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"slices"
	"strconv"
	"strings"

	"cascadelab/engine"
)

// Check runs every block of l through the engine: a block whose models
// fail, or whose expect="..." does not hold, is an error.
func Check(l *Lesson) []error {
	var errs []error
	for _, b := range l.Blocks {
		fail := func(format string, args ...any) {
			errs = append(errs, fmt.Errorf("lessons/%s, block at line %d: %s", l.Slug, b.Line, fmt.Sprintf(format, args...)))
		}
		exps, err := b.Expectations()
		if err != nil {
			fail("%v", err)
			continue
		}
		// the widget refuses a number outside the engine's bounds: so does the build
		if err := b.bounded(); err != nil {
			fail("%v", err)
			continue
		}
		// within the page's step budget, as the widget runs it
		o := b.Options()
		o.Steps = engine.Bounds.Steps
		m := engine.Variants(engine.File{Name: "models.py", Text: b.Code}, o)
		if m.Error != nil {
			fail("%s at %d:%d: %s", m.Error.Class, m.Error.Line, m.Error.Col, m.Error.Message)
			continue
		}
		for _, v := range m.Variants {
			if v.Outcome == "skipped" || v.Error != nil && errors.Is(v.Error, engine.ErrBudget) {
				fail("%s went over a budget: %s", v.ID, v.Verdict)
			}
		}
		if w := b.Attrs["watch"]; w != "" && !slices.Contains(m.Tables, w) {
			fail("watch=%q is not one of the tables %v", w, m.Tables)
		}
		for _, e := range exps {
			var v *engine.Variant
			for _, x := range m.Variants {
				if x.ID == e[0] {
					v = x
				}
			}
			switch {
			case v == nil:
				fail("no variant %s in the matrix", e[0])
			case e[1] == "" && v.Outcome != e[2]:
				fail("%s: outcome %s, the lesson says %s (%s)", e[0], v.Outcome, e[2], v.Verdict)
			case e[1] != "" && fmt.Sprintf("%d>%d", v.Counts[e[1]].Before, v.Counts[e[1]].After) != e[2]:
				fail("%s: %s went %d>%d, the lesson says %s", e[0], e[1], v.Counts[e[1]].Before, v.Counts[e[1]].After, e[2])
			}
		}
	}
	return errs
}

// Options are the scenario options a block's attributes give.
func (b *Block) Options() engine.VariantOptions {
	var o engine.VariantOptions
	if v := b.Attrs["variants"]; v != "" {
		o.Only = strings.Split(v, ",")
	}
	fmt.Sscan(b.Attrs["children"], &o.Children)
	fmt.Sscan(b.Attrs["depth"], &o.Depth)
	o.Delete = b.Attrs["delete"]
	o.ForeignKeys = b.Attrs["fk"] == "on"
	return o
}

// bounded tells which of the block's number attributes, if any, is not a
// whole number within engine.Bounds, as the widget reads them.
func (b *Block) bounded() error {
	for _, f := range []struct {
		name  string
		bound engine.Bound
	}{{"children", engine.Bounds.Children}, {"depth", engine.Bounds.Depth}} {
		v, ok := b.Attrs[f.name]
		if !ok {
			continue
		}
		if n, err := strconv.Atoi(v); err != nil || n < f.bound.Min || n > f.bound.Max {
			return fmt.Errorf("%s=%q: it must be a whole number from %d to %d", f.name, v, f.bound.Min, f.bound.Max)
		}
	}
	return b.Options().Check()
}

// Assets names the site's files the lesson pages load.
type Assets struct {
	Embed, Style string // paths relative to the site root
}

// Pages renders the lesson pages and their index, keyed by file name
// relative to lessons/.
func Pages(ls []*Lesson, a Assets) map[string][]byte {
	out := map[string][]byte{}
	var toc bytes.Buffer
	toc.WriteString(`<ol class="toc">`)
	for _, l := range ls {
		fmt.Fprintf(&toc, `<li><a href="%s.html">%s</a></li>`, l.Slug, html.EscapeString(l.Title))
	}
	toc.WriteString(`</ol>`)
	page := func(title, body string) []byte {
		var b bytes.Buffer
		fmt.Fprintf(&b, `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>%s — cascadelab lessons</title>
<link rel="stylesheet" href="../%s">
<link rel="icon" href="../favicon.svg" type="image/svg+xml">
<script type="module" src="../%s"></script>
</head>
<body class="lesson-page">
<header class="top"><p class="site"><a href="../index.html">cascadelab</a></p><p class="tagline">Lessons: what deletes really do</p><nav class="tools" aria-label="Site"><a href="index.html">All lessons</a> <a href="../index.html">Playground</a></nav></header>
<div class="lesson-layout">
<nav class="lesson-toc" aria-label="Lessons">%s</nav>
<main class="lesson">%s</main>
</div>
</body>
</html>
`, html.EscapeString(title), a.Style, a.Embed, toc.String(), body)
		return b.Bytes()
	}
	out["index.html"] = page("Lessons", `<h1>Lessons</h1><p>Each lesson has live models: edit them and the matrix follows, as in the playground.</p>`+toc.String())
	for i, l := range ls {
		var nav strings.Builder
		nav.WriteString(`<nav class="prevnext" aria-label="Previous and next lesson">`)
		if i > 0 {
			fmt.Fprintf(&nav, `<a rel="prev" href="%s.html">← %s</a>`, ls[i-1].Slug, html.EscapeString(ls[i-1].Title))
		}
		nav.WriteString(` <a href="../index.html">Back to the playground</a> `)
		if i+1 < len(ls) {
			fmt.Fprintf(&nav, `<a rel="next" href="%s.html">%s →</a>`, ls[i+1].Slug, html.EscapeString(ls[i+1].Title))
		}
		nav.WriteString(`</nav>`)
		out[l.Slug+".html"] = page(l.Title, string(l.HTML)+nav.String())
	}
	return out
}
