// Package scripttest holds the one-line table tests the engine's packages
// share: run a Python source through the whole engine and compare what a
// person would see (stdout, the uncaught exception, the SQL sent) with what
// CPython 3.11 and SQLAlchemy 2.0.52 printed for the same source.
//
// An expectation is recorded, never copied from the engine: run the source
// under conformance/record.py (or the shared oracle.py) and take "stdout",
// "error" and "statements" from its JSON.
package scripttest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"cascadelab/engine/internal/script"
	"cascadelab/engine/internal/trace"
	"cascadelab/engine/internal/trace/tracetest"
)

func run(src string) trace.Trace {
	return script.Run(script.File{Name: "t.py", Text: src}, script.Options{MaxSteps: 1_000_000, Timeout: 10 * time.Second}).Trace
}

// errLine is the uncaught exception as one line, "! Class: message".
func errLine(tr trace.Trace) string {
	if tr.Error == nil {
		return ""
	}
	return "! " + tr.Error.Type + ": " + tr.Error.Message + "\n"
}

// Run is what running src prints, then the uncaught exception's line.
func Run(src string) string {
	tr := run(src)
	return tr.Stdout + errLine(tr)
}

// SQL is what ops sends to SQLite after model ran: one line per statement,
// its SQL and its parameters as compact JSON, then the uncaught exception's line.
func SQL(model, ops string) string {
	before := len(run(model).Statements)
	tr := run(model + ops)
	var b strings.Builder
	if before > len(tr.Statements) {
		before = len(tr.Statements)
	}
	for _, s := range tr.Statements[before:] {
		b.WriteString(s.SQL + " " + Params(s.Params) + "\n")
	}
	return b.String() + errLine(tr)
}

// Params is a statement's parameters as json.dumps(params, separators=(",", ":"),
// ensure_ascii=False) writes them; a one-row executemany reads as a plain
// execute, as the trace comparison counts it.
func Params(p any) string {
	if rows, ok := p.([][]trace.Value); ok && len(rows) == 1 {
		p = rows[0]
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(p); err != nil {
		return "<" + err.Error() + ">"
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// ExpectRun checks what src prints (and the exception it ends with).
func ExpectRun(t *testing.T, src, want string) {
	t.Helper()
	if got := Run(src); got != want {
		t.Errorf("%s\n--- got\n%s--- want\n%s", src, got, want)
	}
}

// ExpectSQL checks the statements ops sends after model.
func ExpectSQL(t *testing.T, model, ops, want string) {
	t.Helper()
	if got := SQL(model, ops); got != want {
		t.Errorf("%s\n--- got\n%s--- want\n%s", ops, got, want)
	}
}

// RunCases runs every script in dir that has a recorded trace (NAME.py and
// NAME.trace.json) and holds it at its level in levels (all when unlisted):
// a case below its level fails, and so does one above it, so the list only
// ever moves up.
func RunCases(t *testing.T, dir string, levels map[string]tracetest.Level) {
	files, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil || len(files) < 10 {
		t.Fatalf("%d cases in %s (%v)", len(files), dir, err)
	}
	for _, py := range files {
		name := strings.TrimSuffix(filepath.Base(py), ".py")
		if _, err := os.Stat(golden(py)); err != nil {
			continue
		}
		t.Run(name, func(t *testing.T) {
			need, listed := levels[name]
			if msg, below := check(py, need, listed); below {
				t.Fatal(msg)
			} else if msg != "" {
				t.Error(msg)
			}
		})
	}
}

func golden(py string) string { return strings.TrimSuffix(py, ".py") + ".trace.json" }

// check runs the case py and compares its trace with the recorded one,
// held at need when listed (all when not): it says what is wrong, "" for
// nothing, and below when the case fell short of its level rather than
// doing better than its line says.
func check(py string, need tracetest.Level, listed bool) (msg string, below bool) {
	want, err := tracetest.Load(golden(py))
	if err != nil {
		return err.Error(), true
	}
	src, err := os.ReadFile(py)
	if err != nil {
		return err.Error(), true
	}
	res := script.Run(script.File{Name: filepath.Base(py), Text: string(src)}, script.Options{})
	got, err := tracetest.Parse(res.Trace.JSON())
	if err != nil {
		return err.Error(), true
	}
	level, msgs := tracetest.Compare(want, got)
	if !listed {
		need = tracetest.All
	}
	if level < need {
		return fmt.Sprintf("reached %s, need %s: %s", level, need, strings.Join(msgs, "; ")), true
	}
	if listed && level > need {
		return fmt.Sprintf("now reaches %s: raise its line in levels.txt from %s", level, need), false
	}
	return "", false
}
