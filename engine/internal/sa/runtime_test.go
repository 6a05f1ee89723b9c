package sa

import (
	"errors"
	"strings"
	"testing"

	"cascadelab/engine/internal/budget"
	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/source"
	"cascadelab/engine/internal/store"
)

// raise turns each kind of error the phases return into its exception; an
// error no phase typed is an engine bug, reported as an InternalError that
// no except clause catches, never as a SQLAlchemy exception.
func TestRaise(t *testing.T) {
	for _, c := range []struct {
		err  error
		want string // the script's output, then the uncaught exception
	}{
		{errors.New("boom"), "! InternalError: internal error in cascadelab: boom"},
		{&store.Error{Usage: "You can only execute one statement at a time."}, "caught ProgrammingError (sqlite3.ProgrammingError) You can only execute one statement at a time.\n"},
		{&exc.Error{Class: exc.InvalidRequestError, Msg: "no"}, "caught InvalidRequestError no\n"},
		{&exc.Error{Class: exc.InternalError, Msg: "bug"}, "! InternalError: bug"},
		{exc.Unsupported(source.Span{}, "this"), "! NotImplementedError: cascadelab does not support this"},
		{&store.Error{Err: &budget.Exceeded{Kind: budget.Rows, Msg: "too many"}}, "caught OperationalError (sqlite3.OperationalError) too many\n"},
	} {
		src := source.NewFile("t.py", "import probe\ntry:\n    probe.fail()\nexcept BaseException as e:\n    print('caught', type(e).__name__, e)\n")
		mod, err := py.Parse(src)
		if err != nil {
			t.Fatal(err)
		}
		rt := New(src)
		probe := module("probe", map[string]interp.Value{"fail": builtin("fail", func(th *interp.Thread, _ *interp.Call) (interp.Value, error) {
			return nil, rt.raise(th, c.err)
		})})
		var out strings.Builder
		e := interp.Exec(src, mod, interp.Options{Stdout: &out, Importer: func(*interp.Thread, string, source.Span) (*interp.Module, error) { return probe, nil }})
		got := out.String()
		if e != nil {
			r := e.Report(src)
			got += "! " + r.Headline()
			if !errors.Is(r, c.err) {
				t.Errorf("%v: the exception lost its error", c.err)
			}
		}
		if got != c.want {
			t.Errorf("%v: got %q, want %q", c.err, got, c.want)
		}
	}
}
