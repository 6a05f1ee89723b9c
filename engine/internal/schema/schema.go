// Package schema is the Core layer: tables, columns, constraints, and the DDL
// that SQLAlchemy's SQLite dialect emits for them.
package schema

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"cascadelab/engine/internal/source"
)

// Type is a column type as the SQLite dialect renders it.
type Type struct {
	Name   string // SQLAlchemy's class name: Integer, String, Boolean, ...
	Length int    // String(n), 0 when not given
	// Precision and Scale are Numeric(p, s); 0 when not given.
	Precision, Scale int
	// Affinity tells how Python values are sent and read back.
	Affinity Affinity
	// Reflected marks the upper-case types reflection builds (VARCHAR, INTEGER).
	Reflected bool
	// Enum is an Enum type's values (nil for other types).
	Enum *EnumSpec
	// AsDecimal: values load as Decimal (a Numeric type, a Float with
	// asdecimal=True), the float SQLite returns written with ReturnScale
	// digits after the point, as SQLAlchemy's result processor does.
	AsDecimal   bool
	ReturnScale int
}

// Decimal is a Python Decimal's text, as the layers below the interpreter
// carry one; it is sent to SQLite as a float (Numeric's bind processor).
type Decimal string

// NumericType is Numeric() and Float() without arguments: a Numeric loads
// Decimals with 10 digits after the point (_default_decimal_return_scale).
func NumericType(name string) Type {
	return Type{Name: name, Affinity: Types[name], AsDecimal: name == "Numeric", ReturnScale: 10}
}

// EnumSpec is what an Enum type stores: the names (a Python enum's member
// names, or the strings given) and the Python value each stands for.
type EnumSpec struct {
	Names   []string
	Members []any
}

// Affinity is how values of a type travel between Python and SQLite.
type Affinity int

const (
	AffInteger Affinity = iota
	AffFloat
	AffText
	AffBool
	AffNumeric
	AffDate
	AffDateTime
	AffBlob
)

// DDL renders the type as the SQLite dialect does.
func (t Type) DDL() string {
	if t.Reflected {
		return t.reflectedDDL()
	}
	switch t.Name {
	case "Integer":
		return "INTEGER"
	case "BigInteger":
		return "BIGINT"
	case "SmallInteger":
		return "SMALLINT"
	case "String", "Unicode", "AutoString", "Enum":
		if t.Length > 0 {
			return fmt.Sprintf("VARCHAR(%d)", t.Length)
		}
		return "VARCHAR"
	case "Text", "UnicodeText":
		return "TEXT"
	case "Boolean":
		return "BOOLEAN"
	case "Float":
		return "FLOAT"
	case "Numeric":
		if t.Precision > 0 {
			return fmt.Sprintf("NUMERIC(%d, %d)", t.Precision, t.Scale)
		}
		return "NUMERIC"
	case "Date":
		return "DATE"
	case "DateTime":
		return "DATETIME"
	case "LargeBinary":
		return "BLOB"
	case "Uuid":
		return "CHAR(32)" // SQLite has no native UUID
	}
	return strings.ToUpper(t.Name)
}

// Class is SQLAlchemy's TypeEngine._type_affinity, by name: the class two
// types are compared by (Float is a Numeric, Text and Enum are Strings).
func (t Type) Class() string {
	if t.Name == "Uuid" {
		return "Uuid"
	}
	return [...]string{AffInteger: "Integer", AffFloat: "Numeric", AffText: "String", AffBool: "Boolean", AffNumeric: "Numeric", AffDate: "Date", AffDateTime: "DateTime", AffBlob: "_Binary"}[t.Affinity]
}

// Types maps SQLAlchemy type names to their affinity; a name not here is unsupported.
var Types = map[string]Affinity{
	"Integer": AffInteger, "BigInteger": AffInteger, "SmallInteger": AffInteger,
	"String": AffText, "Unicode": AffText, "AutoString": AffText, "Text": AffText, "UnicodeText": AffText,
	"Boolean": AffBool, "Float": AffFloat, "Numeric": AffNumeric,
	"Date": AffDate, "DateTime": AffDateTime, "LargeBinary": AffBlob, "Uuid": AffText,
}

