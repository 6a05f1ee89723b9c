package engine

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"cascadelab/engine/internal/trace"
	"cascadelab/engine/internal/trace/tracetest"
)

var update = flag.Bool("update", false, "TestRealWorld: raise testdata/realworld/levels.txt to the levels reached and rewrite failures.txt")

const realworld = "testdata/realworld"

// TestRealWorld runs the public corpus of scripts written outside the project
// (each golden recorded from SQLAlchemy 2.0.52) and holds every case to the
// level levels.txt lists for it: a ratchet, a case never falls back. A case
// that does better is reported; -update raises its line (never lowers one)
// and rewrites failures.txt, which says why each case below all stops: the
// engine's exception, or the first difference when it raised none.
func TestRealWorld(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(realworld, "*.py"))
	if err != nil || len(files) < 170 {
		t.Fatalf("want at least 170 cases in %s, found %d (%v)", realworld, len(files), err)
	}
	levelsPath, failuresPath := filepath.Join(realworld, "levels.txt"), filepath.Join(realworld, "failures.txt")
	listed, err := tracetest.ReadLevels(levelsPath)
	if err != nil {
		t.Fatal(err)
	}
	reached := map[string]tracetest.Level{}
	var failures []string
	for _, py := range files {
		name := strings.TrimSuffix(filepath.Base(py), ".py")
		level, why := runRealWorld(t, py)
		reached[name] = level
		if level < tracetest.All {
			failures = append(failures, name+" "+why)
		}
		need, ok := listed[name]
		switch {
		case !ok && !*update:
			t.Errorf("%s reaches %s but has no line in levels.txt: run go test ./engine -run TestRealWorld -update", name, level)
		case ok && level < need:
			t.Errorf("%s fell back from %s to %s: %s", name, need, level, why)
		case level > need && !*update:
			t.Errorf("%s now reaches %s (listed %s): run go test ./engine -run TestRealWorld -update", name, level, need)
		}
	}
	for name := range listed {
		if _, ok := reached[name]; !ok {
			t.Errorf("levels.txt lists %s, which has no script", name)
		}
	}
	sort.Strings(failures)
	wantFailures := strings.Join(failures, "\n") + "\n"
	if *update {
		writeRealWorld(t, levelsPath, failuresPath, listed, reached, wantFailures)
		return
	}
	if b, _ := os.ReadFile(failuresPath); string(b) != failuresHeader+wantFailures {
		t.Errorf("failures.txt does not say why today's cases stop: run go test ./engine -run TestRealWorld -update")
	}
	t.Logf("real-world corpus: %s", levelCounts(reached))
}

// runRealWorld runs one case and says how deep it matches its golden and,
// below all, why: "line:col Class: message" of the engine's exception, or
// "- " and the first difference when the engine raised what SQLAlchemy did.
func runRealWorld(t *testing.T, py string) (tracetest.Level, string) {
	t.Helper()
	want := golden(t, py)
	src, err := os.ReadFile(py)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(src), "# source: ") || !strings.Contains(string(src), "\n# changes: ") {
		t.Errorf("%s must start with a # source: line and a # changes: line", py)
	}
	from := time.Now()
	res := Run(File{Name: filepath.Base(py), Text: string(src)}, Options{})
	got, err := tracetest.Parse(res.TraceJSON())
	if err != nil {
		t.Fatal(err)
	}
	if stamp := clockDays(t)[strings.TrimSuffix(filepath.Base(py), ".py")]; strings.HasPrefix(stamp, stampPrefix) {
		b, _ := json.Marshal(want)
		if !bytes.Contains(b, []byte(stamp)) {
			t.Errorf("clock.txt gives %s the timestamp %s, which its golden does not print", py, stamp)
		}
		if want, err = tracetest.Parse(clockStamp(b, res.TraceJSON(), stamp, from, time.Now())); err != nil {
			t.Fatal(err)
		}
	}
	level, msgs := tracetest.Compare(want, got)
	if level == tracetest.All {
		return level, ""
	}
	if e := res.Exception; e != nil && (want.Error == nil || want.Error.Type != e.Class) {
		return level, fmt.Sprintf("%d:%d %s: %s", e.Line, e.Col, e.Class, firstLine(e.Message))
	}
	return level, "- " + firstLine(strings.Join(msgs, "; "))
}

// golden loads py's recorded trace, with the day clock.txt gives it read as
// the day of the run.
func golden(t *testing.T, py string) *trace.Trace {
	t.Helper()
	want, err := tracetest.Load(strings.TrimSuffix(py, ".py") + ".trace.json")
	if err != nil {
		t.Fatalf("%s has no golden: make record-realworld FILES=%s (%v)", py, py, err)
	}
	if day := clockDays(t)[strings.TrimSuffix(filepath.Base(py), ".py")]; day != "" && !strings.HasPrefix(day, stampPrefix) {
		b, _ := json.Marshal(want)
		if !bytes.Contains(b, []byte(day)) {
			t.Errorf("clock.txt gives %s the day %s, which its golden does not print", py, day)
		}
		if want, err = tracetest.Parse(bytes.ReplaceAll(b, []byte(day), []byte(time.Now().Format(time.DateOnly)))); err != nil {
			t.Fatal(err)
		}
	}
	return want
}

// stampPrefix starts a datetime's repr: a clock.txt line that gives one is a
// case that prints func.now(), the database's clock (runRealWorld).
const stampPrefix = "datetime.datetime("

