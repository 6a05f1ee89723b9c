package py

import (
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"testing"

	"cascadelab/engine/internal/pyrepr"
	"cascadelab/engine/internal/source"
)

// dump writes a node the way CPython 3.11's ast.dump does, without the
// fields this AST does not keep (ctx, type_ignores, type_comment, kind,
// is_async, simple): the expectations are ast.dump of
// ast.parse(src) with those fields deleted, so CPython's own parser is the
// oracle.
func dump(n any) string {
	var b strings.Builder
	d := dumper{&b}
	d.node(n)
	return b.String()
}

type dumper struct{ b *strings.Builder }

// field is one name=value of a node; a nil value is left out, as ast.dump
// leaves out None for optional fields.
type field struct {
	name  string
	value any
}

func (d dumper) call(class string, fields ...field) {
	d.b.WriteString(class + "(")
	sep := ""
	for _, f := range fields {
		if isNil(f.value) {
			continue
		}
		d.b.WriteString(sep + f.name + "=")
		d.node(f.value)
		sep = ", "
	}
	d.b.WriteString(")")
}

func isNil(v any) bool {
	if s, ok := v.(optStr); ok {
		return s == ""
	}
	rv := reflect.ValueOf(v)
	return v == nil || rv.Kind() == reflect.Pointer && rv.IsNil()
}

// optStr is a string field that is None when empty.
type optStr string

// list is a list field: shown even when empty.
type list []any

func exprs(xs []Expr) list {
	l := make(list, len(xs))
	for i, x := range xs {
		if x == nil {
			l[i] = none{}
		} else {
			l[i] = x
		}
	}
	return l
}

func stmts(xs []Stmt) list {
	l := make(list, len(xs))
	for i, x := range xs {
		l[i] = x
	}
	return l
}

type none struct{}

