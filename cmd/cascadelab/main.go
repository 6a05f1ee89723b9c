// Command cascadelab runs SQLAlchemy cascade scripts on real SQLite.
//
//	cascadelab trace SCRIPT.py   print the trace as JSON (the oracle's shape)
//	cascadelab run SCRIPT.py     print the script's output, the SQL log and row counts
package main

import (
	"fmt"
	"io"
	"os"
	"sort"

	"cascadelab/engine"
	"cascadelab/engine/trace"
)

const usage = `usage:
  cascadelab trace SCRIPT.py   print the run as a JSON trace (same shape as SQLAlchemy's oracle)
  cascadelab run SCRIPT.py     print the script's output, the SQL as echo=True shows it, and row counts
`

func main() {
	if len(os.Args) != 3 {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	cmd, path := os.Args[1], os.Args[2]
	text, err := readInput(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "cascadelab:", err)
		os.Exit(2)
	}
	res := engine.Run(engine.File{Name: path, Text: text}, engine.Options{})
	switch cmd {
	case "trace":
		os.Stdout.Write(res.Trace.JSON())
	case "run":
		printRun(os.Stdout, res)
		if res.Exception != nil {
			os.Exit(1)
		}
	default:
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
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

func printRun(w io.Writer, res engine.Result) {
	fmt.Fprint(w, res.Trace.Stdout)
	fmt.Fprintln(w, "\n-- SQL, as echo=True logs it (without timings) --")
	fmt.Fprint(w, trace.EchoLog(res.Trace.Statements))
	fmt.Fprintln(w, "\n-- rows per table --")
	names := make([]string, 0, len(res.Trace.Tables))
	for n := range res.Trace.Tables {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "%s: %d\n", n, len(res.Trace.Tables[n].Rows))
	}
	// the uncaught exception is among the diagnostics, with its position
	for _, d := range res.Diagnostics {
		fmt.Fprintln(os.Stderr, d.String())
	}
}

