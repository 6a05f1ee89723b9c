package sre

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// run is the match of pattern on s as "start-end/group spans..", or the
// parse error as "error: msg @pos"; isText false parses a bytes pattern.
func run(pattern, s string, flags int, mode Mode, isText bool) string {
	p, err := Parse([]rune(pattern), isText, flags)
	if err != nil {
		if e, ok := err.(*Error); ok {
			return fmt.Sprintf("error: %s @%d", e.Msg, e.Pos)
		}
		return "error: " + err.Error()
	}
	r, err := p.Find([]rune(s), 0, len([]rune(s)), mode, false, nil)
	if err != nil {
		return err.Error()
	}
	if r == nil {
		return "none"
	}
	return fmt.Sprint(r.Spans, r.LastIndex)
}

// The cases were checked against CPython 3.11's re.
func TestFind(t *testing.T) {
	for _, c := range []struct {
		pattern, s string
		flags      int
		mode       Mode
		want       string
	}{
		{"a|ab", "ab", 0, FullMatch, "[0 2] -1"},
		{"(a|)*", "aa", 0, Match, "[0 2 2 2] 1"},
		{"(a*)+", "b", 0, Match, "[0 0 0 0] 1"},
		{"((a)b)", "ab", 0, Match, "[0 2 0 2 0 1] 1"},
		{"(?:(a)|b)*", "ab", 0, Match, "[0 2 0 1] 1"},
		{"a*+a", "aaa", 0, Match, "none"},
		{"(?>a|ab)c", "abc", 0, Match, "none"},
		{"(?<=a)b", "ab", 0, Search, "[1 2] -1"},
		{"(?i)[a-z]", "\u212a", 0, Match, "[0 1] -1"},
		{"(?i)ı", "I", 0, Match, "[0 1] -1"},
		{"é", "É", IgnoreCase | ASCII, Match, "none"},
		{`\b`, "", 0, Search, "none"},
		{"c$", "abc\n", 0, Search, "[2 3] -1"},
		{`(?<=a+)b`, "ab", 0, Search, "error: look-behind requires fixed-width pattern @-1"},
		{"a(b", "", 0, Match, "error: missing ), unterminated subpattern @1"},
		{"a**", "", 0, Match, "error: multiple repeat @2"},
		{"[z-a]", "", 0, Match, "error: bad character range z-a @1"},
		{"x(?i)", "", 0, Match, "error: global flags not at the start of the expression @1"},
		{`(a)\2`, "", 0, Match, "error: invalid group reference 2 @4"},
	} {
		if got := run(c.pattern, c.s, c.flags, c.mode, true); got != c.want {
			t.Errorf("%q on %q: got %s, want %s", c.pattern, c.s, got, c.want)
		}
	}
}

// A catastrophic backtracking calls step, whose error ends the match.
func TestFindSteps(t *testing.T) {
	p, err := Parse([]rune(`(a+)+$`), true, 0)
	if err != nil {
		t.Fatal(err)
	}
	s := []rune("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab")
	n, stop := 0, fmt.Errorf("budget")
	_, err = p.Find(s, 0, len(s), Match, false, func() error {
		if n++; n > 1000 {
			return stop
		}
		return nil
	})
	if err != stop {
		t.Fatalf("got %v, want the step callback's error", err)
	}
}

// A repeated group deeper than maxDepth iterations is refused, not left to
// exhaust the Go stack.
func TestFindDepth(t *testing.T) {
	p, err := Parse([]rune(`(?:ab)*c`), true, 0)
	if err != nil {
		t.Fatal(err)
	}
	s := []rune(strings.Repeat("ab", maxDepth+1) + "c")
	if _, err := p.Find(s, 0, len(s), Match, false, nil); !errors.As(err, new(*Unsupported)) {
		t.Fatalf("got %v, want a refusal", err)
	}
}