func (d dumper) node(n any) {
	switch n := n.(type) {
	case list:
		d.b.WriteString("[")
		for i, x := range n {
			if i > 0 {
				d.b.WriteString(", ")
			}
			d.node(x)
		}
		d.b.WriteString("]")
	case none:
		d.b.WriteString("None")
	case string:
		d.b.WriteString(pyrepr.Str(n))
	case optStr:
		d.b.WriteString(pyrepr.Str(string(n)))
	case int:
		fmt.Fprint(d.b, n)
	case Op:
		d.b.WriteString(n.String() + "()")
	case *Module:
		d.call("Module", field{"body", stmts(n.Body)})
	case *FunctionDef:
		d.call("FunctionDef", field{"name", n.Name}, field{"args", n.Args}, field{"body", stmts(n.Body)}, field{"decorator_list", exprs(n.Decorators)})
	case *ClassDef:
		kws := make(list, len(n.Keywords))
		for i, k := range n.Keywords {
			kws[i] = k
		}
		d.call("ClassDef", field{"name", n.Name}, field{"bases", exprs(n.Bases)}, field{"keywords", kws}, field{"body", stmts(n.Body)}, field{"decorator_list", exprs(n.Decorators)})
	case *Return:
		d.call("Return", field{"value", n.Value})
	case *Delete:
		d.call("Delete", field{"targets", exprs(n.Targets)})
	case *Assign:
		d.call("Assign", field{"targets", exprs(n.Targets)}, field{"value", n.Value})
	case *AugAssign:
		d.call("AugAssign", field{"target", n.Target}, field{"op", n.Op}, field{"value", n.Value})
	case *AnnAssign:
		d.call("AnnAssign", field{"target", n.Target}, field{"annotation", n.Annotation}, field{"value", n.Value})
	case *For:
		d.call("For", field{"target", n.Target}, field{"iter", n.Iter}, field{"body", stmts(n.Body)}, field{"orelse", stmts(n.Orelse)})
	case *While:
		d.call("While", field{"test", n.Test}, field{"body", stmts(n.Body)}, field{"orelse", stmts(n.Orelse)})
	case *If:
		d.call("If", field{"test", n.Test}, field{"body", stmts(n.Body)}, field{"orelse", stmts(n.Orelse)})
	case *With:
		items := make(list, len(n.Items))
		for i, it := range n.Items {
			items[i] = it
		}
		d.call("With", field{"items", items}, field{"body", stmts(n.Body)})
	case *WithItem:
		d.call("withitem", field{"context_expr", n.Context}, field{"optional_vars", n.Vars})
	case *Raise:
		d.call("Raise", field{"exc", n.Exc}, field{"cause", n.Cause})
	case *Try:
		hs := make(list, len(n.Handlers))
		for i, h := range n.Handlers {
			hs[i] = h
		}
		d.call("Try", field{"body", stmts(n.Body)}, field{"handlers", hs}, field{"orelse", stmts(n.Orelse)}, field{"finalbody", stmts(n.Finalbody)})
	case *ExceptHandler:
		d.call("ExceptHandler", field{"type", n.Type}, field{"name", optStr(n.Name)}, field{"body", stmts(n.Body)})
	case *Assert:
		d.call("Assert", field{"test", n.Test}, field{"msg", n.Msg})
	case *Import:
		d.call("Import", field{"names", aliases(n.Names)})
	case *ImportFrom:
		d.call("ImportFrom", field{"module", optStr(n.Module)}, field{"names", aliases(n.Names)}, field{"level", n.Level})
	case *Alias:
		d.call("alias", field{"name", n.Name}, field{"asname", optStr(n.Asname)})
	case *Global:
		names := make(list, len(n.Names))
		for i, s := range n.Names {
			names[i] = s
		}
		d.call(map[bool]string{false: "Global", true: "Nonlocal"}[n.Nonlocal], field{"names", names})
	case *ExprStmt:
		d.call("Expr", field{"value", n.Value})
	case *Pass:
		d.call("Pass")
	case *Break:
		d.call("Break")
	case *Continue:
		d.call("Continue")
	case *BoolOp:
		d.call("BoolOp", field{"op", n.Op}, field{"values", exprs(n.Values)})
	case *BinOp:
		d.call("BinOp", field{"left", n.Left}, field{"op", n.Op}, field{"right", n.Right})
	case *UnaryOp:
		d.call("UnaryOp", field{"op", n.Op}, field{"operand", n.Operand})
	case *Lambda:
		d.call("Lambda", field{"args", n.Args}, field{"body", n.Body})
	case *IfExp:
		d.call("IfExp", field{"test", n.Test}, field{"body", n.Body}, field{"orelse", n.Orelse})
	case *Dict:
		d.call("Dict", field{"keys", exprs(n.Keys)}, field{"values", exprs(n.Values)})
	case *Set:
		d.call("Set", field{"elts", exprs(n.Elts)})
	case *Comp:
		gens := make(list, len(n.Gens))
		for i, g := range n.Gens {
			gens[i] = g
		}
		switch n.Kind {
		case "dict":
			d.call("DictComp", field{"key", n.Elt}, field{"value", n.Value}, field{"generators", gens})
		default:
			d.call(map[string]string{"list": "ListComp", "set": "SetComp", "gen": "GeneratorExp"}[n.Kind], field{"elt", n.Elt}, field{"generators", gens})
		}
	case *Comprehension:
		d.call("comprehension", field{"target", n.Target}, field{"iter", n.Iter}, field{"ifs", exprs(n.Ifs)})
	case *Compare:
		ops := make(list, len(n.Ops))
		for i, op := range n.Ops {
			ops[i] = op
		}
		d.call("Compare", field{"left", n.Left}, field{"ops", ops}, field{"comparators", exprs(n.Comparators)})
	case *Call:
		kws := make(list, len(n.Keywords))
		for i, k := range n.Keywords {
			kws[i] = k
		}
		d.call("Call", field{"func", n.Func}, field{"args", exprs(n.Args)}, field{"keywords", kws})
	case *Keyword:
		d.call("keyword", field{"arg", optStr(n.Arg)}, field{"value", n.Value})
	case *FormattedValue:
		conv := -1
		if n.Conversion != 0 {
			conv = int(n.Conversion)
		}
		d.call("FormattedValue", field{"value", n.Value}, field{"conversion", conv}, field{"format_spec", n.Spec})
	case *JoinedStr:
		d.call("JoinedStr", field{"values", exprs(n.Values)})
	case *Constant:
		d.b.WriteString("Constant(value=")
		switch v := n.Value.(type) {
		case nil:
			d.b.WriteString("None")
		case bool:
			d.b.WriteString(map[bool]string{true: "True", false: "False"}[v])
		case string:
			d.b.WriteString(pyrepr.Str(v))
		case float64:
			d.b.WriteString(pyrepr.Float(v))
		case Ellipsis:
			d.b.WriteString("Ellipsis")
		case Bytes:
			d.b.WriteString(pyrepr.Bytes([]byte(v)))
		case *big.Int:
			d.b.WriteString(v.String())
		default:
			fmt.Fprint(d.b, v)
		}
		d.b.WriteString(")")
	case *Yield:
		if n.From {
			d.call("YieldFrom", field{"value", n.Value})
		} else {
			d.call("Yield", field{"value", n.Value})
		}
	case *NamedExpr:
		d.call("NamedExpr", field{"target", n.Target}, field{"value", n.Value})
	case *Attribute:
		d.call("Attribute", field{"value", n.Value}, field{"attr", n.Attr})
	case *Subscript:
		d.call("Subscript", field{"value", n.Value}, field{"slice", n.Index})
	case *Starred:
		d.call("Starred", field{"value", n.Value})
	case *Name:
		d.call("Name", field{"id", n.Id})
	case *List:
		d.call("List", field{"elts", exprs(n.Elts)})
	case *Tuple:
		d.call("Tuple", field{"elts", exprs(n.Elts)})
	case *Slice:
		d.call("Slice", field{"lower", n.Lower}, field{"upper", n.Upper}, field{"step", n.Step})
	case *Arguments:
		args, kwonly := make(list, len(n.Args)), make(list, len(n.KwOnly))
		for i, a := range n.Args {
			args[i] = a
		}
		for i, a := range n.KwOnly {
			kwonly[i] = a
		}
		d.call("arguments", field{"posonlyargs", args[:n.PosOnly]}, field{"args", args[n.PosOnly:]}, field{"vararg", n.Vararg}, field{"kwonlyargs", kwonly}, field{"kw_defaults", exprs(n.KwDefs)}, field{"kwarg", n.Kwarg}, field{"defaults", exprs(n.Defaults)})
	case *Arg:
		d.call("arg", field{"arg", n.Name}, field{"annotation", n.Annotation})
	default:
		fmt.Fprintf(d.b, "<%T>", n)
	}
}

func aliases(as []*Alias) list {
	l := make(list, len(as))
	for i, a := range as {
		l[i] = a
	}
	return l
}

func expectParse(t *testing.T, src, want string) {
	t.Helper()
	m, err := Parse(source.NewFile("t.py", src))
	if err != nil {
		t.Errorf("%q: %v", src, err)
		return
	}
	if got := dump(m); got != want {
		t.Errorf("%q:\ngot  %s\nwant %s", src, got, want)
	}
}
