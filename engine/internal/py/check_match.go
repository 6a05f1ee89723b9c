package py

import (
	"fmt"
	"math/big"
	"slices"

	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/pyrepr"
)

// checkMatch reports what CPython's compiler rejects in a match statement,
// in the order it compiles the patterns: an irrefutable pattern before the
// last case (or alternative), a name bound twice, alternatives binding
// different names, two starred names, a repeated mapping key or class
// attribute.
func checkMatch(m *Match) *exc.Error {
	for i, c := range m.Cases {
		var stores []string
		if err := checkPattern(c.Pattern, c.Guard != nil || i == len(m.Cases)-1, &stores); err != nil {
			return err
		}
	}
	return nil
}

func patternError(p Pattern, format string, args ...any) *exc.Error {
	return &exc.Error{Class: exc.SyntaxError, Msg: fmt.Sprintf(format, args...), Span: p.Span()}
}

func store(p Pattern, name string, stores *[]string) *exc.Error {
	if name == "" {
		return nil
	}
	if slices.Contains(*stores, name) {
		return patternError(p, "multiple assignments to name %s in pattern", pyrepr.Str(name))
	}
	*stores = append(*stores, name)
	return nil
}

func checkPattern(p Pattern, allowIrrefutable bool, stores *[]string) *exc.Error {
	switch p := p.(type) {
	case *MatchAs:
		if p.Pattern == nil {
			if !allowIrrefutable {
				if p.Name != "" {
					return patternError(p, "name capture %s makes remaining patterns unreachable", pyrepr.Str(p.Name))
				}
				return patternError(p, "wildcard makes remaining patterns unreachable")
			}
			return store(p, p.Name, stores)
		}
		if err := checkPattern(p.Pattern, allowIrrefutable, stores); err != nil {
			return err
		}
		return store(p, p.Name, stores)
	case *MatchStar:
		return store(p, p.Name, stores)
	case *MatchSequence:
		stars := 0
		for _, q := range p.Patterns {
			if _, ok := q.(*MatchStar); ok {
				stars++
			}
		}
		if stars > 1 {
			return patternError(p, "multiple starred names in sequence pattern")
		}
		for _, q := range p.Patterns {
			if err := checkPattern(q, true, stores); err != nil {
				return err
			}
		}
	case *MatchMapping:
		var seen []any
		for _, k := range p.Keys {
			v, ok := constant(k)
			if !ok {
				continue
			}
			for _, s := range seen {
				if sameKey(s, v) {
					return patternError(p, "mapping pattern checks duplicate key (%s)", constRepr(v))
				}
			}
			seen = append(seen, v)
		}
		for _, q := range p.Patterns {
			if err := checkPattern(q, true, stores); err != nil {
				return err
			}
		}
		return store(p, p.Rest, stores)
	case *MatchClass:
		for i, a := range p.KwdAttrs {
			if slices.Contains(p.KwdAttrs[:i], a) {
				return patternError(p.KwdPatterns[i], "attribute name repeated in class pattern: %s", a)
			}
		}
		for _, q := range append(slices.Clone(p.Patterns), p.KwdPatterns...) {
			if err := checkPattern(q, true, stores); err != nil {
				return err
			}
		}
	case *MatchOr:
		// each alternative binds afresh; then the names join the others
		var control []string
		for i, alt := range p.Patterns {
			var bound []string
			if err := checkPattern(alt, i == len(p.Patterns)-1 && allowIrrefutable, &bound); err != nil {
				return err
			}
			if i == 0 {
				control = bound
				continue
			}
			a, b := slices.Clone(control), slices.Clone(bound)
			slices.Sort(a)
			slices.Sort(b)
			if !slices.Equal(a, b) {
				return patternError(alt, "alternative patterns bind different names")
			}
		}
		for _, n := range control {
			if err := store(p, n, stores); err != nil {
				return err
			}
		}
	}
	return nil
}

// constant is a mapping key's value when it is a literal (a negative
// number is parsed as a unary minus).
func constant(e Expr) (any, bool) {
	switch e := e.(type) {
	case *Constant:
		return e.Value, true
	case *UnaryOp:
		if c, ok := e.Operand.(*Constant); ok && e.Op == USub {
			switch v := c.Value.(type) {
			case int64:
				return -v, true
			case float64:
				return -v, true
			case *big.Int:
				return new(big.Int).Neg(v), true
			}
		}
	}
	return nil, false
}

// sameKey is a == b for two literal keys, as a dict compares them
// (1 == 1.0 == True).
func sameKey(a, b any) bool {
	num := func(v any) (float64, bool) {
		switch v := v.(type) {
		case bool:
			if v {
				return 1, true
			}
			return 0, true
		case int64:
			return float64(v), true
		case float64:
			return v, true
		}
		return 0, false
	}
	if x, ok := num(a); ok {
		y, ok := num(b)
		return ok && x == y
	}
	switch a := a.(type) {
	case *big.Int:
		b, ok := b.(*big.Int)
		return ok && a.Cmp(b) == 0
	case string:
		b, ok := b.(string)
		return ok && a == b
	case Bytes:
		b, ok := b.(Bytes)
		return ok && string(a) == string(b)
	}
	return a == b
}

func constRepr(v any) string {
	switch v := v.(type) {
	case *big.Int:
		return v.String()
	case Bytes:
		return pyrepr.Bytes([]byte(v))
	}
	return pyrepr.Value(v)
}
