package interp

import (
	_ "embed"
	"slices"
	"strings"
)

// Keyword arguments to the built-in functions, types and methods: CPython
// 3.11's table (keywords.txt, conformance/gen-keywords.py) says which each
// accepts and the TypeError for another; honoured says which the Go
// implementation reads. A keyword CPython accepts and the engine does not read
// is refused, so no keyword is ever dropped silently.

//go:embed keywords.txt
var keywordsText string

// kwRule is one line of keywords.txt.
type kwRule struct {
	names []string // accepted keywords; nil with any set: a **kwargs
	any   bool
	msg   string // the TypeError for another keyword (%s: its name)
}

var kwRules = map[string]kwRule{}

// honoured are the keywords the engine's implementations read, by the
// table's name; "*": all of them (a **kwargs).
var honoured = map[string][]string{
	"print": {"sep", "end", "file", "flush"}, "sorted": {"key", "reverse"}, "enumerate": {"start"}, "zip": {"strict"},
	"min": {"key", "default"}, "max": {"key", "default"}, "sum": {"iterable", "start"}, "round": {"ndigits"},
	"property": {"fget", "fset", "fdel", "doc"}, "int": {"base"}, "str": {"object", "encoding", "errors"},
	"bytes": {"source", "encoding", "errors"}, "dict": {"*"}, "dict.update": {"*"}, "str.format": {"*"},
	"str.encode": {"encoding", "errors"}, "str.expandtabs": {"tabsize"}, "str.split": {"sep", "maxsplit"},
	"str.rsplit": {"sep", "maxsplit"}, "str.splitlines": {"keepends"}, "bytes.decode": {"encoding", "errors"},
	"bytes.expandtabs": {"tabsize"}, "bytes.hex": {"sep"}, "bytes.split": {"sep", "maxsplit"},
	"bytes.rsplit": {"sep", "maxsplit"}, "bytes.splitlines": {"keepends"}, "list.sort": {"key", "reverse"},
	"int.from_bytes": {"bytes", "byteorder", "signed"}, "int.to_bytes": {"length", "byteorder", "signed"},
}

func init() {
	for _, line := range strings.Split(keywordsText, "\n") {
		parts := strings.Split(line, "\t")
		if len(parts) != 3 || strings.HasPrefix(line, "#") {
			continue
		}
		r := kwRule{msg: parts[2], any: parts[1] == "?"}
		if parts[1] != "-" && parts[1] != "?" {
			r.names = strings.Split(parts[1], ",")
		}
		kwRules[parts[0]] = r
	}
}

// checkKw raises CPython's TypeError for a keyword the built-in qual does
// not accept, and refuses one it accepts that the engine does not read.
func (th *Thread) checkKw(qual string, kw []KV) error {
	r, ok := kwRules[qual]
	if !ok || len(kw) == 0 {
		return nil
	}
	read := honoured[qual]
	for _, k := range kw {
		if !r.any && !slices.Contains(r.names, k.Name) {
			if strings.Contains(r.msg, "%s") {
				return th.Raise(TypeError, r.msg, k.Name)
			}
			return th.Raise(TypeError, "%s", r.msg)
		}
		if !slices.Contains(read, "*") && !slices.Contains(read, k.Name) {
			return th.Unsupported("%s() with the keyword argument %s=", qual, k.Name)
		}
	}
	return nil
}