// Column is a table column.
type Column struct {
	Table      *Table
	Name       string
	Key        string // attribute key, usually Name
	Type       Type
	PrimaryKey bool
	Nullable   bool
	Unique     bool
	Index      bool
	// Default is a Python-side scalar default sent as a parameter on INSERT
	// when the row does not set the column; HasDefault tells it from None.
	Default    any
	HasDefault bool
	// NoAutoincrement is autoincrement=False.
	NoAutoincrement bool
	// DefaultFn is a Python callable default= (HasDefault is set too):
	// called for each row an INSERT does not set the column of.
	DefaultFn func() (any, error)
	// DefaultSQL is an insert default that is a SQL expression
	// (default=func.now()), rendered inline in the INSERT; OnUpdateSQL the
	// same for UPDATE (onupdate=func.now()).
	DefaultSQL, OnUpdateSQL string
	// ServerDefault is the DDL's DEFAULT clause (server_default=), as the
	// SQLite dialect renders it; HasServerDefault is also set for a
	// FetchedValue(), which renders nothing. ServerOnUpdate is
	// server_onupdate=FetchedValue().
	ServerDefault    string
	HasServerDefault bool
	ServerOnUpdate   bool
	FKs              []*ForeignKey
	Span             source.Span
	// typed reports whether Type came from the user; an untyped column with a
	// foreign key takes the referenced column's type.
	Typed bool
	// System is system=True: a column the database provides itself, left
	// out of CREATE TABLE.
	System bool
	// Info is the column's info= dictionary (the caller's value; nil until
	// given or first read).
	Info any
}

// ForeignKey is one column's reference to another table's column.
type ForeignKey struct {
	Parent     *Column
	Target     string // "table.column" as written
	Column     *Column
	Constraint *FKConstraint
	Span       source.Span
}

// FKConstraint is FOREIGN KEY(...) REFERENCES t (...).
type FKConstraint struct {
	Name     string // name=, "" for none: CONSTRAINT name in CREATE TABLE
	Columns  []*Column
	Elements []*ForeignKey
	OnDelete string
	OnUpdate string
	Span     source.Span
	// DBOnDelete and DBOnUpdate are what the database enforces, for a
	// reflected constraint: reflection reads OnDelete from the table's SQL
	// text and can miss it (an inline REFERENCES ... ON DELETE).
	DBOnDelete, DBOnUpdate string
}

// RefTable is the referenced table (after Resolve).
func (c *FKConstraint) RefTable() *Table { return c.Elements[0].Column.Table }

// Unique is a UNIQUE constraint.
type Unique struct {
	Columns []*Column
	Name    string // name=, "" for none: CONSTRAINT name UNIQUE (...)
}

// Index is an Index object of the table (index=True columns have theirs in
// Column.Index).
type Index struct {
	Name    string
	Columns []*Column
	Unique  bool
}

// Table is a Core table.
type Table struct {
	Name        string
	Columns     []*Column
	PrimaryKey  []*Column
	Constraints []any // *FKConstraint and *Unique in creation order
	// Indexes are its Index objects, in creation order (after the index=True
	// columns' own: SQLAlchemy creates a table's indexes in set order, which
	// changes from run to run; the engine's order is one of those runs)
	Indexes []*Index
	Options map[string]any
	// NoImplicitReturning is implicit_returning=False: no RETURNING on INSERT.
	NoImplicitReturning bool
	Span                source.Span
	MetaData            *MetaData // the one it was added to
	byName              map[string]*Column
}

// NewTable makes an empty table.
func NewTable(name string, span source.Span) *Table {
	return &Table{Name: name, Span: span, byName: map[string]*Column{}, Options: map[string]any{}}
}

// AutoincrementColumn is Table.autoincrement_column: the primary key's one
// column when it is an integer or numeric column with no foreign key, no
// default and no server default, unless autoincrement=False.
func (t *Table) AutoincrementColumn() *Column {
	if len(t.PrimaryKey) != 1 {
		return nil
	}
	c := t.PrimaryKey[0]
	switch {
	case c.NoAutoincrement, c.Type.Affinity != AffInteger && c.Type.Affinity != AffNumeric && c.Type.Affinity != AffFloat,
		c.HasDefault, c.DefaultSQL != "", c.HasServerDefault, len(c.FKs) > 0:
		return nil
	}
	return c
}

