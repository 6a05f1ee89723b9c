package interp

import "testing"

// A library module's state belongs to one run: the second run must not see
// what the first put in os.environ or sys.argv.
func TestLibModulesPerRun(t *testing.T) {
	expectOutput(t, "import os, sys\nos.environ['X'] = '1'\nsys.argv.append('a')\nprint(os.getenv('X'), sys.argv)", "1 ['t.py', 'a']\n")
	expectOutput(t, "import os, sys\nprint(os.getenv('X'), sys.argv)", "None ['t.py']\n")
}
