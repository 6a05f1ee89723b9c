// Package sql builds SQL expression trees and compiles them the way
// SQLAlchemy's SQLite compiler does: same text, same bind order.
package sql

import (
	"fmt"
	"slices"
	"strings"

	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/pyrepr"
	"cascadelab/engine/internal/schema"
)

// Expr is a SQL expression.
type Expr interface{ compile(c *compiler, prec int) }

// Col is a column reference, rendered table.column. Foreign and Remote
// are the foreign() and remote() annotations of a relationship's written
// join condition.
type Col struct {
	C               *schema.Column
	Foreign, Remote bool
}

// Bind is a bound parameter, rendered ? (str() renders :name_1, numbered
// per name as SQLAlchemy's anonymous bind names; "" is param).
type Bind struct {
	V    any
	Name string
	// Fixed renders the name as given, unnumbered: a column's own bind in
	// an INSERT's VALUES or an UPDATE's SET (:name).
	Fixed bool
}

// Bool is a boolean literal: 1 or 0 on SQLite, true or false for str().
type Bool bool

// Lit is literal SQL text (1, 0, NULL, *).
type Lit string

// Binary is left OP right.
type Binary struct {
	L, R Expr
	Op   string
}

// Conj is AND/OR over several clauses.
type Conj struct {
	Op   string // "AND" or "OR"
	Args []Expr
}

// Not negates a clause.
type Not struct{ X Expr }

// Func is a SQL function call such as count(*).
type Func struct {
	Name string
	Args []Expr
	// Keyword is what SQLite writes for the function instead of name(args)
	// (now() is CURRENT_TIMESTAMP); without a Name, an ANSI function every
	// dialect writes as its keyword (CURRENT_DATE).
	Keyword string
}

// Unary is a prefix operator on an expression, written without grouping it:
// DISTINCT x (SQLAlchemy's distinct_op UnaryExpression).
type Unary struct {
	Op string
	X  Expr
}

// Over is a window function: f OVER (PARTITION BY ... ORDER BY ...).
type Over struct {
	F                  Expr
	Partition, OrderBy []Expr
}

// List is a parenthesized list, for IN.
type List []Expr

// Order is an ORDER BY term.
type Order struct {
	X    Expr
	Desc bool
	// Asc is an explicit asc(), which SQLAlchemy writes out (x ASC)
	Asc bool
}

// Label names a selected expression (expr AS name).
type Label struct {
	X    Expr
	Name string
	// Anon, without a Name, is the base of an anonymous name the compiler
	// numbers in rendering order, counting with the binds of the same name
	// (count(x) AS count_1 ... > :count_2)
	Anon string
	// Ref, instead, is an anonymous name a subquery's column is read by
	// outside it too (anon_1.count_1): numbered once, where first written.
	Ref *AnonName
}

// AnonName is one anonymous name, Base_N, numbered where the statement
// first writes it and the same wherever else it is written (SQLAlchemy's
// _anonymous_label, one per expression).
type AnonName struct{ Base string }

// precedence, higher binds tighter (SQLAlchemy's operator precedence)
const (
	precOr  = 2
	precAnd = 3
	precNot = 4
	precCmp = 5
)

func (e Col) compile(c *compiler, _ int) {
	c.b.WriteString(c.quote(e.C.Table.Name) + "." + c.quote(e.C.Name))
}
func (e Bind) compile(c *compiler, _ int) {
	switch {
	case c.str && !c.qmark && e.Fixed:
		c.b.WriteString(":" + e.Name)
		c.names = append(c.names, e.Name)
	case c.str && !c.qmark:
		n := c.anon(e.Name)
		c.b.WriteString(":" + n)
		c.names = append(c.names, n)
	default:
		c.anon(e.Name) // a positional bind has a name too, which counts
		c.b.WriteString("?")
	}
	c.params = append(c.params, e.V)
}
func (e Bool) compile(c *compiler, prec int) {
	switch {
	case c.str:
		c.b.WriteString(map[Bool]string{true: "true", false: "false"}[e])
	case prec == asBool:
		// SQLite has no boolean literals: a criterion of its own is a comparison
		c.b.WriteString(map[Bool]string{true: "1 = 1", false: "0 = 1"}[e])
	case bool(e):
		c.b.WriteString("1")
	default:
		c.b.WriteString("0")
	}
}
func (e Lit) compile(c *compiler, _ int) { c.b.WriteString(string(e)) }

// Ref is order_by("name") or group_by("name"), which the statement
// resolves when it is compiled (_textual_label_reference); one compiled
// where no statement resolved it is the name.
type Ref string

func (e Ref) compile(c *compiler, _ int) { c.b.WriteString(c.quote(string(e))) }

// precs are SQLAlchemy's operator precedences (operators._PRECEDENCE).
var precs = map[string]int{"*": 8, "/": 8, "%": 8, "+": 7, "-": 7, "AND": precAnd, "OR": precOr, "EXISTS": 0}

// selfAssoc are the operators that nest in themselves ungrouped
// (a + b + c), SQLAlchemy's _natural_self_precedent.
var selfAssoc = map[string]bool{"+": true, "*": true, "||": true, "AND": true, "OR": true}

// GroupAll is the precedence against which every operator expression is
// grouped, as SQLAlchemy's self_group() without an operator groups it (an
// UPDATE's SET value, a CASE's WHEN condition).
const GroupAll = 100

// asBool is the precedence a WHERE or ON criterion is written against
// (SQLAlchemy's _asbool): only operators without a precedence, such as
// startswith(), are grouped there.
const asBool = -10

func opPrec(op string) int {
	if p, ok := precs[op]; ok {
		return p
	}
	return precCmp // comparisons, ||, LIKE, IN, IS, BETWEEN
}

// grouped reports whether an operator expression is parenthesized inside
// another: its operator binds no tighter than the enclosing one, unless
// both are the same associative operator. The compiler remembers the
// enclosing operator while it writes an operand.
func (c *compiler) grouped(op string, prec int) bool {
	return prec != 0 && opPrec(op) <= prec && !(c.against == op && selfAssoc[op])
}

// operand writes x as an operand of op.
func (c *compiler) operand(x Expr, op string) {
	outer := c.against
	c.against = op
	x.compile(c, opPrec(op))
	c.against = outer
}

func (e Binary) compile(c *compiler, prec int) {
	// SQLAlchemy groups a NOT IN wherever it stands
	paren := c.grouped(e.Op, prec) || e.Op == "NOT IN"
	if paren {
		c.b.WriteString("(")
	}
	c.operand(e.L, e.Op)
	c.b.WriteString(" " + e.Op + " ")
	c.operand(e.R, e.Op)
	if paren {
		c.b.WriteString(")")
	}
}