// InsertSentinel is the insert sentinel of t when its primary key is all given
// by the client in cols (Table._sentinel_column_characteristics: no
// autoincrement column, no server or fixed default on the key); SQLite has
// none for an autoincrement key.
func (t *Table) InsertSentinel(cols []*Column) []*Column {
	if len(t.PrimaryKey) == 0 || t.AutoincrementColumn() != nil {
		return nil
	}
	for _, c := range t.PrimaryKey {
		if c.HasServerDefault || c.HasDefault || c.DefaultSQL != "" || !slices.Contains(cols, c) {
			return nil
		}
	}
	return t.PrimaryKey
}

// InsertDefault reports that an INSERT which does not set c sends its
// Python default: any column's, a primary key's when it is a value.
func (c *Column) InsertDefault() bool {
	return c.HasDefault && (!c.PrimaryKey || c.DefaultFn == nil && c.Default != nil)
}

// FetchedOnInsert is mapper._server_default_cols: the columns whose value
// the database makes when an INSERT does not give one.
func (c *Column) FetchedOnInsert() bool { return c.HasServerDefault || c.DefaultSQL != "" }

// FetchedOnUpdate is mapper._server_onupdate_default_cols.
func (c *Column) FetchedOnUpdate() bool { return c.ServerOnUpdate || c.OnUpdateSQL != "" }

// ServerDefaultSQL renders a server_default's text as the SQLite dialect
// writes it after DEFAULT: in parentheses when it holds a non-word
// character and does not start with a quote or a parenthesis.
func ServerDefaultSQL(text string) string {
	t := strings.TrimLeft(text, " \t\n\r\f\v")
	if t != "" && (t[0] == '\'' || t[0] == '"' || t[0] == '(') {
		return text
	}
	for _, r := range text {
		if !(r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return "(" + text + ")"
		}
	}
	return text
}

// Col finds a column by name or key.
func (t *Table) Col(name string) *Column {
	if c := t.byName[name]; c != nil {
		return c
	}
	for _, c := range t.Columns {
		if c.Key == name {
			return c
		}
	}
	return nil
}

// AddColumn attaches c, creating the constraints its flags ask for the way
// Column._set_parent does (unique constraint, then its foreign keys).
func (t *Table) AddColumn(c *Column) error {
	if t.byName[c.Name] != nil {
		return fmt.Errorf("Column object '%s' already assigned to Table '%s'", c.Name, t.Name)
	}
	c.Table = t
	if c.Key == "" {
		c.Key = c.Name
	}
	t.Columns = append(t.Columns, c)
	t.byName[c.Name] = c
	if c.PrimaryKey {
		t.PrimaryKey = append(t.PrimaryKey, c)
	}
	if c.Unique && !c.Index {
		t.Constraints = append(t.Constraints, &Unique{Columns: []*Column{c}})
	}
	return nil
}

// AttachFKs creates one single-column constraint per column-level ForeignKey
// (names[i], onDelete[i] and onUpdate[i] are the i-th ForeignKey's arguments),
// right after the column's own (ForeignKey._set_table runs when its column
// attaches).
func (t *Table) AttachFKs(c *Column, names, onDelete, onUpdate []string) {
	for i := range onDelete {
		fk := c.FKs[i]
		fk.Parent = c
		fk.Constraint = &FKConstraint{Name: names[i], Columns: []*Column{c}, Elements: []*ForeignKey{fk}, OnDelete: onDelete[i], OnUpdate: onUpdate[i], Span: fk.Span}
		t.Constraints = append(t.Constraints, fk.Constraint)
	}
}

// FKConstraints lists the table's foreign key constraints in creation order.
func (t *Table) FKConstraints() []*FKConstraint {
	var out []*FKConstraint
	for _, c := range t.Constraints {
		if fk, ok := c.(*FKConstraint); ok {
			out = append(out, fk)
		}
	}
	return out
}

// ForeignKeys lists every column-level reference of the table.
func (t *Table) ForeignKeys() []*ForeignKey {
	var out []*ForeignKey
	for _, c := range t.FKConstraints() {
		out = append(out, c.Elements...)
	}
	return out
}

// MetaData is a collection of tables in definition order.
type MetaData struct {
	Tables []*Table
	byName map[string]*Table
}

// NewMetaData makes an empty MetaData.
func NewMetaData() *MetaData { return &MetaData{byName: map[string]*Table{}} }

