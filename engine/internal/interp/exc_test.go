package interp

import (
	"testing"

	"cascadelab/engine/internal/exc"
)

// Every class of package exc is a Python class with its base first in its MRO.
func TestExceptionClasses(t *testing.T) {
	for _, c := range append(append(exc.Builtins, exc.StepLimitExceeded, exc.InternalError), exc.SQLAlchemy...) {
		k := ClassOf(c)
		if k.Name != c.Name || !k.exc {
			t.Errorf("%s: got %s (exception %v)", c, k.Name, k.exc)
		}
		if c.Base != nil && (len(k.MRO) < 2 || k.MRO[1] != ClassOf(c.Base)) {
			t.Errorf("%s: MRO %v does not start with %s", c, k.MRO, c.Base)
		}
	}
	if !KeyError.IsSubclass(LookupError) || !ClassOf(exc.IntegrityError).IsSubclass(ClassOf(exc.SQLAlchemyError)) || TypeError.IsSubclass(ValueError) {
		t.Error("hierarchy")
	}
	defer func() {
		if recover() == nil {
			t.Error("a class missing from the lists must panic, not be nil")
		}
	}()
	ClassOf(&exc.Class{Name: "Unlisted", Base: exc.Exception})
}

// The traceback of an exception that ends a run is python3's stderr for the
// program, recorded from CPython 3.11 (frames and carets, chained
// exceptions, a class's own __str__).
func TestTraceback(t *testing.T) {
	for _, c := range [][2]string{
		{"def f(x):\n    return g(x)\ndef g(y):\n    return 1/y\nf(0)\n",
			"Traceback (most recent call last):\n  File \"t.py\", line 5, in <module>\n    f(0)\n  File \"t.py\", line 2, in f\n    return g(x)\n           ^^^^\n  File \"t.py\", line 4, in g\n    return 1/y\n           ~^~\nZeroDivisionError: division by zero\n"},
		{"class Money:\n    def __add__(self, o):\n        return NotImplemented\nsum([Money(), Money()])\n",
			"Traceback (most recent call last):\n  File \"t.py\", line 4, in <module>\n    sum([Money(), Money()])\nTypeError: unsupported operand type(s) for +: 'int' and 'Money'\n"},
		{"try:\n    {}['k']\nexcept KeyError as e:\n    raise ValueError('bad') from e\n",
			"Traceback (most recent call last):\n  File \"t.py\", line 2, in <module>\n    {}['k']\n    ~~^^^^^\nKeyError: 'k'\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File \"t.py\", line 4, in <module>\n    raise ValueError('bad') from e\nValueError: bad\n"},
		{"try:\n    int('x')\nexcept ValueError:\n    f = None\n    f()\n",
			"Traceback (most recent call last):\n  File \"t.py\", line 2, in <module>\n    int('x')\nValueError: invalid literal for int() with base 10: 'x'\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"t.py\", line 5, in <module>\n    f()\nTypeError: 'NoneType' object is not callable\n"},
		{"class E(Exception):\n    def __str__(self):\n        return 'custom ' + str(len(self.args))\nraise E(1, 2)\n",
			"Traceback (most recent call last):\n  File \"t.py\", line 4, in <module>\n    raise E(1, 2)\nE: custom 2\n"},
	} {
		_, e, f := run(t, c[0], Options{})
		if e == nil {
			t.Fatalf("%q raised nothing", c[0])
		}
		if got := e.Report(f).Traceback; got != c[1] {
			t.Errorf("%q:\ngot  %q\nwant %q", c[0], got, c[1])
		}
	}
}
