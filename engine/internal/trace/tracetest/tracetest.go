// Package tracetest helps tests that check traces: reading traces back and
// comparing them as the conformance compare script does, list files of cases
// and levels, and recording a script under a live SQLAlchemy. Kept apart from
// trace so that the engine built for the browser does not carry os/exec.
package tracetest

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"strings"

	"cascadelab/engine/internal/trace"
)

// ReadList reads a list file of test data: one entry per line, its fields
// separated by spaces; blank lines and # comments are skipped. A missing
// file is an empty list.
func ReadList(path string) ([][]string, error) {
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, strings.Fields(line))
		}
	}
	return out, sc.Err()
}

// ReadLevels reads "name level" lines: the level a case is accepted at
// when it is below all.
func ReadLevels(path string) (map[string]Level, error) {
	lines, err := ReadList(path)
	levels := map[string]Level{}
	for _, l := range lines {
		lv, ok := Level(0), len(l) == 2
		if ok {
			lv, ok = ParseLevel(l[1])
		}
		if !ok {
			return nil, fmt.Errorf("%s: want \"name level\", got %q", path, strings.Join(l, " "))
		}
		levels[l[0]] = lv
	}
	return levels, err
}

// Record runs a script under a live SQLAlchemy through recorder (the
// project's conformance/record.py) with the given python, and reads the trace.
func Record(python, recorder, script string) (*trace.Trace, error) {
	out, err := exec.Command(python, recorder, script).Output()
	if err != nil {
		return nil, fmt.Errorf("%s %s %s: %v", python, recorder, script, err)
	}
	return Parse(out)
}