// Add registers t; a second table of the same name is an error, as in SQLAlchemy.
func (m *MetaData) Add(t *Table) error {
	if m.byName[t.Name] != nil {
		return fmt.Errorf("Table '%s' is already defined for this MetaData instance.  Specify 'extend_existing=True' to redefine options and columns on an existing Table object.", t.Name)
	}
	m.Tables = append(m.Tables, t)
	m.byName[t.Name] = t
	t.MetaData = m
	return nil
}

// Table finds a table by name.
func (m *MetaData) Table(name string) *Table { return m.byName[name] }

// ResolveError is a foreign key whose target cannot be found.
type ResolveError struct {
	Msg  string
	Span source.Span
}

func (e *ResolveError) Error() string { return e.Msg }

// Resolve binds every foreign key to its target column, as SQLAlchemy does
// lazily on first use, and gives untyped FK columns their target's type.
func (m *MetaData) Resolve() error {
	for _, t := range m.Tables {
		for _, fk := range t.ForeignKeys() {
			if fk.Column != nil {
				continue
			}
			tname, cname, ok := strings.Cut(fk.Target, ".")
			if !ok {
				return &ResolveError{Span: fk.Span, Msg: fmt.Sprintf("Invalid foreign key column specification: %s", fk.Target)}
			}
			rt := m.Table(tname)
			if rt == nil {
				return &ResolveError{Span: fk.Span, Msg: fmt.Sprintf("Foreign key associated with column '%s.%s' could not find table '%s' with which to generate a foreign key to target column '%s'", t.Name, fk.Parent.Name, tname, cname)}
			}
			rc := rt.Col(cname)
			if rc == nil {
				return &ResolveError{Span: fk.Span, Msg: fmt.Sprintf("Could not initialize target column for ForeignKey '%s' on table '%s': table '%s' has no column named '%s'", fk.Target, t.Name, tname, cname)}
			}
			fk.Column = rc
		}
	}
	for _, t := range m.Tables {
		for _, c := range t.Columns {
			if !c.Typed && len(c.FKs) > 0 && c.FKs[0].Column != nil {
				c.Type = c.FKs[0].Column.Type
			}
		}
	}
	return nil
}

// SortedTables orders tables so that referenced tables come first, in the
// layered way SQLAlchemy's topological sort does: each round takes, in
// definition order, every table whose dependencies are already placed.
func (m *MetaData) SortedTables() []*Table {
	deps := map[*Table]map[*Table]bool{}
	for _, t := range m.Tables {
		deps[t] = map[*Table]bool{}
		for _, fk := range t.ForeignKeys() {
			if fk.Column != nil && fk.Column.Table != t {
				deps[t][fk.Column.Table] = true
			}
		}
	}
	var out []*Table
	done := map[*Table]bool{}
	todo := append([]*Table(nil), m.Tables...)
	for len(todo) > 0 {
		var layer, rest []*Table
		for _, t := range todo {
			ready := true
			for d := range deps[t] {
				if !done[d] && m.byName[d.Name] == d {
					ready = false
				}
			}
			if ready {
				layer = append(layer, t)
			} else {
				rest = append(rest, t)
			}
		}
		if len(layer) == 0 { // a cycle: keep definition order, as use_alter would
			layer, rest = rest[:1], rest[1:]
		}
		for _, t := range layer {
			done[t] = true
		}
		out = append(out, layer...)
		todo = rest
	}
	return out
}

// reserved are the SQLite dialect's reserved words, defaultReserved the
// default dialect's (sqlalchemy.sql.compiler.RESERVED_WORDS), which str() of
// a statement uses.
var reserved, defaultReserved = map[string]bool{}, map[string]bool{}

func init() {
	for _, w := range strings.Fields(`add after all alter analyze and as asc attach autoincrement before begin between by
	cascade case cast check collate column commit conflict constraint create cross current_date current_time
	current_timestamp database default deferrable deferred delete desc detach distinct drop each else end escape
	except exclusive exists explain false fail for foreign from full glob group having if ignore immediate in index
	indexed initially inner insert instead intersect into is isnull join key left like limit match natural not
	notnull null of offset on or order outer plan pragma primary query raise references reindex rename replace
	restrict right rollback row select set table temp temporary then to transaction trigger true union unique
	update using vacuum values view virtual when where`) {
		reserved[w] = true
	}
	for _, w := range strings.Fields(`all analyse analyze and any array as asc asymmetric authorization between binary both
	case cast check collate column constraint create cross current_date current_role current_time current_timestamp
	current_user default deferrable desc distinct do else end except false for foreign freeze from full grant group
	having ilike in initially inner intersect into is isnull join leading left like limit localtime localtimestamp
	natural new not notnull null off offset old on only or order outer overlaps placing primary references right
	select session_user set similar some symmetric table then to trailing true union unique user using verbose when
	where`) {
		defaultReserved[w] = true
	}
}

