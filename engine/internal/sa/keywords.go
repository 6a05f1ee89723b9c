package sa

import (
	_ "embed"
	"slices"
	"strings"

	"cascadelab/engine/internal/interp"
)

// Keyword arguments SQLAlchemy 2.0.52's callables take: its table
// (keywords.txt, conformance/gen-sakeywords.py) says which each accepts and
// the TypeError it raises for another. A keyword SQLAlchemy rejects gets that
// error (declarative_base(bind=...) is a 1.x keyword 2.0 removed, and the
// script fails there under SQLAlchemy too); one it accepts and the engine does
// not read is refused as unsupported.

//go:embed keywords.txt
var keywordsText string

// kwRule is one line of keywords.txt.
type kwRule struct {
	msg   string   // the TypeError, {kw} standing for the keyword
	names []string // the keywords the signature names
	other string   // "-" nothing else, "*" any keyword, "dialect" <dialect>_<argument>
}

var kwRules = map[string]kwRule{}

func init() {
	for _, line := range strings.Split(keywordsText, "\n") {
		p := strings.Split(line, "\t")
		if len(p) != 5 || strings.HasPrefix(line, "#") || p[1] != "TypeError" {
			continue
		}
		kwRules[p[0]] = kwRule{msg: strings.ReplaceAll(p[2], `\n`, "\n"), names: strings.Fields(p[3]), other: p[4]}
	}
}

// unknownKw is the error for keyword k given to fn that the engine does not
// read: SQLAlchemy's own TypeError where SQLAlchemy rejects it as well, else
// a refusal naming it.
func unknownKw(th *interp.Thread, fn, k string) error {
	if r, ok := kwRules[fn]; ok && !slices.Contains(r.names, k) {
		if r.other == "-" || (r.other == "dialect" && !strings.Contains(k, "_")) {
			return th.Raise(interp.TypeError, "%s", strings.ReplaceAll(r.msg, "{kw}", k))
		}
	}
	return th.Unsupported("%s(%s=...)", fn, k)
}
