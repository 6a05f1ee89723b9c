package interp

import "testing"

// Every keyword to a built-in is honoured, CPython's TypeError, or refused.
func TestBuiltinKeywords(t *testing.T) {
	expectError(t, "len([], x=1)", "TypeError", "len() takes no keyword arguments", "1:1")
	expectError(t, "[].append(1, x=1)", "TypeError", "list.append() takes no keyword arguments", "1:1")
	expectError(t, "sorted([], reversed=True)", "TypeError", "'reversed' is an invalid keyword argument for sort()", "1:1")
	expectError(t, "'a'.split(sepp=',')", "TypeError", "'sepp' is an invalid keyword argument for split()", "1:1")
	expectError(t, "pow(2, 3, mod=5)", "NotImplementedError", "cascadelab does not support pow() with the keyword argument mod=", "1:1")
	expectError(t, "enumerate(iterable=[1])", "NotImplementedError", "cascadelab does not support enumerate() with the keyword argument iterable=", "1:1")
	expectOutput(t, "print(sorted([1, 3, 2], key=lambda v: -v, reverse=True), 'a,b'.split(sep=','))", "[1, 2, 3] ['a', 'b']\n")
}