// legal reports whether name needs no quoting characters: [A-Za-z0-9_$]+.
func legal(name string) bool {
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return name != ""
}

// Quote quotes an identifier when the SQLite dialect would.
func Quote(name string) string { return quote(name, reserved) }

// QuoteDefault quotes an identifier when the default dialect would.
func QuoteDefault(name string) string { return quote(name, defaultReserved) }

func quote(name string, reserved map[string]bool) string {
	lc := strings.ToLower(name)
	if reserved[lc] || name == "" || (name[0] >= '0' && name[0] <= '9') || name[0] == '$' || !legal(name) || lc != name {
		return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
	}
	return name
}

// CreateTable renders CREATE TABLE as the SQLite dialect does (whitespace
// normalized the way the trace records it).
func CreateTable(t *Table) string {
	return "CREATE TABLE " + Quote(t.Name) + " ( " + strings.Join(createParts(t), ", ") + " )"
}

// CreateTableText is CREATE TABLE as the SQLite dialect's DDL compiler
// writes it, str(CreateTable(t).compile(engine)): a line per column and
// constraint.
func CreateTableText(t *Table) string {
	return "\nCREATE TABLE " + Quote(t.Name) + " (\n\t" + strings.Join(createParts(t), ", \n\t") + "\n)\n\n"
}

// createParts are the column definitions and constraints of CREATE TABLE.
func createParts(t *Table) []string {
	var parts []string
	for _, c := range t.Columns {
		if c.System {
			continue
		}
		s := Quote(c.Name) + " " + c.Type.DDL()
		if c.ServerDefault != "" {
			s += " DEFAULT " + c.ServerDefault
		}
		if !c.Nullable || c.PrimaryKey {
			s += " NOT NULL"
		}
		parts = append(parts, s)
	}
	if len(t.PrimaryKey) > 0 {
		parts = append(parts, "PRIMARY KEY ("+names(t.PrimaryKey)+")")
	}
	for _, c := range t.Constraints {
		switch c := c.(type) {
		case *Unique:
			parts = append(parts, constraintPrefix(c.Name)+"UNIQUE ("+names(c.Columns)+")")
		case *FKConstraint:
			var refs []*Column
			for _, e := range c.Elements {
				refs = append(refs, e.Column)
			}
			s := constraintPrefix(c.Name) + "FOREIGN KEY(" + names(c.Columns) + ") REFERENCES " + Quote(refs[0].Table.Name) + " (" + names(refs) + ")"
			if c.OnDelete != "" {
				s += " ON DELETE " + c.OnDelete
			}
			if c.OnUpdate != "" {
				s += " ON UPDATE " + c.OnUpdate
			}
			parts = append(parts, s)
		}
	}
	return parts
}

// constraintPrefix is the "CONSTRAINT name " a named constraint starts with.
func constraintPrefix(name string) string {
	if name == "" {
		return ""
	}
	return "CONSTRAINT " + Quote(name) + " "
}

// CreateIndexes renders the CREATE INDEX statements for index=True columns
// and Index objects.
func CreateIndexes(t *Table) []string {
	var out []string
	for _, c := range t.Columns {
		if !c.Index {
			continue
		}
		out = append(out, createIndex(&Index{Name: "ix_" + t.Name + "_" + c.Name, Columns: []*Column{c}, Unique: c.Unique}))
	}
	for _, ix := range t.Indexes {
		out = append(out, createIndex(ix))
	}
	return out
}

// createIndex is CREATE [UNIQUE] INDEX name ON table (columns).
func createIndex(ix *Index) string {
	kw := "INDEX"
	if ix.Unique {
		kw = "UNIQUE INDEX"
	}
	return fmt.Sprintf("CREATE %s %s ON %s (%s)", kw, Quote(ix.Name), Quote(ix.Columns[0].Table.Name), names(ix.Columns))
}

func names(cols []*Column) string {
	s := make([]string, len(cols))
	for i, c := range cols {
		s[i] = Quote(c.Name)
	}
	return strings.Join(s, ", ")
}
