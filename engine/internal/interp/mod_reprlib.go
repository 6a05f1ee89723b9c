package interp

import (
	"errors"
	"strings"

	"cascadelab/engine/internal/exc"
)

// reprlibModule is reprlib.repr: reprlib.Repr's limits (aRepr) applied as
// its repr1 does, by the name of the value's type; Repr and recursive_repr
// are refused by the catalog.
func reprlibModule(th *Thread) *Module {
	return newModule("reprlib", []*Builtin{fn("repr", func(th *Thread, c *Call) (Value, error) {
		if err := argN(th, c, "repr", 1, 1); err != nil {
			return nil, err
		}
		return th.reprlib(c.Args[0], 6)
	})}, nil)
}

// reprlib is Repr.repr1 with aRepr's limits.
func (th *Thread) reprlib(x Value, level int) (string, error) {
	name := typeName(x)
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	limits := map[string]int{"tuple": 6, "list": 6, "set": 6, "frozenset": 6, "deque": 6}
	if max, ok := limits[name]; ok {
		items, err := th.iterate(x)
		if err != nil {
			return "", err
		}
		left, right := map[string]string{"tuple": "(", "list": "[", "set": "{", "frozenset": "frozenset({", "deque": "deque(["}[name], map[string]string{"tuple": ")", "list": "]", "set": "}", "frozenset": "})", "deque": "])"}[name]
		if name == "set" || name == "frozenset" {
			if len(items) == 0 {
				return name + "()", nil
			}
			if items, err = th.possiblySorted(items); err != nil {
				return "", err
			}
		}
		if level <= 0 && len(items) > 0 {
			return left + "..." + right, nil
		}
		var pieces []string
		for i, it := range items {
			if i == max {
				pieces = append(pieces, "...")
				break
			}
			s, err := th.reprlib(it, level-1)
			if err != nil {
				return "", err
			}
			pieces = append(pieces, s)
		}
		if name == "tuple" && len(items) == 1 {
			right = "," + right
		}
		return left + strings.Join(pieces, ", ") + right, nil
	}
	switch name {
	case "dict":
		keys, err := th.iterate(x)
		if err != nil || len(keys) == 0 {
			return "{}", err
		}
		if level <= 0 {
			return "{...}", nil
		}
		if keys, err = th.possiblySorted(keys); err != nil {
			return "", err
		}
		var pieces []string
		for i, k := range keys {
			if i == 4 {
				pieces = append(pieces, "...")
				break
			}
			ks, err := th.reprlib(k, level-1)
			if err != nil {
				return "", err
			}
			v, err := th.getItem(x, k)
			if err != nil {
				return "", err
			}
			vs, err := th.reprlib(v, level-1)
			if err != nil {
				return "", err
			}
			pieces = append(pieces, ks+": "+vs)
		}
		return "{" + strings.Join(pieces, ", ") + "}", nil
	case "str":
		r := []rune(x.(string))
		s, err := th.repr(string(r[:min(len(r), 30)]))
		if err == nil && len([]rune(s)) > 30 {
			s, err = th.repr(string(r[:min(len(r), 13)]) + string(tail(r, 14)))
			rs := []rune(s)
			s = string(rs[:13]) + "..." + string(tail(rs, 14))
		}
		return s, err
	}
	s, err := th.repr(x)
	if limit := map[bool]int{true: 40, false: 30}[name == "int"]; err == nil && len([]rune(s)) > limit {
		rs := []rune(s)
		i := (limit - 3) / 2
		s = string(rs[:i]) + "..." + string(rs[len(rs)-(limit-3-i):])
	}
	return s, err
}

// possiblySorted is reprlib's _possibly_sorted: sorted, or as they come
// when they do not compare.
func (th *Thread) possiblySorted(items []Value) ([]Value, error) {
	sorted := append([]Value(nil), items...)
	err := th.sortValues(sorted, nil, false)
	if e, ok := err.(*Exception); ok && !e.fatal && !errors.Is(err, exc.Refusal) {
		return items, nil
	}
	return sorted, err
}

// tail is s[len(s)-n:] as Python slices it (a negative start counts from the end).
func tail(s []rune, n int) []rune {
	i := len(s) - n
	if i < 0 {
		i = max(i+len(s), 0)
	}
	return s[i:]
}