// clockStamp reads the timestamp a golden recorded as the run's own clock:
// want's stamp becomes the first datetime got prints that lies within the
// run (from..to; SQLite's CURRENT_TIMESTAMP is UTC in whole seconds) and is
// written as Python's repr writes it. Without one, want keeps its stamp and
// differs; nothing else is loosened.
func clockStamp(want, got []byte, stamp string, from, to time.Time) []byte {
	for rest := string(got); ; {
		i := strings.Index(rest, stampPrefix)
		j := strings.IndexByte(rest[max(i, 0):], ')')
		if i < 0 || j < 0 {
			return want
		}
		s := rest[i : i+j+1]
		rest = rest[i+j+1:]
		var n [6]int
		f, _ := strings.CutSuffix(strings.TrimPrefix(s, stampPrefix), ")")
		parts := strings.Split(f, ", ")
		if len(parts) > len(n) {
			continue
		}
		for k, p := range parts {
			n[k], _ = strconv.Atoi(p)
		}
		at := time.Date(n[0], time.Month(n[1]), n[2], n[3], n[4], n[5], 0, time.UTC)
		repr := fmt.Sprintf("%s%d, %d, %d, %d, %d", stampPrefix, at.Year(), at.Month(), at.Day(), at.Hour(), at.Minute())
		if at.Second() != 0 {
			repr += fmt.Sprintf(", %d", at.Second())
		}
		if s == repr+")" && !at.Before(from.UTC().Truncate(time.Second)) && !at.After(to.UTC()) {
			return bytes.ReplaceAll(want, []byte(stamp), []byte(s))
		}
	}
}

// clockDays reads clock.txt: the cases that print the clock's date, each
// with the day it was recorded, which stands for the day of the run (as
// one object's address stands for another).
func clockDays(t *testing.T) map[string]string {
	b, err := os.ReadFile(filepath.Join(realworld, "clock.txt"))
	if err != nil {
		t.Fatal(err)
	}
	days := map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		if name, day, ok := strings.Cut(line, " "); ok && !strings.HasPrefix(line, "#") {
			days[name] = day
		}
	}
	return days
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	if len(s) > 240 {
		s = s[:240] + "…"
	}
	return s
}

const (
	levelsHeader   = "# TestRealWorld's ratchet: the level each real-world case has reached (none < outcome < writes < all).\n# Raise with: go test ./engine -run TestRealWorld -update (it never lowers a line).\n"
	failuresHeader = "# Why each real-world case below all stops: \"name line:col Class: message\" of the engine's\n# exception, or \"name - difference\" when it raised what SQLAlchemy did. Written by -update.\n"
)

// writeRealWorld raises levels.txt to what was reached (a listed level is
// never lowered) and rewrites failures.txt.
func writeRealWorld(t *testing.T, levelsPath, failuresPath string, listed, reached map[string]tracetest.Level, failures string) {
	var names []string
	for name := range reached {
		names = append(names, name)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString(levelsHeader)
	for _, name := range names {
		level := reached[name]
		if old, ok := listed[name]; ok && old > level {
			level = old
		}
		fmt.Fprintf(&b, "%s %s\n", name, level)
	}
	if err := os.WriteFile(levelsPath, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(failuresPath, []byte(failuresHeader+failures), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s and %s: %s", levelsPath, failuresPath, levelCounts(reached))
}

func levelCounts(reached map[string]tracetest.Level) string {
	var n [tracetest.All + 1]int
	for _, l := range reached {
		n[l]++
	}
	return fmt.Sprintf("%d cases: all %d, writes %d, outcome %d, none %d", len(reached), n[tracetest.All], n[tracetest.Writes], n[tracetest.Outcome], n[tracetest.LevelNone])
}

// TestClockStamp: only a datetime the run printed as Python writes it, within
// the run, stands for the recorded stamp; any other difference stays.
func TestClockStamp(t *testing.T) {
	const stamp = "datetime.datetime(2026, 11, 30, 2, 26, 22)"
	from := time.Date(2026, 12, 1, 1, 20, 5, 300, time.UTC)
	to := from.Add(2 * time.Second)
	for _, c := range []struct{ got, want string }{
		{"x [(datetime.datetime(2026, 12, 1, 1, 20, 6),)] 5", "x [(datetime.datetime(2026, 12, 1, 1, 20, 6),)] 5"},
		{"x [(datetime.datetime(2026, 12, 1, 1, 20, 5),)] 6", "x [(datetime.datetime(2026, 12, 1, 1, 20, 5),)] 5"},                                 // another value still differs
		{"x [(datetime.datetime(2026, 12, 1, 1, 20, 6, 0),)] 5", "x [(" + stamp + ",)] 5"},                                                         // not Python's repr
		{"x [(datetime.datetime(2026, 12, 1, 1, 20, 6, 12),)] 5", "x [(" + stamp + ",)] 5"},                                                        // microseconds
		{"x [(datetime.datetime(2026, 12, 1, 2, 20, 6),)] 5", "x [(" + stamp + ",)] 5"},                                                            // local time, not UTC
		{"x [(datetime.datetime(2026, 12, 1, 1, 20, 4),)] 5", "x [(" + stamp + ",)] 5"},                                                            // before the run
		{"x [('2026-12-01 01:20:06',)] 5", "x [(" + stamp + ",)] 5"},                                                                               // a string, not a datetime
		{"datetime.datetime(2020, 1, 1, 0, 0) [(datetime.datetime(2026, 12, 1, 1, 20, 7),)]", "x [(datetime.datetime(2026, 12, 1, 1, 20, 7),)] 5"}, // only the run's clock
	} {
		if got := string(clockStamp([]byte("x [("+stamp+",)] 5"), []byte(c.got), stamp, from, to)); got != c.want {
			t.Errorf("clockStamp(%q) = %q, want %q", c.got, got, c.want)
		}
	}
}
