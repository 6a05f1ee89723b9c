package py

import (
	"strconv"
	"strings"

	"cascadelab/engine/internal/pyrepr"
)

// UnparseAnnotation is ast.unparse of an annotation, the string CPython
// stores for it under `from __future__ import annotations`: names,
// attributes, subscripts, constants, lists, tuples and `|`. ok is false for
// any other expression.
func UnparseAnnotation(e Expr) (string, bool) {
	var b strings.Builder
	ok := unparse(&b, e, false)
	return b.String(), ok
}

// unparse writes e; bare marks a tuple that is a subscript's index, which
// ast.unparse writes without parentheses.
func unparse(b *strings.Builder, e Expr, bare bool) bool {
	switch e := e.(type) {
	case *Name:
		b.WriteString(e.Id)
	case *Attribute:
		if !unparse(b, e.Value, false) {
			return false
		}
		b.WriteString("." + e.Attr)
	case *Subscript:
		if !unparse(b, e.Value, false) {
			return false
		}
		b.WriteString("[")
		if !unparse(b, e.Index, true) {
			return false
		}
		b.WriteString("]")
	case *Constant:
		switch v := e.Value.(type) {
		case nil:
			b.WriteString("None")
		case bool:
			b.WriteString(map[bool]string{true: "True", false: "False"}[v])
		case int64:
			b.WriteString(strconv.FormatInt(v, 10))
		case string:
			b.WriteString(pyrepr.Str(v))
		case Ellipsis:
			b.WriteString("...")
		default:
			return false
		}
	case *BinOp:
		if e.Op != BitOr {
			return false
		}
		// | is left-associative: only a right operand that is itself a |
		// needs parentheses
		if !unparse(b, e.Left, false) {
			return false
		}
		b.WriteString(" | ")
		r, isOr := e.Right.(*BinOp)
		if isOr && r.Op == BitOr {
			b.WriteString("(")
		}
		if !unparse(b, e.Right, false) {
			return false
		}
		if isOr && r.Op == BitOr {
			b.WriteString(")")
		}
	case *List:
		return elts(b, "[", "]", e.Elts)
	case *Tuple:
		if bare && len(e.Elts) == 1 {
			return elts(b, "", ",", e.Elts)
		}
		if bare && len(e.Elts) > 0 {
			return elts(b, "", "", e.Elts)
		}
		if len(e.Elts) == 1 {
			return elts(b, "(", ",)", e.Elts)
		}
		return elts(b, "(", ")", e.Elts)
	default:
		return false
	}
	return true
}

func elts(b *strings.Builder, open, close string, es []Expr) bool {
	b.WriteString(open)
	for i, x := range es {
		if i > 0 {
			b.WriteString(", ")
		}
		if !unparse(b, x, false) {
			return false
		}
	}
	b.WriteString(close)
	return true
}