// Like is x [NOT] LIKE pattern, with the wildcards startswith(),
// endswith() and contains() concatenate around the pattern ('%' ||), and
// ILIKE as SQLite writes it (lower(x) LIKE lower(pattern)).
type Like struct {
	X, Pattern Expr
	Pre, Suf   bool // '%' || before, || '%' after
	Not, ILike bool
	Escape     string
}

func (e Like) compile(c *compiler, prec int) {
	// startswith() and its kind are operators without a precedence of
	// their own, so SQLAlchemy groups them inside anything
	paren := e.Pre || e.Suf
	paren = paren && prec != 0 || !paren && c.grouped("LIKE", prec)
	if paren {
		c.b.WriteString("(")
	}
	wrap := func(x Expr) {
		if e.ILike {
			c.b.WriteString("lower(")
			x.compile(c, 0)
			c.b.WriteString(")")
		} else {
			c.operand(x, "LIKE")
		}
	}
	wrap(e.X)
	if e.Not {
		c.b.WriteString(" NOT")
	}
	c.b.WriteString(" LIKE ")
	if e.Pre {
		c.b.WriteString("'%' || ")
	}
	wrap(e.Pattern)
	if e.Suf {
		c.b.WriteString(" || '%'")
	}
	if e.Escape != "" {
		c.b.WriteString(" ESCAPE '" + strings.ReplaceAll(e.Escape, "'", "''") + "'")
	}
	if paren {
		c.b.WriteString(")")
	}
}

// Between is x [NOT] BETWEEN lo AND hi.
type Between struct {
	X, Lo, Hi Expr
	Not       bool
}

func (e Between) compile(c *compiler, prec int) {
	paren := c.grouped("BETWEEN", prec)
	if paren {
		c.b.WriteString("(")
	}
	c.operand(e.X, "BETWEEN")
	if e.Not {
		c.b.WriteString(" NOT")
	}
	c.b.WriteString(" BETWEEN ")
	c.operand(e.Lo, "BETWEEN")
	c.b.WriteString(" AND ")
	c.operand(e.Hi, "BETWEEN")
	if paren {
		c.b.WriteString(")")
	}
}

// Case is CASE WHEN cond THEN value ... [ELSE value] END; each condition
// is grouped as SQLAlchemy groups it.
type Case struct {
	Whens [][2]Expr
	Else  Expr
}

func (e Case) compile(c *compiler, _ int) {
	c.b.WriteString("CASE")
	for _, w := range e.Whens {
		c.b.WriteString(" WHEN ")
		w[0].compile(c, GroupAll)
		c.b.WriteString(" THEN ")
		w[1].compile(c, 0)
	}
	if e.Else != nil {
		c.b.WriteString(" ELSE ")
		e.Else.compile(c, 0)
	}
	c.b.WriteString(" END")
}
func (e Conj) compile(c *compiler, prec int) {
	paren := prec > opPrec(e.Op) && len(e.Args) > 1
	if paren {
		c.b.WriteString("(")
	}
	for i, a := range e.Args {
		if i > 0 {
			c.b.WriteString(" " + e.Op + " ")
		}
		c.operand(a, e.Op)
	}
	if paren {
		c.b.WriteString(")")
	}
}
func (e Not) compile(c *compiler, prec int) {
	switch e.X.(type) {
	case Col, ACol: // a column needs no grouping
		c.b.WriteString("NOT ")
		e.X.compile(c, 0)
		return
	}
	c.b.WriteString("NOT (")
	e.X.compile(c, 0)
	c.b.WriteString(")")
}

// IsFalse is ~x of a Boolean x (SQLAlchemy's AsBoolean), or with True its
// negation: x = 0 and x = 1 on SQLite, which has no native booleans; NOT x
// and x for str(), whose dialect has them.
type IsFalse struct {
	X    Expr
	True bool
}

func (e IsFalse) compile(c *compiler, prec int) {
	switch {
	case c.positional(): // never grouped, as SQLAlchemy writes it
		e.X.compile(c, 0)
		c.b.WriteString(map[bool]string{false: " = 0", true: " = 1"}[e.True])
	case !e.True:
		c.b.WriteString("NOT ")
		fallthrough
	default:
		e.X.compile(c, 0)
	}
}
func (e Func) compile(c *compiler, _ int) {
	if e.Keyword != "" && (e.Name == "" || c.positional()) {
		c.b.WriteString(e.Keyword)
		return
	}
	c.b.WriteString(e.Name + "(")
	for i, a := range e.Args {
		if i > 0 {
			c.b.WriteString(", ")
		}
		a.compile(c, 0)
	}
	c.b.WriteString(")")
}
func (e Unary) compile(c *compiler, _ int) {
	c.b.WriteString(e.Op + " ")
	e.X.compile(c, 0)
}

// compile is visit_over: the clauses present, each a comma-separated list.
func (e Over) compile(c *compiler, _ int) {
	e.F.compile(c, 0)
	c.b.WriteString(" OVER (")
	sep := ""
	for _, cl := range []struct {
		word string
		xs   []Expr
	}{{"PARTITION BY ", e.Partition}, {"ORDER BY ", e.OrderBy}} {
		if len(cl.xs) > 0 {
			c.b.WriteString(sep + cl.word)
			for i, x := range cl.xs {
				if i > 0 {
					c.b.WriteString(", ")
				}
				x.compile(c, 0)
			}
			sep = " "
		}
	}
	c.b.WriteString(")")
}
func (e List) compile(c *compiler, _ int) {
	if b, ok := e.expanding(); ok && c.str {
		// str() shows an IN list as the one expanding parameter it is,
		// whatever the dialect
		c.b.WriteString("(__[POSTCOMPILE_" + c.anon(b.Name) + "])")
		for _, x := range e {
			c.params = append(c.params, x.(Bind).V)
		}
		return
	}
	c.b.WriteString("(")
	for i, a := range e {
		if i > 0 {
			c.b.WriteString(", ")
		}
		a.compile(c, 0)
	}
	c.b.WriteString(")")
}
func (e Order) compile(c *compiler, _ int) {
	e.X.compile(c, 0)
	if e.Desc {
		c.b.WriteString(" DESC")
	} else if e.Asc {
		c.b.WriteString(" ASC")
	}
}

