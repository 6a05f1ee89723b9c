package py

// Op is an operator of the AST. The names are CPython's ast class names.
type Op uint8

const (
	noOp Op = iota
	Add
	Sub
	Mult
	Div
	FloorDiv
	Mod
	Pow
	BitAnd
	BitOr
	BitXor
	LShift
	RShift
	MatMult
	Eq
	NotEq
	Lt
	LtE
	Gt
	GtE
	In
	NotIn
	Is
	IsNot
	Not
	USub
	UAdd
	Invert
	And
	Or
)

var opNames = [...]string{noOp: "", Add: "Add", Sub: "Sub", Mult: "Mult", Div: "Div", FloorDiv: "FloorDiv", Mod: "Mod",
	Pow: "Pow", BitAnd: "BitAnd", BitOr: "BitOr", BitXor: "BitXor", LShift: "LShift", RShift: "RShift", MatMult: "MatMult",
	Eq: "Eq", NotEq: "NotEq", Lt: "Lt", LtE: "LtE", Gt: "Gt", GtE: "GtE", In: "In", NotIn: "NotIn", Is: "Is", IsNot: "IsNot",
	Not: "Not", USub: "USub", UAdd: "UAdd", Invert: "Invert", And: "And", Or: "Or"}

var opSymbols = [...]string{noOp: "", Add: "+", Sub: "-", Mult: "*", Div: "/", FloorDiv: "//", Mod: "%",
	Pow: "**", BitAnd: "&", BitOr: "|", BitXor: "^", LShift: "<<", RShift: ">>", MatMult: "@",
	Eq: "==", NotEq: "!=", Lt: "<", LtE: "<=", Gt: ">", GtE: ">=", In: "in", NotIn: "not in", Is: "is", IsNot: "is not",
	Not: "not", USub: "-", UAdd: "+", Invert: "~", And: "and", Or: "or"}

// String is the CPython ast class name ("Add", "NotEq", ...).
func (op Op) String() string { return opNames[op] }

// Symbol is how the operator is written in Python source ("+", "!=", ...).
func (op Op) Symbol() string { return opSymbols[op] }

// Operators by their token, one table per grammar position.
var (
	augOps = map[string]Op{"+=": Add, "-=": Sub, "*=": Mult, "/=": Div, "//=": FloorDiv, "%=": Mod,
		"**=": Pow, "&=": BitAnd, "|=": BitOr, "^=": BitXor, "<<=": LShift, ">>=": RShift, "@=": MatMult}
	cmpOps    = map[string]Op{"==": Eq, "!=": NotEq, "<": Lt, "<=": LtE, ">": Gt, ">=": GtE}
	unaryOps  = map[string]Op{"-": USub, "+": UAdd, "~": Invert}
	binLevels = []map[string]Op{
		{"|": BitOr},
		{"^": BitXor},
		{"&": BitAnd},
		{"<<": LShift, ">>": RShift},
		{"+": Add, "-": Sub},
		{"*": Mult, "/": Div, "//": FloorDiv, "%": Mod, "@": MatMult},
	}
)
