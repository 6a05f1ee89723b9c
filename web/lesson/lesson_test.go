package lesson

import (
	"strings"
	"testing"
)

const models = `from sqlalchemy import Column, Integer, ForeignKey
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
    children = relationship("Child", back_populates="parent")


class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    parentid = Column(Integer, ForeignKey("parent.id"))
    parent = relationship("Parent", back_populates="children")
`

func lessonWith(info, code string) string {
	return "# A lesson\n\nSome <b>text</b>.\n\n```" + info + "\n" + code + "```\n\n```python\nprint('not a widget')\n```\n"
}

func TestRenderBlock(t *testing.T) {
	l, err := Parse("a", []byte(lessonWith(`cascade variants="as-written" expect="as-written:orphans"`, "x = '<script>'\n")))
	if err != nil {
		t.Fatal(err)
	}
	out := string(l.HTML)
	for _, want := range []string{
		`<cascade-lab expect="as-written:orphans" variants="as-written"><pre class="cascade-code">x = &#39;&lt;script&gt;&#39;` + "\n</pre></cascade-lab>",
		`<code class="language-python">print('not a widget')`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("rendered lesson lacks %q:\n%s", want, out)
		}
	}
	if l.Title != "A lesson" || len(l.Blocks) != 1 || l.Blocks[0].Line != 5 {
		t.Errorf("title %q, %d blocks, first at line %d", l.Title, len(l.Blocks), l.Blocks[0].Line)
	}
}

func TestCheck(t *testing.T) {
	cases := []struct {
		info, code string
		want       string // "" when the block holds
	}{
		{`cascade variants="as-written" expect="as-written:orphans as-written:child=6>6"`, models, ""},
		{`cascade variants="as-written" expect="as-written:clean"`, models, "outcome orphans, the lesson says clean"},
		{`cascade variants="as-written" expect="as-written:child=6>3"`, models, "child went 6>6, the lesson says 6>3"},
		{`cascade variants="as-written" expect="orm-cascade:clean"`, models, "no variant orm-cascade"},
		{`cascade variants="as-written" watch="kid"`, models, `watch="kid" is not one of the tables`},
		{`cascade expect="as-written"`, models, "expect wants id:outcome"},
		{`cascade children="50"`, models, `children="50": it must be a whole number from 1 to 10`},
		{`cascade depth="0"`, models, `depth="0": it must be a whole number from 1 to 6`},
		{`cascade variants="as-written" children="4" fk="on" expect="as-written:child=8>8"`, models, ""},
		{`cascade variants="nope"`, models, `no variant "nope"`},
		{`cascade`, "class Broken(:\n", "SyntaxError at 1:13"},
	}
	for _, c := range cases {
		l, err := Parse("a", []byte(lessonWith(c.info, c.code)))
		if err != nil {
			t.Fatal(err)
		}
		errs := Check(l)
		switch {
		case c.want == "" && len(errs) > 0:
			t.Errorf("%s: unexpected %v", c.info, errs)
		case c.want != "" && (len(errs) == 0 || !strings.Contains(errs[0].Error(), c.want)):
			t.Errorf("%s: want an error with %q, got %v", c.info, c.want, errs)
		}
	}
}

// Every lesson of the site holds.
func TestLessons(t *testing.T) {
	ls, err := Load("../../lessons")
	if err != nil {
		t.Fatal(err)
	}
	if len(ls) != 13 {
		t.Fatalf("%d lessons", len(ls))
	}
	for _, l := range ls {
		if len(l.Blocks) == 0 {
			t.Errorf("%s has no live block", l.Slug)
		}
		for _, err := range Check(l) {
			t.Error(err)
		}
	}
	pages := Pages(ls, Assets{Embed: "embed.js", Style: "style.css"})
	if len(pages) != 14 || !strings.Contains(string(pages["passive-deletes.html"]), `rel="prev" href="orm-vs-database-cascade.html"`) {
		t.Errorf("pages: %d, prev link missing", len(pages))
	}
}

func FuzzLesson(f *testing.F) {
	f.Add(lessonWith(`cascade variants="as-written"`, models))
	f.Add("# T\n```cascade x=\"1\n```\n")
	f.Fuzz(func(t *testing.T, src string) {
		if l, err := Parse("f", []byte(src)); err == nil && l.HTML == nil {
			t.Fatal("no output")
		}
	})
}