// compile names the label before writing its expression, as SQLAlchemy's
// visit_label does: an anonymous name is numbered before the binds inside
// (count(:count_2) AS count_1).
func (e Label) compile(c *compiler, _ int) {
	name := e.Name
	switch {
	case e.Ref != nil:
		name = c.anonOf(e.Ref)
	case name == "":
		// an expression selected without a name: anon_1, anon_2, ...
		anon := e.Anon
		if anon == "" {
			anon = "anon"
		}
		name = c.anon(anon)
	}
	e.X.compile(c, 0)
	c.b.WriteString(" AS " + name)
}

// Cast is CAST(x AS type), type as the dialect's type compiler writes it.
type Cast struct {
	X    Expr
	Type string
}

func (e Cast) compile(c *compiler, _ int) {
	c.b.WriteString("CAST(")
	e.X.compile(c, 0)
	c.b.WriteString(" AS " + e.Type + ")")
}

// Eq builds l = r.
func Eq(l, r Expr) Expr { return Binary{L: l, R: r, Op: "="} }

// And joins clauses with AND, dropping nils and, beside others, a true
// (SQLAlchemy drops true() from a conjunction); one clause stays itself.
func And(args ...Expr) Expr {
	var out []Expr
	for _, a := range args {
		if a == Bool(false) {
			return a // and_(x, false()) is false() (SQLAlchemy's and_ short-circuits)
		}
		if a != nil && a != Bool(true) {
			out = append(out, a)
		}
	}
	if len(out) == 0 && len(args) > 0 && slices.Contains(args, Expr(Bool(true))) {
		return Bool(true)
	}
	switch len(out) {
	case 0:
		return nil
	case 1:
		return out[0]
	}
	return Conj{Op: "AND", Args: out}
}

// expanding reports a list of binds of one name, the values of an IN.
func (e List) expanding() (Bind, bool) {
	var first Bind
	for i, x := range e {
		b, ok := x.(Bind)
		if !ok || i > 0 && b.Name != first.Name {
			return Bind{}, false
		}
		first = b
	}
	return first, len(e) > 0
}

type compiler struct {
	b      strings.Builder
	params []any
	// str renders as str(statement) does: line breaks before FROM, WHERE
	// and LIMIT, and named parameters unless qmark (the default dialect's
	// string compiler names them; a Query bound to SQLite writes ?)
	str, qmark bool
	anons      map[string]int
	aliases    map[*From]string
	named      map[*AnonName]string
	// against is the operator whose operand is being written
	against string
	// asFrom is set for the SELECT written next as a FROM item (a
	// subquery), which labels its columns and does not correlate unless
	// lateral;
	// enclosing are the FROM items of the SELECT being written, which a
	// SELECT inside it correlates to
	asFrom, lateral bool
	enclosing       []*From
	// names are the parameters' names in str(), in order
	names []string
	// with are the CTEs the statement reads, in the order written
	with []*with
	// clash is the name two unrelated CTEs share, which SQLAlchemy's
	// compiler refuses
	clash string
}

// anon numbers a name the way the compiler numbers anonymous names: each
// occurrence of the same name counts up from 1 in rendering order.
func (c *compiler) anon(name string) string {
	if name == "" {
		name = "param"
	}
	if c.anons == nil {
		c.anons = map[string]int{}
	}
	c.anons[name]++
	return fmt.Sprintf("%s_%d", name, c.anons[name])
}

// anonOf is the name of one anonymous name: numbered at its first use.
func (c *compiler) anonOf(a *AnonName) string {
	if n, ok := c.named[a]; ok {
		return n
	}
	if c.named == nil {
		c.named = map[*AnonName]string{}
	}
	c.named[a] = c.anon(a.Base)
	return c.named[a]
}

// Compile renders one expression or statement with its parameters.
func Compile(e Expr) (string, []any) {
	c := &compiler{}
	text := c.top(e)
	return text, c.params
}

// top writes the statement e, preceded by the WITH clause of the common
// table expressions it reads (SQLAlchemy's _render_cte_clause): each as
// its body was written when first read, the parameters of the bodies
// first when they are positional, as the text has them.
func (c *compiler) top(e Expr) string {
	e.compile(c, 0)
	var with []string
	var params []any
	rec := false
	for _, w := range c.with {
		if w.text != "" {
			with = append(with, w.text)
			params = append(params, w.params...)
			rec = rec || w.f.CTE.Recursive
		}
	}
	if len(with) == 0 {
		return c.b.String()
	}
	kw := "WITH "
	if rec {
		kw = "WITH RECURSIVE "
	}
	if c.positional() {
		c.params = append(params, c.params...)
	}
	return kw + strings.Join(with, c.brk(", \n")) + c.brk("\n ") + c.b.String()
}

// Check is the error compiling statement e, whose text is text, raises:
// two unrelated CTEs of one name (only a WITH clause can hold them).
func Check(e Expr, text string) error {
	if !strings.HasPrefix(text, "WITH") {
		return nil
	}
	c := &compiler{}
	c.top(e)
	if c.clash == "" {
		return nil
	}
	return &exc.Error{Class: exc.CompileError, Msg: "Multiple, unrelated CTEs found with the same name: " + pyrepr.Str(c.clash)}
}

// positional reports ? parameters, which are ordered as the text writes
// them; named ones are in the order they were met.
func (c *compiler) positional() bool { return !c.str || c.qmark }

// CTE makes a From a common table expression, written once in the
// statement's WITH clause and read by its name.
type CTE struct {
	// Recursive writes WITH RECURSIVE and the names of the columns
	Recursive bool
	// Restates is the CTE this one (its union_all()) extends, which its
	// body reads under the same name
	Restates *From
	// Of is the CTE this From is an alias of: name AS alias
	Of *From
}

// with is a CTE's entry in the WITH clause: name(cols) AS (body), text ""
// once a CTE restating it took its place.
type with struct {
	f      *From
	text   string
	params []any
}

// root is the CTE whose restatements all share its name.
func (f *From) root() *From {
	for f.CTE != nil && f.CTE.Restates != nil {
		f = f.CTE.Restates
	}
	return f
}

// restates reports whether f extends g, directly or through others.
func (f *From) restates(g *From) bool {
	for ; f.CTE != nil && f.CTE.Restates != nil; f = f.CTE.Restates {
		if f.CTE.Restates == g {
			return true
		}
	}
	return false
}

