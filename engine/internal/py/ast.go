// Package py scans and parses the Python subset cascadelab runs. Node names
// follow CPython's ast module; every node keeps its byte span.
package py

import "cascadelab/engine/internal/source"

// Node is any syntax node.
type Node interface{ Span() source.Span }

// Pos is embedded in every node.
type Pos struct{ S source.Span }

// Span returns the node's byte range.
func (p Pos) Span() source.Span { return p.S }

// Stmt is a statement; Expr an expression.
type (
	Stmt interface {
		Node
		stmt()
	}
	Expr interface {
		Node
		expr()
	}
)

// Statements.
type (
	Module struct {
		Pos
		Body []Stmt
	}
	FunctionDef struct {
		Pos
		Name       string
		Args       *Arguments
		Body       []Stmt
		Decorators []Expr
		Returns    Expr // the -> annotation
	}
	ClassDef struct {
		Pos
		Name       string
		NameSpan   source.Span
		Bases      []Expr
		Keywords   []*Keyword
		Body       []Stmt
		Decorators []Expr
	}
	Return struct {
		Pos
		Value Expr
	}
	Delete struct {
		Pos
		Targets []Expr
	}
	Assign struct {
		Pos
		Targets []Expr
		Value   Expr
	}
	AugAssign struct {
		Pos
		Target Expr
		Op     Op
		Value  Expr
	}
	AnnAssign struct {
		Pos
		Target     Expr
		Annotation Expr
		Value      Expr
	}
	For struct {
		Pos
		Target Expr
		Iter   Expr
		Body   []Stmt
		Orelse []Stmt
	}
	While struct {
		Pos
		Test   Expr
		Body   []Stmt
		Orelse []Stmt
	}
	If struct {
		Pos
		Test   Expr
		Body   []Stmt
		Orelse []Stmt
	}
	With struct {
		Pos
		Items []*WithItem
		Body  []Stmt
	}
	WithItem struct {
		Context Expr
		Vars    Expr
	}
	Raise struct {
		Pos
		Exc   Expr
		Cause Expr
	}
	Try struct {
		Pos
		Body      []Stmt
		Handlers  []*ExceptHandler
		Orelse    []Stmt
		Finalbody []Stmt
		Star      bool // except*: the handlers match within an exception group
	}
	ExceptHandler struct {
		Pos
		Type Expr
		Name string
		Body []Stmt
	}
	Assert struct {
		Pos
		Test Expr
		Msg  Expr
	}
	Import struct {
		Pos
		Names []*Alias
	}
	ImportFrom struct {
		Pos
		Module string
		Names  []*Alias
		Level  int
	}
	Alias struct {
		Name   string
		Asname string
	}
	Global struct {
		Pos
		Names    []string
		Nonlocal bool
	}
	ExprStmt struct {
		Pos
		Value Expr
	}
	Pass     struct{ Pos }
	Break    struct{ Pos }
	Continue struct{ Pos }
)

// Expressions.
type (
	BoolOp struct {
		Pos
		Op     Op // And, Or
		Values []Expr
	}
	BinOp struct {
		Pos
		Left  Expr
		Op    Op
		Right Expr
	}
	UnaryOp struct {
		Pos
		Op      Op // Not, USub, UAdd, Invert
		Operand Expr
	}
	Lambda struct {
		Pos
		Args *Arguments
		Body Expr
	}
	IfExp struct {
		Pos
		Test, Body, Orelse Expr
	}
	Dict struct {
		Pos
		Keys   []Expr // nil for **x
		Values []Expr
	}
	Set struct {
		Pos
		Elts []Expr
	}
	Comp struct {
		Pos
		Kind  string // "list", "set", "dict", "gen"
		Elt   Expr
		Value Expr // dict comprehension value
		Gens  []*Comprehension
	}
	Comprehension struct {
		Target Expr
		Iter   Expr
		Ifs    []Expr
	}
	Compare struct {
		Pos
		Left        Expr
		Ops         []Op // Eq NotEq Lt LtE Gt GtE Is IsNot In NotIn
		Comparators []Expr
	}
	Call struct {
		Pos
		Func     Expr
		Args     []Expr
		Keywords []*Keyword
	}
	Keyword struct {
		Pos
		Arg   string // "" for **kwargs
		Value Expr
	}
	FormattedValue struct {
		Pos
		Value      Expr
		Conversion rune // 0, 's', 'r', 'a'
		Spec       Expr // *JoinedStr or nil
	}
	JoinedStr struct {
		Pos
		Values []Expr
	}
	Constant struct {
		Pos
		Value any // nil, bool, int64, *big.Int, float64, string, Bytes, Ellipsis
	}
	Attribute struct {
		Pos
		Value Expr
		Attr  string
	}
	Subscript struct {
		Pos
		Value Expr
		Index Expr
	}
	Starred struct {
		Pos
		Value Expr
	}
	Name struct {
		Pos
		Id string
	}
	List struct {
		Pos
		Elts []Expr
	}
	Tuple struct {
		Pos
		Elts []Expr
	}
	Slice struct {
		Pos
		Lower, Upper, Step Expr
	}
	// Yield is yield x, or yield from x when From is set.
	Yield struct {
		Pos
		Value Expr // nil for a bare yield
		From  bool
	}
	// NamedExpr is the walrus, target := value.
	NamedExpr struct {
		Pos
		Target *Name
		Value  Expr
	}
)

// Ellipsis is the ... constant.
type Ellipsis struct{}

// Arguments is a def's or lambda's parameter list.
type Arguments struct {
	PosOnly  int // the first PosOnly Args are positional-only (before /)
	Args     []*Arg
	Defaults []Expr // for the last len(Defaults) Args
	Vararg   *Arg
	KwOnly   []*Arg
	KwDefs   []Expr // nil where a keyword-only arg has no default
	Kwarg    *Arg
}

// Arg is one parameter.
type Arg struct {
	Name       string
	Annotation Expr
}

func (*FunctionDef) stmt() {}
func (*ClassDef) stmt()    {}
func (*Return) stmt()      {}
func (*Delete) stmt()      {}
func (*Assign) stmt()      {}
func (*AugAssign) stmt()   {}
func (*AnnAssign) stmt()   {}
func (*For) stmt()         {}
func (*While) stmt()       {}
func (*If) stmt()          {}
func (*With) stmt()        {}
func (*Raise) stmt()       {}
func (*Try) stmt()         {}
func (*Assert) stmt()      {}
func (*Import) stmt()      {}
func (*ImportFrom) stmt()  {}
func (*Global) stmt()      {}
func (*ExprStmt) stmt()    {}
func (*Pass) stmt()        {}
func (*Break) stmt()       {}
func (*Continue) stmt()    {}

func (*BoolOp) expr()         {}
func (*BinOp) expr()          {}
func (*UnaryOp) expr()        {}
func (*Lambda) expr()         {}
func (*IfExp) expr()          {}
func (*Dict) expr()           {}
func (*Set) expr()            {}
func (*Comp) expr()           {}
func (*Compare) expr()        {}
func (*Call) expr()           {}
func (*FormattedValue) expr() {}
func (*JoinedStr) expr()      {}
func (*Constant) expr()       {}
func (*Attribute) expr()      {}
func (*Subscript) expr()      {}
func (*Starred) expr()        {}
func (*Name) expr()           {}
func (*List) expr()           {}
func (*Tuple) expr()          {}
func (*Slice) expr()          {}
func (*Yield) expr()          {}
func (*NamedExpr) expr()      {}

// Bytes is the value of a bytes literal.
type Bytes string
