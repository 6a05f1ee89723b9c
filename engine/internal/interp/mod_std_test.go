package interp

import (
	"errors"
	"testing"

	"cascadelab/engine/internal/budget"
)

// The standard-library modules written in Go, one line each; the
// differential suite (engine/testdata/python) checks them against CPython.
func TestStdlib(t *testing.T) {
	for _, c := range [][2]string{
		{`import json; print(json.dumps({"a": [1, 2.5, None]}, indent=1, sort_keys=True))`, "{\n \"a\": [\n  1,\n  2.5,\n  null\n ]\n}\n"},
		{`import random; random.seed(42); print(random.random(), random.randint(1, 6))`, "0.6394267984578837 1\n"},
		{`import uuid; print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.UUID(int=1) == uuid.UUID(int=1))`, "886313e1-3b8a-5372-9b90-0c9aee199e5d True\n"},
		{`import copy; a = [[1]]; b = copy.deepcopy([a, a]); print(b[0] is b[1], b[0][0] is a[0], copy.copy(a)[0] is a[0])`, "True False True\n"},
		{"import traceback\ntry:\n    x = {}['k']\nexcept KeyError:\n    print(traceback.format_exc())", "Traceback (most recent call last):\n  File \"t.py\", line 3, in <module>\n    x = {}['k']\n        ~~^^^^^\nKeyError: 'k'\n\n"},
		{"import logging, sys\nlogging.basicConfig(stream=sys.stdout, level=logging.INFO)\nlogging.getLogger('a').info('x=%d', 1)\nlogging.debug('hidden')", "INFO:a:x=1\n"},
		{`import time; print(time.strftime("%a %d %b %Y %H:%M", time.gmtime(86400)), time.strptime("2024-02-29", "%Y-%m-%d")[:3])`, "Fri 02 Jan 1970 00:00 (2024, 2, 29)\n"},
		{"from contextlib import contextmanager\n@contextmanager\ndef cm():\n    print('in')\n    yield 1\n    print('out')\nwith cm() as v:\n    print(v)", "in\n1\nout\n"},
		{"import io, contextlib\nb = io.StringIO()\nwith contextlib.redirect_stdout(b):\n    print('x')\nprint(repr(b.getvalue()))", "'x\\n'\n"},
		{`import textwrap; print(textwrap.wrap("a well-known fact", width=8), repr(textwrap.dedent("  x\n    y")))`, "['a well-', 'known', 'fact'] 'x\\n  y'\n"},
		{"import warnings\nwith warnings.catch_warnings(record=True) as w:\n    warnings.simplefilter('always')\n    warnings.warn('x')\n    warnings.warn('x')\nprint(len(w), w[0].category.__name__)", "2 UserWarning\n"},
		{`from datetime import date, timedelta; d = date(2024, 2, 28) + timedelta(days=1); print(d, repr(d), f"{d:%d/%m}", -timedelta(seconds=1))`, "2024-02-29 datetime.date(2024, 2, 29) 29/02 -1 day, 23:59:59\n"},
		{`import pprint; pprint.pprint({"b": list(range(3)), "a": "x"}, width=12)`, "{'a': 'x',\n 'b': [0,\n       1,\n       2]}\n"},
		{`import json; print(json.loads('{"x": [1e2, "\\u00e9", false]}'))`, "{'x': [100.0, 'é', False]}\n"},
	} {
		expectOutput(t, c[0], c[1])
	}
	for _, c := range [][4]string{
		{`import json; json.loads('[1,]')`, "JSONDecodeError", "Expecting value: line 1 column 4 (char 3)", "1:14"},
		{`import random; random.choice([])`, "IndexError", "Cannot choose from an empty sequence", "1:16"},
		{`import uuid; uuid.UUID("xyz")`, "ValueError", "badly formed hexadecimal UUID string", "1:14"},
		{`import logging; logging.getLogger().setLevel("LOUD")`, "ValueError", "Unknown level: 'LOUD'", "1:17"},
		{`import time; time.strptime("2023-02-30", "%Y-%m-%d")`, "ValueError", "day is out of range for month", "1:14"},
		{`import datetime; datetime.date(2023, 2, 29)`, "ValueError", "day is out of range for month", "1:18"},
		{"import pprint\nfrom collections import OrderedDict\npprint.pprint(OrderedDict((str(i) * 9, i) for i in range(20)))", "NotImplementedError", "cascadelab does not support pprint of a OrderedDict instance longer than the width (a subclass of a built-in)", "3:1"},
		{`import json; json.dumps({1, 2})`, "TypeError", "Object of type set is not JSON serializable", "1:14"},
	} {
		expectError(t, c[0], c[1], c[2], c[3])
	}
}

// Printing without end stops at the memory budget (the output is kept for
// the trace), as a budget error.
func TestPrintBudget(t *testing.T) {
	out, exc, _ := run(t, "while True:\n    print('x' * 1000)", Options{MaxMemory: 1 << 20})
	if exc == nil || !errors.Is(exc, budget.Err) || !errors.Is(exc, budget.Memory) {
		t.Fatalf("got %v, want a memory budget error", exc)
	}
	if len(out) > 1<<20 {
		t.Errorf("printed %d bytes past a 1 MB budget", len(out))
	}
}