// compileCTE writes a CTE read as a FROM item (name, or name AS alias),
// adding its body to the WITH clause when the statement first reads it.
func (c *compiler) compileCTE(f *From) {
	name := f.name(c) // an alias is named before the CTE it reads
	cte := f
	if f.CTE.Of != nil {
		cte = f.CTE.Of
		defer func() { c.b.WriteString(" AS " + name) }()
	}
	cn := cte.name(c)
	c.b.WriteString(cn)
	root := cte.root()
	for _, w := range c.with {
		if w.f.root() != root {
			if w.f.name(c) == cn && c.clash == "" {
				c.clash = cn
			}
			continue
		}
		if w.f == cte || w.f.restates(cte) {
			return // written, or being written (a recursive CTE reads itself)
		}
		w.text, w.params = "", nil // cte restates it and takes its place
	}
	w := &with{f: cte}
	c.with = append(c.with, w)
	b, params, asFrom, enclosing, against := c.b, c.params, c.asFrom, c.enclosing, c.against
	c.b, c.asFrom, c.enclosing, c.against = strings.Builder{}, true, nil, ""
	if c.positional() {
		c.params = nil
	}
	c.b.WriteString(cn)
	if cte.CTE.Recursive {
		cols := make([]string, len(cte.Table.Columns))
		for i, col := range cte.Table.Columns {
			cols[i] = cte.colName(c, col)
		}
		c.b.WriteString("(" + strings.Join(cols, ", ") + ")")
	}
	c.b.WriteString(c.brk(" AS \n("))
	cte.Sub.S.compile(c, 0)
	c.b.WriteString(")")
	w.text = c.b.String()
	// the CTEs its body read come before it
	c.with = append(slices.DeleteFunc(c.with, func(x *with) bool { return x == w }), w)
	if c.positional() {
		w.params, c.params = c.params, params
	}
	c.b, c.asFrom, c.enclosing, c.against = b, asFrom, enclosing, against
}

// String renders a statement as str() does in SQLAlchemy: with the default
// dialect's string compiler, or with qmark as SQLite's compiler writes it
// (str() of a Query whose session is bound).
// quote quotes an identifier as the dialect compiling does: str() of a
// statement compiles with the default dialect, whose reserved words differ
// from SQLite's ("user" is one, "index" is not).
func (c *compiler) quote(name string) string {
	if c.str && !c.qmark {
		return schema.QuoteDefault(name)
	}
	return schema.Quote(name)
}

func String(e Expr, qmark bool) string {
	c := &compiler{str: true, qmark: qmark}
	return c.top(e)
}

// Params is compile().params: each parameter's name in str() with its
// value (a Param's default, nil without one), in order.
func Params(e Expr) (names []string, vals []any) {
	c := &compiler{str: true}
	c.top(e)
	if len(c.names) != len(c.params) {
		return nil, nil // an IN list's expanding parameter: not named one by one
	}
	for i, p := range c.params {
		if p, ok := p.(Param); ok {
			c.params[i] = p.Default
		}
	}
	return c.names, c.params
}

// brk is the text before a clause: str() breaks the line where
// SQLAlchemy's compiler does (" \nFROM ", "\n LIMIT "); the SQLite text sent
// to the database has the same breaks, which traces fold, so it keeps one
// space.
func (c *compiler) brk(str string) string {
	if c.str {
		return str
	}
	return strings.ReplaceAll(strings.ReplaceAll(str, " \n", " "), "\n ", " ")
}

// Select is a SELECT statement.
type Select struct {
	Distinct bool
	Cols     []Expr
	From     []*From
	Where    Expr
	GroupBy  []Expr
	Having   Expr
	OrderBy  []Expr
	Limit    Expr
	Offset   Expr
	// Sub, when set, is selected from as "(...) AS anon_1" instead of From.
	Sub *Select
	// Joins follow the first FROM item (joined eager loading).
	Joins []Join
	// InnerJoin joins a table to the Sub subquery (subquery eager loading):
	// FROM (...) AS anon_1 JOIN table ON cond.
	InnerJoin *Join
	// Manual is correlation given by correlate(): of its FROM items, only
	// those in Correlate are left out, when the enclosing statement reads
	// them, even the only one.
	Manual    bool
	Correlate []*From
}

// reads reports whether list has the FROM item f.
func reads(list []*From, f *From) bool { return slices.ContainsFunc(list, f.Is) }

func (s *Select) compile(c *compiler, _ int) {
	asFrom, lateral, enclosing := c.asFrom, c.lateral, c.enclosing
	c.asFrom, c.lateral = false, false
	froms := s.From
	switch {
	case s.Manual:
		froms = slices.DeleteFunc(slices.Clone(froms), func(f *From) bool { return reads(enclosing, f) && reads(s.Correlate, f) })
	case (!asFrom || lateral) && len(enclosing) > 0 && len(froms) > 1:
		// a SELECT inside another's columns or WHERE leaves out the tables
		// the enclosing one reads (auto-correlation), when it reads others
		froms = slices.DeleteFunc(slices.Clone(froms), func(f *From) bool { return reads(enclosing, f) })
	}
	c.enclosing = froms
	for _, j := range s.Joins {
		c.enclosing = append(slices.Clip(c.enclosing), j.To)
	}
	defer func() { c.enclosing = enclosing }()
	c.b.WriteString("SELECT ")
	if s.Distinct {
		c.b.WriteString("DISTINCT ")
	}
	for i, e := range s.Cols {
		if i > 0 {
			c.b.WriteString(", ")
		}
		e.compile(c, 0)
		if asFrom {
			// a subquery's columns are labeled with their names
			switch e := e.(type) {
			case Col:
				c.b.WriteString(" AS " + c.quote(e.C.Name))
			case ACol:
				if !e.Labeled {
					c.b.WriteString(" AS " + e.F.colName(c, e.C))
				}
			}
		}
	}
	if s.Sub == nil && len(froms) == 0 {
		s.compileTail(c)
		return
	}
	c.b.WriteString(c.brk(" \nFROM "))
	if s.Sub != nil {
		c.b.WriteString("(")
		c.asFrom = true
		s.Sub.compile(c, 0)
		c.b.WriteString(") AS anon_1")
		if j := s.InnerJoin; j != nil {
			c.b.WriteString(" JOIN ")
			j.To.compileFrom(c)
			c.b.WriteString(" ON ")
			j.On.compile(c, asBool)
		}
	} else {
		for i, f := range froms {
			if i > 0 {
				c.b.WriteString(", ")
			}
			f.compileFrom(c)
			if i == 0 {
				s.compileJoins(c) // the joins hang off the first FROM item
			}
		}
	}
	if s.Sub != nil {
		s.compileJoins(c)
	}
	s.compileTail(c)
}

