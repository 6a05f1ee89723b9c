// Package lesson renders the lessons (Markdown in lessons/) into pages of
// the site with goldmark. A fenced block whose info string starts with
// "cascade" becomes a live <cascade-lab> widget; its attributes are options
// (variants, watch, expect, height), and the build checks each block with
// the engine so that a lesson can never drift from what the engine does.
package lesson

import (
	"bytes"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	ghtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Lesson is one Markdown file: lessons/NN-slug.md with a "# Title" line.
type Lesson struct {
	Slug   string
	Title  string
	Source []byte
	Blocks []*Block
	HTML   []byte // the rendered body
}

// KindBlock is the AST kind of a cascade block.
var KindBlock = ast.NewNodeKind("CascadeBlock")

// Block is a ```cascade fenced block: models and the widget's options.
type Block struct {
	ast.BaseBlock
	Code  string
	Attrs map[string]string
	Line  int // of the opening fence, 1-based
}

// Kind implements ast.Node.
func (b *Block) Kind() ast.NodeKind { return KindBlock }

// Dump implements ast.Node.
func (b *Block) Dump(source []byte, level int) { ast.DumpHelper(b, source, level, b.Attrs, nil) }

var attrRE = regexp.MustCompile(`([a-z]+)="([^"]*)"`)

// transformer replaces cascade fenced blocks with Blocks.
type transformer struct{}

func (transformer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	var fences []*ast.FencedCodeBlock
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if f, ok := n.(*ast.FencedCodeBlock); ok && entering && f.Info != nil {
			info := string(f.Info.Segment.Value(src))
			if info == "cascade" || strings.HasPrefix(info, "cascade ") {
				fences = append(fences, f)
			}
		}
		return ast.WalkContinue, nil
	})
	for _, f := range fences {
		var code bytes.Buffer
		for i := 0; i < f.Lines().Len(); i++ {
			seg := f.Lines().At(i)
			code.Write(seg.Value(src))
		}
		b := &Block{Code: code.String(), Attrs: map[string]string{}}
		for _, m := range attrRE.FindAllStringSubmatch(string(f.Info.Segment.Value(src)), -1) {
			b.Attrs[m[1]] = m[2]
		}
		if f.Lines().Len() > 0 {
			b.Line = bytes.Count(src[:f.Lines().At(0).Start], []byte("\n"))
		}
		f.Parent().ReplaceChild(f.Parent(), f, b)
	}
}

// blockRenderer writes a Block as a <cascade-lab> element whose content
// is the code, escaped: the widget reads it as text.
type blockRenderer struct{}

func (blockRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindBlock, func(w util.BufWriter, source []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		b := n.(*Block)
		keys := make([]string, 0, len(b.Attrs))
		for k := range b.Attrs {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		w.WriteString("<cascade-lab")
		for _, k := range keys {
			fmt.Fprintf(w, ` %s="%s"`, k, html.EscapeString(b.Attrs[k]))
		}
		w.WriteString("><pre class=\"cascade-code\">")
		w.WriteString(html.EscapeString(b.Code))
		w.WriteString("</pre></cascade-lab>\n")
		return ast.WalkSkipChildren, nil
	})
}

// Extension is the goldmark extension for cascade blocks.
var Extension goldmark.Extender = extension{}

type extension struct{}

func (extension) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithASTTransformers(util.Prioritized(transformer{}, 100)))
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(blockRenderer{}, 100)))
}

var md = goldmark.New(goldmark.WithExtensions(Extension), goldmark.WithRendererOptions(ghtml.WithUnsafe()))

var fileRE = regexp.MustCompile(`^(\d+)-([a-z0-9-]+)\.md$`)

// Load reads and renders every lesson in dir, in file-name order.
func Load(dir string) ([]*Lesson, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out []*Lesson
	for _, f := range files {
		m := fileRE.FindStringSubmatch(filepath.Base(f))
		if m == nil {
			continue // README.md and the like
		}
		src, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		l, err := Parse(m[2], src)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", f, err)
		}
		out = append(out, l)
	}
	return out, nil
}

// Parse renders one lesson's Markdown.
func Parse(slug string, src []byte) (*Lesson, error) {
	l := &Lesson{Slug: slug, Source: src}
	doc := md.Parser().Parse(text.NewReader(src))
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering && h.Level == 1 && l.Title == "" {
			l.Title = string(h.Lines().Value(src))
		}
		if b, ok := n.(*Block); ok && entering {
			l.Blocks = append(l.Blocks, b)
		}
		return ast.WalkContinue, nil
	})
	if l.Title == "" {
		return nil, fmt.Errorf("no \"# Title\" line")
	}
	var buf bytes.Buffer
	if err := md.Renderer().Render(&buf, src, doc); err != nil {
		return nil, err
	}
	l.HTML = buf.Bytes()
	return l, nil
}

// Expectations reads expect="id:outcome ..." (outcome: clean, orphans,
// dangling, error, nothing; or a table's count as table=before>after).
func (b *Block) Expectations() ([][3]string, error) {
	var out [][3]string
	for _, f := range strings.Fields(b.Attrs["expect"]) {
		id, what, ok := strings.Cut(f, ":")
		if !ok || id == "" || what == "" {
			return nil, fmt.Errorf("line %d: expect wants id:outcome or id:table=before>after, got %q", b.Line, f)
		}
		if table, counts, isCount := strings.Cut(what, "="); isCount {
			before, after, ok := strings.Cut(counts, ">")
			if _, err := strconv.Atoi(before); err != nil || !ok {
				return nil, fmt.Errorf("line %d: bad count %q", b.Line, what)
			}
			if _, err := strconv.Atoi(after); err != nil {
				return nil, fmt.Errorf("line %d: bad count %q", b.Line, what)
			}
			out = append(out, [3]string{id, table, counts})
			continue
		}
		out = append(out, [3]string{id, "", what})
	}
	return out, nil
}
