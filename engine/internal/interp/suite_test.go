package interp_test

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/script"
	"cascadelab/engine/internal/trace/tracetest"
)

// The plain-Python suite: small programs without SQLAlchemy whose stdout and
// uncaught exception CPython 3.11 recorded (conformance/record-python.py),
// run by the interpreter as a script is run.
const (
	pySuite = "../../testdata/python"
	// pyMin guards the glob: the suite cannot silently shrink or vanish.
	pyMin = 400
	// pyRefusal starts a program that must be refused, naming the thing.
	pyRefusal = "# expect: refusal "
)

// pyExpect is what CPython did: its uncaught exception's class (empty when
// none) and, for the SyntaxError family, where it points.
type pyExpect struct {
	Exception string `json:"exception"`
	Line      int    `json:"line"`
	Col       int    `json:"col"`
}

// pyPrograms lists the suite as group/name.
func pyPrograms(t *testing.T) []string {
	paths, err := filepath.Glob(filepath.Join(pySuite, "*", "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) < pyMin {
		t.Fatalf("%s holds %d programs, want at least %d", pySuite, len(paths), pyMin)
	}
	names := make([]string, len(paths))
	for i, p := range paths {
		rel, _ := filepath.Rel(pySuite, strings.TrimSuffix(p, ".py"))
		names[i] = filepath.ToSlash(rel)
	}
	// A recording whose program is gone would hold data nothing checks.
	recordings, _ := filepath.Glob(filepath.Join(pySuite, "*", "*.out"))
	for _, r := range recordings {
		if _, err := os.Stat(strings.TrimSuffix(r, ".out") + ".py"); err != nil {
			t.Errorf("%s has no program: delete it with its .expect.json", r)
		}
	}
	return names
}

// pyDiff runs one program through the engine and says how it differs from
// CPython's recording; "" when it does not.
func pyDiff(name string) (string, error) {
	base := filepath.Join(pySuite, filepath.FromSlash(name))
	src, err := os.ReadFile(base + ".py")
	if err != nil {
		return "", err
	}
	res := script.Run(script.File{Name: filepath.Base(base) + ".py", Text: string(src)}, script.Options{Timeout: 5 * time.Second})
	got := res.Exception
	if thing, ok := strings.CutPrefix(strings.SplitN(string(src), "\n", 2)[0], pyRefusal); ok {
		if got == nil || got.Class != exc.NotImplementedError || !strings.Contains(got.Msg, strings.TrimSpace(thing)) {
			return fmt.Sprintf("want a NotImplementedError naming %q, got %s", thing, pyException(got)), nil
		}
		return "", nil
	}
	out, err := os.ReadFile(base + ".out")
	if err != nil {
		return "", err
	}
	raw, err := os.ReadFile(base + ".expect.json")
	if err != nil {
		return "", err
	}
	var want pyExpect
	if err := json.Unmarshal(raw, &want); err != nil {
		return "", fmt.Errorf("%s.expect.json: %v", base, err)
	}
	var diffs []string
	if d := pyStdoutDiff(string(out), res.Trace.Stdout); d != "" {
		diffs = append(diffs, d)
	}
	gotClass, gotPos, wantPos := "", "", ""
	if got != nil {
		gotClass = got.Class.Name
	}
	if pySyntaxFamily(want.Exception) {
		wantPos = fmt.Sprintf(" at %d:%d", want.Line, want.Col)
		if got != nil {
			gotPos = " at " + got.Pos().String()
		}
	}
	if gotClass != want.Exception || gotPos != wantPos {
		diffs = append(diffs, fmt.Sprintf("exception: want %s%s, got %s%s", orNone(want.Exception), wantPos, pyException(got), gotPos))
	}
	return strings.Join(diffs, "; "), nil
}

func pySyntaxFamily(class string) bool {
	return class == "SyntaxError" || class == "IndentationError" || class == "TabError"
}

func pyException(e *exc.Error) string {
	if e == nil {
		return "none"
	}
	return e.Class.Name + " (" + e.FirstLine() + ")"
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// pyStdoutDiff names the first line where the outputs part.
func pyStdoutDiff(want, got string) string {
	if want == got {
		return ""
	}
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; ; i++ {
		if i >= len(w) || i >= len(g) || w[i] != g[i] {
			return fmt.Sprintf("stdout line %d: want %q, got %q", i+1, pyLine(w, i), pyLine(g, i))
		}
	}
}

func pyLine(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return "<end>"
}

// TestPython runs every program of the suite and requires CPython's result,
// except for the programs known.txt lists with the reason they differ. The
// list is a ratchet: a listed program that now matches fails the test until
// it is removed, so the list only shrinks.
func TestPython(t *testing.T) {
	known := map[string]string{}
	lines, err := tracetest.ReadList(filepath.Join(pySuite, "known.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range lines {
		if len(l) < 2 {
			t.Fatalf("known.txt: %q has no reason", l[0])
		}
		known[l[0]] = strings.Join(l[1:], " ")
	}
	names := pyPrograms(t)
	exists := map[string]bool{}
	for _, n := range names {
		exists[n] = true
	}
	for n := range known {
		if !exists[n] {
			t.Errorf("known.txt lists %s, which is not in the suite", n)
		}
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			// wasm has one thread: parallel programs would only interleave,
			// and each one's time budget (the clock's) count the others' time
			if runtime.GOARCH != "wasm" {
				t.Parallel()
			}
			reason, listed := known[name]
			if strings.HasPrefix(reason, pyCrash) {
				pyInChild(t, name)
				return
			}
			diff, err := pyDiff(name)
			switch {
			case err != nil:
				t.Fatal(err)
			case listed && diff == "":
				t.Errorf("matches CPython now (known.txt said: %s): remove it from known.txt", reason)
			case !listed && diff != "":
				t.Errorf("differs from CPython 3.11: %s", diff)
			default:
				// With -v: whether the reason known.txt gives is still the first difference.
				t.Logf("differs as known.txt says (%s): %s", reason, diff)
			}
		})
	}
}

// pyInChild runs a program known to take the process down in a child test
// process, and fails when the child survives: the crash is then gone, and
// the program's line in known.txt must say what differs now, if anything.
func pyInChild(t *testing.T, name string) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestPythonChild$")
	cmd.Env = append(os.Environ(), pyChildEnv+"="+name)
	out, err := cmd.CombinedOutput()
	if err == nil && strings.Contains(string(out), pySurvived) {
		t.Errorf("no longer crashes the engine: replace its crash: line in known.txt by what differs now, or remove it\n%s", out)
	}
}

const (
	pyCrash    = "crash:"
	pyChildEnv = "CASCADELAB_PY_CHILD"
	pySurvived = "program ran to its end"
)

// TestPythonChild is pyInChild's child: it runs one program, with a small
// stack so that an endless recursion in the engine ends quickly.
func TestPythonChild(t *testing.T) {
	name := os.Getenv(pyChildEnv)
	if name == "" {
		t.Skip("the child of pyInChild")
	}
	debug.SetMaxStack(64 << 20)
	diff, err := pyDiff(name)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("%s: %s\n", pySurvived, diff)
}

// TestPythonRecordings re-runs the suite under CPython (the recorder's
// --check) when CASCADELAB_PYTHON3 names a CPython 3.11, so that the
// recordings the engine is held to cannot drift from the real interpreter.
func TestPythonRecordings(t *testing.T) {
	python := os.Getenv("CASCADELAB_PYTHON3")
	if python == "" {
		t.Skip("set CASCADELAB_PYTHON3 to a CPython 3.11 to re-check the recordings")
	}
	out, err := exec.Command(python, "../../../conformance/record-python.py", "--check").CombinedOutput()
	if err != nil {
		t.Fatalf("%s\n%v", out, err)
	}
}