// clause writes keyword and the expressions, comma-separated, unless none.
func (c *compiler) clause(keyword string, es []Expr) {
	for i, e := range es {
		if i == 0 {
			c.b.WriteString(keyword)
		} else {
			c.b.WriteString(", ")
		}
		e.compile(c, 0)
	}
}

// compileTail writes WHERE, GROUP BY, HAVING, ORDER BY, LIMIT and OFFSET.
func (s *Select) compileTail(c *compiler) {
	if s.Where != nil {
		c.b.WriteString(c.brk(" \nWHERE "))
		s.Where.compile(c, asBool)
	}
	c.clause(" GROUP BY ", s.GroupBy)
	if s.Having != nil {
		c.b.WriteString(c.brk(" \nHAVING "))
		s.Having.compile(c, asBool)
	}
	c.clause(" ORDER BY ", s.OrderBy)
	if c.str && !c.qmark {
		if s.Limit != nil {
			c.b.WriteString("\n LIMIT ")
			s.Limit.compile(c, 0)
		}
		if s.Offset != nil {
			if s.Limit == nil {
				c.b.WriteString("\n LIMIT -1")
			}
			c.b.WriteString(" OFFSET ")
			s.Offset.compile(c, 0)
		}
	} else if s.Limit != nil || s.Offset != nil {
		// the SQLite dialect always pairs LIMIT with OFFSET, as binds
		lim, off := s.Limit, s.Offset
		if lim == nil {
			lim = Bind{V: int64(-1)}
		}
		if off == nil {
			off = Bind{V: int64(0)}
		}
		c.b.WriteString(c.brk("\n LIMIT "))
		lim.compile(c, 0)
		c.b.WriteString(" OFFSET ")
		off.compile(c, 0)
	}
}

func (s *Select) compileJoins(c *compiler) {
	for _, j := range s.Joins {
		kw := " LEFT OUTER JOIN "
		switch {
		case j.Inner:
			kw = " JOIN "
		case j.Full:
			kw = " FULL OUTER JOIN "
		}
		c.b.WriteString(kw)
		if j.Then != nil {
			c.b.WriteString("(")
			j.To.compileFrom(c)
			for t := j.Then; t != nil; t = t.Then {
				if t.Inner {
					c.b.WriteString(" JOIN ")
				} else {
					c.b.WriteString(" LEFT OUTER JOIN ")
				}
				t.To.compileFrom(c)
				c.b.WriteString(" ON ")
				t.On.compile(c, asBool)
			}
			c.b.WriteString(")")
		} else {
			j.To.compileFrom(c)
		}
		c.b.WriteString(" ON ")
		j.On.compile(c, asBool)
	}
}

// Text is a text() clause in a WHERE: its SQL as written (:name binds) for
// str(), as sent (? binds) otherwise, with the values bound to its names.
type Text struct {
	Src, Q string
	Names  []string
	Vals   map[string]any
}

func (t Text) compile(c *compiler, _ int) {
	if c.str && !c.qmark {
		c.b.WriteString(t.Src)
		return
	}
	c.b.WriteString(t.Q)
	for _, n := range t.Names {
		c.params = append(c.params, t.Vals[n])
	}
}

// Labeled returns table.col AS table_col, the legacy Query column labels.
func Labeled(col *schema.Column) Expr {
	return Label{X: Col{C: col}, Name: schema.Quote(col.Table.Name + "_" + col.Name)}
}

// Insert renders INSERT INTO t (cols) VALUES (?, ...) [RETURNING pk];
// inline[i], when given and not "", is SQL rendered instead of cols[i]'s ?.
func Insert(t *schema.Table, cols []*schema.Column, inline []string, returning []*schema.Column) string {
	return InsertRows(t, cols, inline, returning, 1, "")
}

// InsertRows is Insert with n rows of VALUES, as an insertmanyvalues batch
// renders them, and tail (an ON CONFLICT clause) after them when given.
func InsertRows(t *schema.Table, cols []*schema.Column, inline []string, returning []*schema.Column, n int, tail string) string {
	if len(cols) == 0 && len(returning) == 0 {
		return "INSERT INTO " + schema.Quote(t.Name) + " DEFAULT VALUES"
	}
	names := make([]string, len(cols))
	marks := make([]string, len(cols))
	for i, c := range cols {
		names[i] = schema.Quote(c.Name)
		marks[i] = "?"
		if i < len(inline) && inline[i] != "" {
			marks[i] = inline[i]
		}
	}
	if len(cols) == 0 {
		// key-only rows fetched in a batch: SQLAlchemy inserts NULL into the key
		for _, c := range t.PrimaryKey {
			names = append(names, schema.Quote(c.Name))
			marks = append(marks, "NULL")
		}
	}
	row := "(" + strings.Join(marks, ", ") + ")"
	rows := strings.TrimSuffix(strings.Repeat(row+", ", n), ", ")
	s := fmt.Sprintf("INSERT INTO %s (%s) VALUES %s", schema.Quote(t.Name), strings.Join(names, ", "), rows)
	if tail != "" {
		s += " " + tail
	}
	return s + returningClause(returning)
}

// Update renders UPDATE t SET a=?, b=? WHERE t.pk = ? [RETURNING ...] (the
// ORM's by-key form); inline as for Insert.
func Update(t *schema.Table, set []*schema.Column, inline []string, where, returning []*schema.Column) string {
	parts := make([]string, len(set))
	for i, c := range set {
		parts[i] = schema.Quote(c.Name) + "=?"
		if i < len(inline) && inline[i] != "" {
			parts[i] = schema.Quote(c.Name) + "=" + inline[i]
		}
	}
	s := "UPDATE " + schema.Quote(t.Name) + " SET " + strings.Join(parts, ", ") + " WHERE " + keyWhere(where)
	return s + returningClause(returning)
}

// DeleteByKey renders DELETE FROM t WHERE t.pk = ? [AND ...].
func DeleteByKey(t *schema.Table, where []*schema.Column) string {
	return "DELETE FROM " + schema.Quote(t.Name) + " WHERE " + keyWhere(where)
}

func keyWhere(cols []*schema.Column) string {
	parts := make([]string, len(cols))
	for i, c := range cols {
		s, _ := Compile(Col{C: c})
		parts[i] = s + " = ?"
	}
	return strings.Join(parts, " AND ")
}

