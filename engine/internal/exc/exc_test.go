package exc

import (
	"errors"
	"fmt"
	"testing"

	"cascadelab/engine/internal/source"
)

// isA is issubclass(c, base).
func isA(c, base *Class) bool {
	for ; c != nil; c = c.Base {
		if c == base {
			return true
		}
	}
	return false
}

func TestHierarchy(t *testing.T) {
	for _, tc := range []struct {
		c, base *Class
		want    bool
	}{
		{KeyError, LookupError, true},
		{TabError, SyntaxError, true},
		{NotImplementedError, RuntimeError, true},
		{ModuleNotFoundError, ImportError, true},
		{IntegrityError, StatementError, true},
		{NoResultFound, InvalidRequestError, true},
		{ObjectNotExecutableError, ArgumentError, true},
		{DetachedInstanceError, InvalidRequestError, false},
		{KeyboardInterrupt, Exception, false},
		{StepLimitExceeded, Exception, false},
		{InternalError, Exception, false},
	} {
		if got := isA(tc.c, tc.base); got != tc.want {
			t.Errorf("issubclass(%s, %s) = %v, want %v", tc.c, tc.base, got, tc.want)
		}
	}
}

// TestOrder checks that each list names a class after its base, so the
// interpreter can make each Python class from an already made base.
func TestOrder(t *testing.T) {
	for name, list := range map[string][]*Class{"Builtins": Builtins, "SQLAlchemy": SQLAlchemy} {
		seen := map[*Class]bool{}
		for _, c := range list {
			if c.Base != nil && !seen[c.Base] && (name == "Builtins" || isA(c.Base, SQLAlchemyError)) {
				t.Errorf("%s lists %s before its base %s", name, c, c.Base)
			}
			if seen[c] {
				t.Errorf("%s lists %s twice", name, c)
			}
			seen[c] = true
		}
	}
}

func TestUnsupported(t *testing.T) {
	e := Unsupported(source.Span{Start: 3, End: 9}, "sqlalchemy.orm.aliased")
	if e.Class != NotImplementedError || e.Error() != "cascadelab does not support sqlalchemy.orm.aliased" || e.Span != (source.Span{Start: 3, End: 9}) {
		t.Errorf("Unsupported = %+v", e)
	}
	if wrapped := fmt.Errorf("running: %w", e); !errors.Is(wrapped, Refusal) {
		t.Errorf("errors.Is(%v, Refusal) = false", wrapped)
	}
	db := errors.New("disk I/O error")
	if e := (&Error{Class: OperationalError, Msg: "x", Err: db}); errors.Is(e, Refusal) || !errors.Is(e, db) {
		t.Errorf("a database error is a refusal, or its Go error is lost: %+v", e)
	}
}

// An exception's place and headline, as a run reports them.
func TestReport(t *testing.T) {
	f := source.NewFile("m.py", "x = 1\ny = é + z\n")
	for _, tc := range []struct {
		e        *Error
		pos      source.Pos
		headline string
	}{
		{&Error{Class: NameError, Msg: "name 'z' is not defined", Span: source.Span{Start: 15, End: 16}, File: f}, source.Pos{Line: 2, Col: 9}, "NameError: name 'z' is not defined"},
		{&Error{Class: IntegrityError, Msg: "(sqlite3.IntegrityError) UNIQUE constraint failed: t.id\n[SQL: INSERT]", File: f}, source.Pos{Line: 1, Col: 1}, "IntegrityError: (sqlite3.IntegrityError) UNIQUE constraint failed: t.id"},
		{&Error{Class: InternalError, Msg: "internal error in cascadelab: boom", Span: source.Span{Start: 4}}, source.Pos{}, "InternalError: internal error in cascadelab: boom"},
		{&Error{Class: &Class{Name: "MyError", Base: ValueError}, Msg: ""}, source.Pos{}, "MyError: "},
	} {
		if got := tc.e.Pos(); got != tc.pos {
			t.Errorf("%s: Pos() = %v, want %v", tc.headline, got, tc.pos)
		}
		if got := tc.e.Headline(); got != tc.headline {
			t.Errorf("Headline() = %q, want %q", got, tc.headline)
		}
	}
}
