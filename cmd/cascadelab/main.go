// Command cascadelab runs SQLAlchemy cascade scripts on real SQLite.
//
//	cascadelab trace SCRIPT.py       print the trace as JSON (the oracle's shape)
//	cascadelab run SCRIPT.py         print the script's output, the SQL log and row counts
//	cascadelab variants MODELS.py    run every cascade variant and print the matrix
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"cascadelab/engine"
	"cascadelab/web"
	"cascadelab/web/server"
)

var usage = fmt.Sprintf(`usage:
  cascadelab trace [--memory MB] SCRIPT.py
                                  print the run as a JSON trace (same shape as SQLAlchemy's oracle)
  cascadelab run [--memory MB] SCRIPT.py
                                  print the script's output, the SQL as echo=True shows it, and row counts
  cascadelab serve [--addr HOST:PORT]
                                  serve the playground (built by make serve) at http://127.0.0.1:8080
  cascadelab variants [flags] MODELS.py
                                  run every way of deleting against the models (or a whole script)
      --children N    children per one-to-many relationship (default %d, at most %d)
      --depth N       levels of rows, the roots included (default %d, at most %d)
      --delete C[:K]  delete class C (row K, a Python literal) instead of the first root
      --fk            PRAGMA foreign_keys=ON for the variants that keep the models' setting
      --only IDS      comma-separated variant ids
      --json          print the matrix as JSON (docs/variants.md)
      --export DIR    write one standalone SQLAlchemy script per variant into DIR
      --memory MB     the memory budget of each run (default 64, as in the browser)
A path of - reads standard input.
`, engine.Bounds.Children.Default, engine.Bounds.Children.Max, engine.Bounds.Depth.Default, engine.Bounds.Depth.Max)

func main() {
	if len(os.Args) >= 2 && os.Args[1] == "serve" {
		os.Exit(serve(os.Args[2:], os.Stdout, os.Stderr))
	}
	if len(os.Args) < 3 {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	os.Exit(run(os.Args[1], os.Args[2:], os.Stdout, os.Stderr))
}

func run(cmd string, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage) }
	var o engine.VariantOptions
	var only, export string
	var asJSON bool
	memory := fs.Int64("memory", 64, "")
	if cmd == "variants" {
		fs.IntVar(&o.Children, "children", engine.Bounds.Children.Default, "")
		fs.IntVar(&o.Depth, "depth", engine.Bounds.Depth.Default, "")
		fs.StringVar(&o.Delete, "delete", "", "")
		fs.BoolVar(&o.ForeignKeys, "fk", false, "")
		fs.StringVar(&only, "only", "", "")
		fs.BoolVar(&asJSON, "json", false, "")
		fs.StringVar(&export, "export", "", "")
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	path := fs.Arg(0)
	text, err := readInput(path)
	if err != nil {
		fmt.Fprintln(stderr, "cascadelab:", err)
		return 2
	}
	f := engine.File{Name: filepath.Base(path), Text: text}
	opts := engine.Options{MaxMemory: *memory << 20}
	switch cmd {
	case "trace":
		res := engine.Run(f, opts)
		stdout.Write(res.TraceJSON())
	case "run":
		res := engine.Run(f, opts)
		printRun(stdout, stderr, res)
		if res.Exception != nil {
			return 1
		}
	case "variants":
		if only != "" {
			o.Only = strings.Split(only, ",")
		}
		o.Run = opts
		m := engine.Variants(f, o)
		if export != "" {
			if err := exportScripts(export, m); err != nil {
				fmt.Fprintln(stderr, "cascadelab:", err)
				return 2
			}
		}
		if asJSON {
			b, _ := json.MarshalIndent(m, "", "  ")
			stdout.Write(append(b, '\n'))
		} else {
			printMatrix(stdout, stderr, m)
		}
		if m.Error != nil {
			return 1
		}
	default:
		fmt.Fprint(stderr, usage)
		return 2
	}
	return 0
}

// serve runs the playground's server until the process is stopped.
func serve(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (port 0 picks a free one)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	site, ok := web.Site()
	if !ok {
		fmt.Fprintln(stderr, "cascadelab: this binary was built without the playground; run make serve, which builds it first")
		return 2
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "cascadelab:", err)
		return 2
	}
	fmt.Fprintf(stdout, "cascadelab playground at http://%s/\n", ln.Addr())
	if err := http.Serve(ln, server.New(server.Files(site), server.FilePage(site), &server.MemStore{})); err != nil {
		fmt.Fprintln(stderr, "cascadelab:", err)
		return 1
	}
	return 0
}

func readInput(path string) (string, error) {
	var b []byte
	var err error
	if path == "-" {
		b, err = io.ReadAll(os.Stdin)
	} else {
		b, err = os.ReadFile(path)
	}
	return string(b), err
}

func printRun(w, errw io.Writer, res engine.Result) {
	fmt.Fprint(w, res.Stdout)
	fmt.Fprintln(w, "\n-- SQL, as echo=True logs it (without timings) --")
	fmt.Fprint(w, res.EchoLog())
	fmt.Fprintln(w, "\n-- rows per table --")
	names := make([]string, 0, len(res.Rows))
	for n := range res.Rows {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "%s: %d\n", n, res.Rows[n])
	}
	// python3's traceback, then the diagnostics (the uncaught exception
	// among them, with its position)
	if res.Exception != nil {
		fmt.Fprint(errw, res.Exception.Traceback)
	}
	for _, d := range res.Diagnostics {
		fmt.Fprintln(errw, d.String())
	}
}

// printMatrix prints the variants as a table: before → after per table.
func printMatrix(w, errw io.Writer, m *engine.Matrix) {
	for _, d := range m.Diagnostics {
		fmt.Fprintln(errw, d.String())
	}
	if m.Error != nil {
		fmt.Fprintln(errw, m.Error)
		return
	}
	if m.Schema != "" {
		fmt.Fprintf(w, "The models automap makes of these tables (the variants change them):\n\n%s\n", m.Schema)
	}
	if m.Input == "script" {
		fmt.Fprintf(w, "Deleting %s as the script does, then each variant of it\n\n", m.Target)
	} else {
		fmt.Fprintf(w, "Deleting %s (2 roots, %d children per relationship, depth %d)\n\n", m.Target, m.Options.Children, m.Options.Depth)
	}
	header := []string{"#", "variant"}
	header = append(header, m.Tables...)
	rows := [][]string{header}
	for _, v := range m.Variants {
		row := []string{fmt.Sprint(v.Number), v.Title}
		for _, t := range m.Tables {
			c := v.Counts[t]
			row = append(row, fmt.Sprintf("%d → %d", c.Before, c.After))
		}
		rows = append(rows, row)
	}
	widths := make([]int, len(header))
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], len([]rune(c)))
		}
	}
	for i, r := range rows {
		for j, c := range r {
			fmt.Fprintf(w, "%-*s  ", widths[j], c)
		}
		fmt.Fprintln(w)
		if i > 0 {
			fmt.Fprintf(w, "%*s  %s\n", widths[0], "", m.Variants[i-1].Verdict)
		}
	}
}

// exportScripts writes each variant's script as NN-id.py.
func exportScripts(dir string, m *engine.Matrix) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, v := range m.Variants {
		name := filepath.Join(dir, fmt.Sprintf("%02d-%s.py", v.Number, v.ID))
		if err := os.WriteFile(name, []byte(v.Script), 0o644); err != nil {
			return err
		}
	}
	return nil
}