// Delete is a criteria DELETE (bulk/Core).
type Delete struct {
	Table     *schema.Table
	Where     Expr
	Returning []*schema.Column
}

func (d *Delete) compile(c *compiler, _ int) {
	c.b.WriteString("DELETE FROM " + c.quote(d.Table.Name))
	defer c.correlateTo(d.Table)()
	if d.Where != nil {
		c.b.WriteString(" WHERE ")
		d.Where.compile(c, asBool)
	}
	returning(c, d.Returning)
}

// returning writes a statement's RETURNING clause: its columns by name as
// SQLite's compiler writes them, qualified by the default dialect's string
// compiler.
func returning(c *compiler, cols []*schema.Column) {
	if len(cols) == 0 || !c.str || c.qmark {
		c.b.WriteString(returningClause(cols))
		return
	}
	c.b.WriteString(" RETURNING ")
	for i, col := range cols {
		if i > 0 {
			c.b.WriteString(", ")
		}
		Col{C: col}.compile(c, 0)
	}
}

// returningClause is " RETURNING a, b", or "" for no columns; a column
// returned again (an insert sentinel) is labeled a AS a__1.
func returningClause(cols []*schema.Column) string {
	if len(cols) == 0 {
		return ""
	}
	r := make([]string, len(cols))
	seen := map[*schema.Column]int{}
	for i, c := range cols {
		r[i] = schema.Quote(c.Name)
		if n := seen[c]; n > 0 {
			r[i] += " AS " + schema.Quote(fmt.Sprintf("%s__%d", c.Name, n))
		}
		seen[c]++
	}
	return " RETURNING " + strings.Join(r, ", ")
}

// UpdateWhere is a criteria UPDATE (bulk/Core): UPDATE t SET c=? WHERE ...
type UpdateWhere struct {
	Table     *schema.Table
	Set       []*schema.Column
	Values    []Expr
	Where     Expr
	Returning []*schema.Column
}

func (u *UpdateWhere) compile(c *compiler, _ int) {
	c.b.WriteString("UPDATE " + c.quote(u.Table.Name) + " SET ")
	defer c.correlateTo(u.Table)()
	c.setWhere(u.Set, u.Values, "=", u.Where)
	returning(c, u.Returning)
}

// correlateTo makes t the enclosing FROM of the SELECTs an UPDATE or
// DELETE of t holds in its SET and WHERE (visit_update's correlate_froms),
// until the returned func restores the one before.
func (c *compiler) correlateTo(t *schema.Table) func() {
	enclosing := c.enclosing
	c.enclosing = []*From{Table(t)}
	return func() { c.enclosing = enclosing }
}

// setWhere writes col<eq>value, ... [WHERE cond].
func (c *compiler) setWhere(cols []*schema.Column, vals []Expr, eq string, where Expr) {
	for i, col := range cols {
		if i > 0 {
			c.b.WriteString(", ")
		}
		c.b.WriteString(c.quote(col.Name) + eq)
		vals[i].compile(c, GroupAll)
	}
	if where != nil {
		c.b.WriteString(" WHERE ")
		where.compile(c, asBool)
	}
}

// OnConflict is SQLite's upsert clause (sqlite.insert().on_conflict_do_*):
// ON CONFLICT [(target)] DO NOTHING, or DO UPDATE SET col = value, ...
// [WHERE cond] when Set is given.
type OnConflict struct {
	Target []string
	Set    []*schema.Column
	Values []Expr
	Where  Expr
}

func (o *OnConflict) compile(c *compiler, _ int) {
	target := ""
	if len(o.Target) > 0 {
		q := make([]string, len(o.Target))
		for i, n := range o.Target {
			q[i] = c.quote(n)
		}
		target = "(" + strings.Join(q, ", ") + ")"
	}
	if o.Set == nil {
		if target == "" {
			c.b.WriteString("ON CONFLICT DO NOTHING")
		} else {
			c.b.WriteString("ON CONFLICT " + target + " DO NOTHING")
		}
		return
	}
	// SQLAlchemy writes "ON CONFLICT %s DO UPDATE SET", two spaces without a
	// target in str(); the text sent is folded as traces fold it
	gap := " " + target + " "
	if target == "" && !c.str {
		gap = " "
	}
	c.b.WriteString("ON CONFLICT" + gap + "DO UPDATE SET ")
	c.setWhere(o.Set, o.Values, " = ", o.Where)
}

// AliasCol is a column reached through an alias: alias.name.
type AliasCol struct{ Alias, Name string }

func (e AliasCol) compile(c *compiler, _ int) {
	c.b.WriteString(e.Alias + "." + c.quote(e.Name))
}

// Join is LEFT OUTER JOIN table [AS alias] ON cond.
type Join struct {
	To    *From
	On    Expr
	Inner bool // JOIN rather than LEFT OUTER JOIN
	Full  bool // FULL OUTER JOIN (join(..., full=True))
	// Then is joined to To inside parentheses, the pair joined ON On:
	// LEFT OUTER JOIN (secondary JOIN target ON ...) ON ...; its own Then
	// joins further inside them (a with_polymorphic()'s subclass tables)
	Then *Join
}

// Froms are the FROM items the join brings in: To, then those of Then.
func (j Join) Froms() []*From {
	out := []*From{j.To}
	for t := j.Then; t != nil; t = t.Then {
		out = append(out, t.To)
	}
	return out
}

// Adapt reads the tables of joins through their aliases in as (the
// ClauseAdapter of with_polymorphic(flat=True)): each JOINed table and each
// column of their ON clauses, which are mapped class inheritance's
// equalities of columns.
func Adapt(joins []Join, as map[*schema.Table]*From) []Join {
	if as == nil {
		return joins
	}
	var on func(e Expr) Expr
	on = func(e Expr) Expr {
		switch e := e.(type) {
		case Col:
			if f := as[e.C.Table]; f != nil {
				return f.Of(e.C)
			}
		case Binary:
			return Binary{L: on(e.L), R: on(e.R), Op: e.Op}
		case Conj:
			args := make([]Expr, len(e.Args))
			for i, a := range e.Args {
				args[i] = on(a)
			}
			return Conj{Op: e.Op, Args: args}
		}
		return e
	}
	out := make([]Join, len(joins))
	for i, j := range joins {
		out[i] = j
		if f := as[j.To.Table]; f != nil && !j.To.Aliased() {
			out[i].To = f
		}
		out[i].On = on(j.On)
		if j.Then != nil {
			then := Adapt([]Join{*j.Then}, as)[0]
			out[i].Then = &then
		}
	}
	return out
}

