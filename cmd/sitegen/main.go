// Command sitegen makes the parts of the playground's site that the engine
// computes, for web/build.mjs: it checks every lesson block and writes the
// lesson pages, and prints the page's data as JSON (the engine's limits and
// the default example's pre-rendered matrix). It does not embed the site,
// so the cascadelab binary is built once, from the finished site.
//
//	sitegen --lessons DIR --out DIR --embed FILE --style FILE --example FILE.py
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"cascadelab/engine"
	"cascadelab/web/lesson"
)

// Page is the data the page is built with.
type Page struct {
	Limits      engine.Limits `json:"limits"`
	Prerendered struct {
		Source string         `json:"source"`
		Matrix *engine.Matrix `json:"matrix"`
	} `json:"prerendered"`
}

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("sitegen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("lessons", "lessons", "the lessons' Markdown")
	out := fs.String("out", "", "directory to write the lesson pages into (none: only check them)")
	var a lesson.Assets
	fs.StringVar(&a.Embed, "embed", "embed.js", "the widget script, relative to the site root")
	fs.StringVar(&a.Style, "style", "style.css", "the stylesheet, relative to the site root")
	example := fs.String("example", "", "the example the page opens with, pre-rendered")
	if err := fs.Parse(args); err != nil || fs.NArg() != 0 {
		fs.Usage()
		return 2
	}
	if err := lessons(*dir, *out, a, stderr); err != nil {
		fmt.Fprintln(stderr, "sitegen:", err)
		return 1
	}
	p := Page{Limits: engine.Bounds}
	if *example != "" {
		b, err := os.ReadFile(*example)
		if err != nil {
			fmt.Fprintln(stderr, "sitegen:", err)
			return 1
		}
		// the page names its text models.py
		p.Prerendered.Source = string(b)
		p.Prerendered.Matrix = engine.Variants(engine.File{Name: "models.py", Text: string(b)}, engine.VariantOptions{})
	}
	b, _ := json.Marshal(p)
	stdout.Write(append(b, '\n'))
	return 0
}

// lessons checks the lessons' blocks and, with out, writes their pages.
func lessons(dir, out string, a lesson.Assets, stderr io.Writer) error {
	ls, err := lesson.Load(dir)
	if err != nil {
		return err
	}
	failed := 0
	for _, l := range ls {
		errs := lesson.Check(l)
		for _, e := range errs {
			fmt.Fprintln(stderr, e)
		}
		failed += len(errs)
	}
	if failed > 0 {
		return fmt.Errorf("%d lesson blocks do not hold", failed)
	}
	if out == "" {
		return nil
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for name, b := range lesson.Pages(ls, a) {
		if err := os.WriteFile(filepath.Join(out, name), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
