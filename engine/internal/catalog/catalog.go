// Package catalog knows which names the real libraries have: the public
// names of SQLAlchemy 2.0.52's modules and classes, of Flask-SQLAlchemy,
// SQLModel and the Python 3.11 modules and types scripts use, as
// conformance/gen-catalog.py listed them (catalog.txt).
//
// The engine provides part of them. When a script asks for a name the engine
// lacks, the catalog decides what that means: a name the real library has is
// the engine's gap (NotImplementedError, "cascadelab does not support ..."),
// a name it does not have is the script's mistake (the real AttributeError or
// ImportError). Anything the catalog does not know, including a private name
// of any but Python's core types, counts as the engine's gap: a refusal is
// never blamed on the script.
package catalog

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed catalog.txt
var text string

type names map[string]bool

var (
	once                              sync.Once
	modules, types, packages, dunders map[string]names
	fullNames                         map[string]string
	// sealed are Python's own types whose private names are all special
	sealed names
)

func load() {
	modules, types, packages, dunders = map[string]names{}, map[string]names{}, map[string]names{}, map[string]names{}
	fullNames = map[string]string{}
	for _, line := range strings.Split(text, "\n") {
		kind, rest, ok := strings.Cut(line, " ")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		if kind == "tpname" {
			for _, pair := range strings.Fields(rest) {
				name, full, _ := strings.Cut(pair, "=")
				fullNames[name] = full
			}
			continue
		}
		owner, list, _ := strings.Cut(rest, ": ")
		set := names{}
		for _, n := range strings.Fields(list) {
			set[n] = true
		}
		switch kind {
		case "module":
			modules[owner] = set
		case "type":
			types[owner] = set
		case "package":
			packages[owner] = set
		case "dunders":
			dunders[owner] = set
		case "sealed":
			sealed = set
		}
	}
}

// Answer is what the real library says about a name.
type Answer int

const (
	// Unknown: the catalog cannot tell (an unlisted owner, a private name).
	Unknown Answer = iota
	// Has: the real library has the name.
	Has
	// Lacks: the real library does not have it.
	Lacks
)

func lookup(table *map[string]names, owner, name string) Answer {
	once.Do(load) // before *table is read
	set, ok := (*table)[owner]
	if !ok || set["*"] || strings.HasPrefix(name, "_") {
		return Unknown // "*": the class answers any name through __getattr__
	}
	if set[name] {
		return Has
	}
	return Lacks
}

// ModuleAttr says whether module (dotted) has name.
func ModuleAttr(module, name string) Answer {
	a := lookup(&modules, module, name)
	if a == Lacks && Module(module+"."+name) == Has {
		return Has // a submodule not yet imported is still an attribute to ask for
	}
	return a
}

// TypeAttr says whether instances of the class called typeName (its
// __name__) have name. A special name (__len__) is known for Python's own
// types, which have object's and those their line lists.
func TypeAttr(typeName, name string) Answer {
	once.Do(load)
	special := len(name) > 4 && strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__")
	if !special && strings.HasPrefix(name, "_") && sealed[typeName] {
		return Lacks
	}
	if special {
		own, ok := dunders[typeName]
		switch {
		case !ok:
			return Unknown
		case own[name] || dunders["object"][name]:
			return Has
		}
		return Lacks
	}
	return lookup(&types, typeName, name)
}

// FullName is the name CPython's messages give the type called typeName (its
// __name__): 'decimal.Decimal' object has no attribute 'x', but 'UUID' object.
func FullName(typeName string) string {
	once.Do(load)
	if full, ok := fullNames[typeName]; ok {
		return full
	}
	return typeName
}

// Module says whether a dotted module exists: SQLAlchemy's, Flask-SQLAlchemy's
// and SQLModel's submodules, and the standard library's top-level modules.
func Module(dotted string) Answer {
	once.Do(load)
	top, _, _ := strings.Cut(dotted, ".")
	if set, ok := packages[top]; ok && top != dotted {
		if set[dotted] {
			return Has
		}
		return Lacks
	}
	if top == dotted && (packages[top] != nil || packages["stdlib"][top]) {
		return Has
	}
	if _, ok := modules[dotted]; ok {
		return Has
	}
	return Unknown
}