// From is a table in a statement: under its own name, a name given
// (aliased(User, name="u1")), or an anonymous name the compiler gives it
// where the statement first names it, as SQLAlchemy numbers anonymous
// aliases (user_account_1, user_account_2). Anonymous aliases are told
// apart by identity.
type From struct {
	Table *schema.Table
	Name  string
	Anon  bool
	// Sub, when set, is the SELECT read in place of a table; Table then
	// holds the columns it exports.
	Sub *Subquery
	// CTE, when set, reads Sub by name from the WITH clause
	CTE *CTE
}

// Subquery is a SELECT, or a UNION of them, read as a FROM item:
// (SELECT ...) AS anon_1. Origin maps a column the SELECT reads to the
// one it exports, so that an aliased() class reads its own columns through
// it; Anon are the exported columns named anonymously (count(x) AS
// count_1), numbered once for the statement.
type Subquery struct {
	S Expr
	// Lateral reads the FROM items before it: LATERAL (...), its SELECT
	// correlated to them
	Lateral bool
	Origin  map[*schema.Column]*schema.Column
	Anon    map[*schema.Column]*AnonName
}

// NewSubquery is sub read as a FROM item named name, anon_N without one;
// cols is the table of the columns it exports, named "anon".
func NewSubquery(sub *Subquery, cols *schema.Table, name string) *From {
	return &From{Table: cols, Sub: sub, Name: name, Anon: name == ""}
}

// Column is the column f exports for c: c itself, or for a subquery the
// column it exports for the column c it reads.
func (f *From) Column(c *schema.Column) *schema.Column {
	if f.Sub != nil && c.Table != f.Table {
		if o := f.Sub.Origin[c]; o != nil {
			return o
		}
	}
	return c
}

// colName is the name c is read by through f, quoted: a subquery's
// anonymous column is numbered where the statement first writes it.
func (f *From) colName(c *compiler, col *schema.Column) string {
	col = f.Column(col)
	if f.Sub != nil {
		if a := f.Sub.Anon[col]; a != nil {
			return c.anonOf(a)
		}
	}
	return c.quote(col.Name)
}

// Table is a table under its own name.
func Table(t *schema.Table) *From { return &From{Table: t} }

// Anon is an anonymous alias of t.
func Anon(t *schema.Table) *From { return &From{Table: t, Anon: true} }

// Is reports whether f and g are the same FROM item: the same table under
// its own name, or the same alias.
func (f *From) Is(g *From) bool {
	return f == g || !f.Aliased() && !g.Aliased() && f.Table == g.Table
}

// Aliased reports whether the table is read under another name.
func (f *From) Aliased() bool { return f.Anon || f.Name != "" }

// name is the name the statement reads the table by.
func (f *From) name(c *compiler) string {
	if f.CTE != nil && f.CTE.Of == nil {
		f = f.root() // a CTE's restatements have its name
	}
	switch {
	case f.Anon:
		if c.aliases == nil {
			c.aliases = map[*From]string{}
		}
		if n, ok := c.aliases[f]; ok {
			return n
		}
		n := c.anon(f.Table.Name)
		c.aliases[f] = n
		return n
	case f.Name != "":
		return c.quote(f.Name)
	}
	return c.quote(f.Table.Name)
}

func (f *From) compileFrom(c *compiler) {
	if f.CTE != nil {
		c.compileCTE(f)
		return
	}
	if f.Sub != nil {
		// the alias is named before the SELECT inside it is written
		n := f.name(c)
		if f.Sub.Lateral {
			c.b.WriteString("LATERAL ")
		}
		c.b.WriteString("(")
		c.asFrom, c.lateral = true, f.Sub.Lateral
		f.Sub.S.compile(c, 0)
		c.b.WriteString(") AS " + n)
		return
	}
	c.b.WriteString(c.quote(f.Table.Name))
	if f.Aliased() {
		c.b.WriteString(" AS " + f.name(c))
	}
}

// Of is column col read through f: table.col or alias.col.
func (f *From) Of(col *schema.Column) Expr {
	if !f.Aliased() {
		return Col{C: col}
	}
	return ACol{F: f, C: col}
}

// ACol is a column read through an alias.
type ACol struct {
	F *From
	C *schema.Column
	// Labeled gives Query's label, the alias's name and the column's
	// (user_account_1.id AS user_account_1_id), followed by Suffix.
	Labeled bool
	Suffix  string
}

func (e ACol) compile(c *compiler, _ int) {
	n := e.F.name(c)
	col := e.F.colName(c, e.C)
	c.b.WriteString(n + "." + col)
	if e.Labeled {
		c.b.WriteString(" AS " + c.quote(strings.Trim(n, `"`)+"_"+strings.Trim(col, `"`)+e.Suffix))
	}
}

// Namer labels a SELECT's columns: Query labels each one table_column
// (alias_column); select() keeps bare names and gives another column under
// a name already used an anonymous one (id, id_1, id_2). A column selected
// again gets a "dedupe" label (id__1, user_account_id__1), numbered across
// the statement, as _generate_columns_plus_names does.
type Namer struct {
	Legacy bool
	// used is the column under each name select() gave, anon those it
	// gave an anonymous name; seen the columns Query labeled
	used   map[string]namedCol
	anon   []namedCol
	seen   []namedCol
	dedupe int
}

type namedCol struct {
	f *From
	c *schema.Column
}

func (a namedCol) is(b namedCol) bool { return a.c == b.c && a.f.Is(b.f) }

// Col is column c read through f, labeled.
func (n *Namer) Col(f *From, c *schema.Column) Expr {
	me := namedCol{f, c}
	if n.Legacy {
		suffix := ""
		if slices.ContainsFunc(n.seen, me.is) {
			n.dedupe++
			suffix = fmt.Sprintf("__%d", n.dedupe)
		}
		n.seen = append(n.seen, me)
		if f.Aliased() {
			return ACol{F: f, C: c, Labeled: true, Suffix: suffix}
		}
		return Label{X: Col{C: c}, Name: schema.Quote(c.Table.Name + "_" + c.Name + suffix)}
	}
	if n.used == nil {
		n.used = map[string]namedCol{}
	}
	name := f.Column(c).Name
	had, ok := n.used[name]
	switch {
	case !ok:
		n.used[name] = me
		return f.Of(c)
	case had.is(me) || slices.ContainsFunc(n.anon, me.is):
		n.dedupe++
		return Label{X: f.Of(c), Name: schema.Quote(fmt.Sprintf("%s__%d", name, n.dedupe))}
	}
	n.anon = append(n.anon, me)
	return Label{X: f.Of(c), Ref: &AnonName{Base: name}}
}

