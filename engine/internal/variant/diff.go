package variant

import "strings"

// Hunk is one changed region of a text, with its context lines, as `diff
// -u` groups them. Starts are 1-based; a side with no lines starts at the
// line before it (0 at the top), as diff -u writes it.
type Hunk struct {
	OldStart, OldLines int
	NewStart, NewLines int
	Lines              []Line
}

// Line is one line of a hunk: Op is ' ' (context), '-' (removed) or '+'.
type Line struct {
	Op   byte
	Text string
}

// diffHunks is `diff -u` of two texts with three lines of context; nil
// when they are equal.
func diffHunks(a, b string) []Hunk {
	if a == b {
		return nil
	}
	x, y := splitLines(a), splitLines(b)
	ops := diffLines(x, y)
	var hunks []Hunk
	const context = 3
	for i := 0; i < len(ops); {
		if ops[i].kind == ' ' {
			i++
			continue
		}
		// a hunk runs from the first change until context+context equal lines
		start := max(i-context, 0)
		end := i
		for end < len(ops) {
			if ops[end].kind != ' ' {
				end++
				continue
			}
			run := end
			for run < len(ops) && ops[run].kind == ' ' {
				run++
			}
			if run == len(ops) || run-end > 2*context {
				end = min(end+context, len(ops))
				break
			}
			end = run
		}
		h := Hunk{OldStart: ops[start].ai, NewStart: ops[start].bi}
		for _, o := range ops[start:end] {
			switch o.kind {
			case ' ':
				h.OldLines++
				h.NewLines++
				h.Lines = append(h.Lines, Line{' ', x[o.ai]})
			case '-':
				h.OldLines++
				h.Lines = append(h.Lines, Line{'-', x[o.ai]})
			case '+':
				h.NewLines++
				h.Lines = append(h.Lines, Line{'+', y[o.bi]})
			}
		}
		if h.OldLines > 0 {
			h.OldStart++
		}
		if h.NewLines > 0 {
			h.NewStart++
		}
		hunks = append(hunks, h)
		i = end
	}
	return hunks
}

func splitLines(s string) []string {
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

type diffOp struct {
	kind   byte // ' ', '-', '+'
	ai, bi int  // line indexes; for '+' ai is where it goes in a, for '-' bi in b
}

// diffLines is a longest-common-subsequence line diff; models are small.
func diffLines(x, y []string) []diffOp {
	n, m := len(x), len(y)
	lcs := make([][]int32, n+1)
	for i := range lcs {
		lcs[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var ops []diffOp
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && x[i] == y[j]:
			ops = append(ops, diffOp{' ', i, j})
			i++
			j++
		case i < n && (j == m || lcs[i+1][j] >= lcs[i][j+1]):
			ops = append(ops, diffOp{'-', i, j})
			i++
		default:
			ops = append(ops, diffOp{'+', i, j})
			j++
		}
	}
	return ops
}