// Take gives c read through f its bare name without selecting it, as the
// outer query of a wrapped select() names its subquery's columns
// (anon_1.id): a later column under that name gets an anonymous one.
func (n *Namer) Take(f *From, c *schema.Column) {
	if n.used == nil {
		n.used = map[string]namedCol{}
	}
	n.used[f.Column(c).Name] = namedCol{f, c}
}

// Froms lists the tables and aliases an expression reads, in the order it
// names them: SQLAlchemy adds a WHERE clause's tables to the FROM list.
func Froms(e Expr) []*From {
	var out []*From
	add := func(f *From) {
		for _, g := range out {
			if g.Is(f) {
				return
			}
		}
		out = append(out, f)
	}
	var walk func(e Expr)
	walk = func(e Expr) {
		switch e := e.(type) {
		case Col:
			add(Table(e.C.Table))
		case ACol:
			add(e.F)
		case Binary:
			walk(e.L)
			walk(e.R)
		case Conj:
			for _, a := range e.Args {
				walk(a)
			}
		case Not:
			walk(e.X)
		case IsFalse:
			walk(e.X)
		case Func:
			for _, a := range e.Args {
				walk(a)
			}
		case List:
			for _, a := range e {
				walk(a)
			}
		case Order:
			walk(e.X)
		case Unary:
			walk(e.X)
		case Over:
			walk(e.F)
			for _, x := range append(slices.Clone(e.Partition), e.OrderBy...) {
				walk(x)
			}
		case Label:
			walk(e.X)
		case Cast:
			walk(e.X)
		case Like:
			walk(e.X)
			walk(e.Pattern)
		case Between:
			walk(e.X)
			walk(e.Lo)
			walk(e.Hi)
		case Case:
			for _, w := range e.Whens {
				walk(w[0])
				walk(w[1])
			}
			if e.Else != nil {
				walk(e.Else)
			}
		}
	}
	walk(e)
	return out
}

// Param is a bound parameter whose value the execution's parameters give
// by name: bindparam("name"), or an INSERT column's own parameter. It
// renders :name unnumbered in str() and leaves itself among the compiled
// parameters for the caller to fill (FillParams).
type Param struct {
	Name string
	Col  *schema.Column // whose type converts the value; nil for none
	// Default stands when the parameters do not name it (values(x=1), or
	// bindparam("x", 1)).
	Default    any
	HasDefault bool
}

func (p Param) compile(c *compiler, _ int) {
	if c.str && !c.qmark {
		c.b.WriteString(":" + p.Name)
		c.names = append(c.names, p.Name)
	} else {
		c.b.WriteString("?")
	}
	c.params = append(c.params, p)
}

// Scalar is a SELECT used as a value: (SELECT ...).
type Scalar struct{ S *Select }

func (e Scalar) compile(c *compiler, _ int) {
	c.b.WriteString("(")
	e.S.compile(c, 0)
	c.b.WriteString(")")
}

// InsertStmt is a Core INSERT: VALUES with an expression per column (a
// bind, an inlined SQL default, a scalar subquery), or the rows of a
// SELECT (from_select); DEFAULT VALUES without columns.
type InsertStmt struct {
	Table  *schema.Table
	Cols   []*schema.Column
	Values []Expr // one per column; nil with From
	// More are the further rows of a multi-values insert
	More [][]Expr
	From Expr // INSERT ... SELECT
	// Upsert is a SQLite insert's ON CONFLICT clause, after the rows.
	Upsert    *OnConflict
	Returning []*schema.Column
}

func (s *InsertStmt) compile(c *compiler, _ int) {
	c.b.WriteString("INSERT INTO " + c.quote(s.Table.Name))
	switch {
	case s.From == nil && len(s.Cols) == 0:
		c.b.WriteString(" DEFAULT VALUES")
	default:
		names := make([]string, len(s.Cols))
		for i, col := range s.Cols {
			names[i] = c.quote(col.Name)
		}
		c.b.WriteString(" (" + strings.Join(names, ", ") + ") ")
		if s.From != nil {
			s.From.compile(c, 0)
			break
		}
		c.b.WriteString("VALUES ")
		for k, row := range append([][]Expr{s.Values}, s.More...) {
			if k > 0 {
				c.b.WriteString(", ")
			}
			c.b.WriteString("(")
			for i, v := range row {
				if i > 0 {
					c.b.WriteString(", ")
				}
				v.compile(c, GroupAll)
			}
			c.b.WriteString(")")
		}
	}
	if s.Upsert != nil {
		c.b.WriteString(" ")
		s.Upsert.compile(c, 0)
	}
	returning(c, s.Returning)
}

// FillParams gives a compiled statement's parameters their values: each
// Param's from get (its name's value, ok=false when the parameters do not
// name it), or its default; missing names the first Param with neither.
func FillParams(params []any, get func(p Param) (any, bool, error)) (out []any, missing string, err error) {
	out = make([]any, len(params))
	for i, v := range params {
		p, ok := v.(Param)
		if !ok {
			out[i] = v
			continue
		}
		x, given, err := get(p)
		switch {
		case err != nil:
			return nil, "", err
		case given:
			out[i] = x
		case p.HasDefault:
			out[i] = p.Default
		default:
			return nil, p.Name, nil
		}
	}
	return out, "", nil
}

// Exists is EXISTS (SELECT ...), a correlated subquery: its FROM leaves out
// the enclosing statement's tables.
type Exists struct{ S *Select }

func (e Exists) compile(c *compiler, prec int) {
	paren := c.grouped("EXISTS", prec)
	if paren {
		c.b.WriteString("(")
	}
	c.b.WriteString("EXISTS (")
	e.S.compile(c, 0)
	c.b.WriteString(")")
	if paren {
		c.b.WriteString(")")
	}
}

// Compound is SELECTs joined by UNION, UNION ALL, EXCEPT or INTERSECT,
// written one after the other, as SQLite takes them (no parentheses).
type Compound struct {
	Op      string
	Selects []*Select
	OrderBy []Expr
}

func (e *Compound) compile(c *compiler, _ int) {
	asFrom := c.asFrom
	for i, s := range e.Selects {
		if i > 0 {
			c.b.WriteString(" " + e.Op + " ")
		}
		c.asFrom = asFrom
		s.compile(c, 0)
	}
	c.clause(" ORDER BY ", e.OrderBy)
}
