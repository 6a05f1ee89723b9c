// Package ddl turns pasted SQL DDL (PostgreSQL, MySQL or SQLite: CREATE
// TABLE with column and table constraints, ALTER TABLE ... ADD CONSTRAINT,
// CREATE INDEX, dumps with their SET/LOCK noise) into CREATE TABLE
// statements SQLite accepts.
//
// SQLite itself is the parser: its CREATE TABLE grammar already takes
// REFERENCES ... ON DELETE, CONSTRAINT names, MATCH and DEFERRABLE, and
// what it keeps is what reflection (and so automap) reads. This package
// only rewrites what SQLite's grammar lacks, token by token, keeping each
// token's offset so that anything it cannot rewrite is named at its
// line:col: backticks and [brackets] become "quotes", schema prefixes go,
// SERIAL and AUTO_INCREMENT become an INTEGER key, MySQL's KEY lines and
// table options go (ENGINE= is kept for the models), DEFAULT clauses go
// (they do not change what a delete does), ALTER TABLE ... ADD CONSTRAINT
// folds into its table, and types SQLite reflection cannot carry become the
// nearest one it can (with a note). A pure-Go SQL parser would add weight
// to the wasm build for grammar SQLite already has.
package ddl

import (
	"fmt"
	"strings"

	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/source"
)

// malformed is DDL SQLite would not parse, at a byte offset of the text:
// the OperationalError SQLite raises.
func malformed(off int, msg string) *exc.Error {
	return &exc.Error{Class: exc.OperationalError, Msg: msg, Span: source.Span{Start: int32(off), End: int32(off)}}
}

// unsupported is the refusal of thing, valid SQL that cascadelab does not
// read, worded as every refusal is.
func unsupported(off int, thing string) *exc.Error {
	return exc.Unsupported(source.Span{Start: int32(off), End: int32(off)}, thing)
}

// Note is something the rewrite changed that the reader should know.
type Note struct {
	Offset int
	Msg    string
}

// Statement is one SQLite statement and where its source starts.
type Statement struct {
	SQL    string
	Offset int
}

// Schema is the rewritten DDL.
type Schema struct {
	Statements []Statement
	// Engines are the MySQL ENGINE= options, by table.
	Engines map[string]string
	Notes   []Note
}

type kind int

const (
	tWord kind = iota
	tQuoted
	tString
	tNumber
	tPunct
)

type token struct {
	k   kind
	s   string // for tQuoted, the name without quotes
	off int
}

func (t token) is(words ...string) bool {
	if t.k != tWord {
		return false
	}
	for _, w := range words {
		if strings.EqualFold(t.s, w) {
			return true
		}
	}
	return false
}

func (t token) punct(p string) bool { return t.k == tPunct && t.s == p }

// sql renders a token for SQLite.
func (t token) sql() string {
	switch t.k {
	case tQuoted:
		return `"` + strings.ReplaceAll(t.s, `"`, `""`) + `"`
	}
	return t.s
}

func isWordByte(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// scan splits text into statements of tokens; comments (including MySQL's
// /*!...*/ version comments) are dropped.
func scan(text string) ([][]token, error) {
	var stmts [][]token
	var cur []token
	i := 0
	for i < len(text) {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '-' && strings.HasPrefix(text[i:], "--"), c == '#':
			for i < len(text) && text[i] != '\n' {
				i++
			}
		case c == '/' && strings.HasPrefix(text[i:], "/*"):
			end := strings.Index(text[i+2:], "*/")
			if end < 0 {
				return nil, malformed(i, "this comment is not closed")
			}
			i += end + 4
		case c == ';':
			if len(cur) > 0 {
				stmts = append(stmts, cur)
				// pg_dump's COPY ... FROM stdin is followed by its rows, up to \.
				if cur[0].is("COPY") && cur[len(cur)-1].is("stdin") {
					if end := strings.Index(text[i:], "\n\\."); end >= 0 {
						i += end + 3
					}
				}
			}
			cur = nil
			i++
		case c == '\'':
			j := i + 1
			for ; j < len(text); j++ {
				if text[j] == '\'' {
					if j+1 < len(text) && text[j+1] == '\'' {
						j++
						continue
					}
					break
				}
			}
			if j >= len(text) {
				return nil, malformed(i, "this string is not closed")
			}
			cur = append(cur, token{tString, text[i : j+1], i})
			i = j + 1
		case c == '"' || c == '`' || c == '[':
			close := map[byte]byte{'"': '"', '`': '`', '[': ']'}[c]
			end := strings.IndexByte(text[i+1:], close)
			if end < 0 {
				return nil, malformed(i, "this quoted name is not closed")
			}
			cur = append(cur, token{tQuoted, text[i+1 : i+1+end], i})
			i += end + 2
		case c >= '0' && c <= '9':
			j := i
			for j < len(text) && (text[j] >= '0' && text[j] <= '9' || text[j] == '.') {
				j++
			}
			cur = append(cur, token{tNumber, text[i:j], i})
			i = j
		case isWordByte(c):
			j := i
			for j < len(text) && isWordByte(text[j]) {
				j++
			}
			cur = append(cur, token{tWord, text[i:j], i})
			i = j
		case c == ':' && strings.HasPrefix(text[i:], "::"):
			cur = append(cur, token{tPunct, "::", i})
			i += 2
		default:
			cur = append(cur, token{tPunct, string(c), i})
			i++
		}
	}
	if len(cur) > 0 {
		stmts = append(stmts, cur)
	}
	return stmts, nil
}

// Is reports whether text reads as SQL DDL rather than Python: its first
// word starts a SQL statement and it creates a table.
func Is(text string) bool {
	stmts, err := scan(text)
	if err != nil || len(stmts) == 0 {
		return false
	}
	creates := false
	for _, s := range stmts {
		if len(s) > 1 && s[0].is("CREATE") && (s[1].is("TABLE") || len(s) > 2 && s[1].is("TEMPORARY", "TEMP") && s[2].is("TABLE")) {
			creates = true
		}
	}
	return creates && stmts[0][0].is("CREATE", "ALTER", "DROP", "SET", "PRAGMA", "BEGIN", "START", "USE", "LOCK", "SELECT", "COMMENT")
}

// table is a CREATE TABLE being rebuilt.
type table struct {
	name  string
	elems []string
	off   int
	tail  string // WITHOUT ROWID, STRICT
}

type parser struct {
	s       *Schema
	tables  []*table
	byName  map[string]*table
	indexes []Statement
	noted   map[string]bool
}

func (p *parser) note(off int, msg string) {
	if !p.noted[msg] {
		p.noted[msg] = true
		p.s.Notes = append(p.s.Notes, Note{off, msg})
	}
}

// Normalize rewrites text as SQLite DDL.
func Normalize(text string) (*Schema, error) {
	stmts, err := scan(text)
	if err != nil {
		return nil, err
	}
	p := &parser{s: &Schema{Engines: map[string]string{}}, byName: map[string]*table{}, noted: map[string]bool{}}
	for _, st := range stmts {
		if err := p.statement(st); err != nil {
			return nil, err
		}
	}
	if len(p.tables) == 0 {
		return nil, malformed(0, "no CREATE TABLE statement")
	}
	for _, t := range p.tables {
		sql := "CREATE TABLE " + quoteName(t.name) + " (\n    " + strings.Join(t.elems, ",\n    ") + "\n)" + t.tail
		p.s.Statements = append(p.s.Statements, Statement{sql, t.off})
	}
	p.s.Statements = append(p.s.Statements, p.indexes...)
	return p.s, nil
}

func quoteName(n string) string { return token{k: tQuoted, s: n}.sql() }

// skipped are statements a dump carries that say nothing about the tables.
var skipped = map[string]bool{"SET": true, "LOCK": true, "UNLOCK": true, "BEGIN": true, "COMMIT": true, "START": true, "USE": true,
	"SELECT": true, "COMMENT": true, "GRANT": true, "REVOKE": true, "DROP": true, "PRAGMA": true, "ANALYZE": true, "VACUUM": true}

func (p *parser) statement(st []token) error {
	first := strings.ToUpper(st[0].s)
	switch {
	case st[0].k != tWord:
		return unsupported(st[0].off, fmt.Sprintf("this statement (it starts with %q)", st[0].s))
	case skipped[first]:
		return nil
	case first == "INSERT" || first == "COPY":
		p.note(st[0].off, "the data statements are left out: the variants write their own rows")
		return nil
	case first == "CREATE":
		i := 1
		for i < len(st) && st[i].is("TEMPORARY", "TEMP", "UNLOGGED", "OR", "REPLACE") {
			i++
		}
		switch {
		case i < len(st) && st[i].is("TABLE"):
			return p.createTable(st, i+1)
		case i < len(st) && (st[i].is("INDEX") || st[i].is("UNIQUE") && i+1 < len(st) && st[i+1].is("INDEX")):
			return p.createIndex(st)
		case i < len(st) && st[i].is("SEQUENCE", "SCHEMA", "DATABASE", "EXTENSION"):
			return nil
		case i < len(st):
			return unsupported(st[i].off, fmt.Sprintf("CREATE %s", strings.ToUpper(st[i].s)))
		}
	case first == "ALTER":
		return p.alter(st)
	}
	return unsupported(st[0].off, fmt.Sprintf("the statement %s", strings.ToUpper(st[0].s)))
}

// name reads a possibly schema-qualified name at st[i]; it returns the
// last part and the index after it.
func name(st []token, i int) (string, int, error) {
	if i >= len(st) || st[i].k != tWord && st[i].k != tQuoted {
		off := st[len(st)-1].off
		if i < len(st) {
			off = st[i].off
		}
		return "", i, malformed(off, "a table or column name is expected here")
	}
	n := st[i].s
	i++
	for i+1 < len(st) && st[i].punct(".") && (st[i+1].k == tWord || st[i+1].k == tQuoted) {
		n = st[i+1].s
		i += 2
	}
	return n, i, nil
}

// group returns the index of the parenthesis closing the one at st[i].
func group(st []token, i int) (int, error) {
	depth := 0
	for j := i; j < len(st); j++ {
		switch {
		case st[j].punct("("):
			depth++
		case st[j].punct(")"):
			depth--
			if depth == 0 {
				return j, nil
			}
		}
	}
	return 0, malformed(st[i].off, "this parenthesis is not closed")
}

// split cuts st[from:to] at top-level commas.
func split(st []token, from, to int) [][]token {
	var out [][]token
	depth, start := 0, from
	for j := from; j < to; j++ {
		switch {
		case st[j].punct("("):
			depth++
		case st[j].punct(")"):
			depth--
		case st[j].punct(",") && depth == 0:
			out = append(out, st[start:j])
			start = j + 1
		}
	}
	if start < to {
		out = append(out, st[start:to])
	}
	return out
}

func (p *parser) createTable(st []token, i int) error {
	if i+2 < len(st) && st[i].is("IF") && st[i+1].is("NOT") && st[i+2].is("EXISTS") {
		i += 3
	}
	n, i, err := name(st, i)
	if err != nil {
		return err
	}
	if i >= len(st) || !st[i].punct("(") {
		if i < len(st) && st[i].is("AS") {
			return unsupported(st[i].off, "CREATE TABLE ... AS SELECT")
		}
		return malformed(st[0].off, "CREATE TABLE needs its columns in parentheses")
	}
	end, err := group(st, i)
	if err != nil {
		return err
	}
	t := &table{name: n, off: st[0].off}
	if p.byName[n] != nil {
		return malformed(st[0].off, fmt.Sprintf("the table %s is created twice", n))
	}
	for _, el := range split(st, i+1, end) {
		s, err := p.element(n, el)
		if err != nil {
			return err
		}
		if s != "" {
			t.elems = append(t.elems, s)
		}
	}
	if err := p.tableOptions(t, st[end+1:]); err != nil {
		return err
	}
	p.tables = append(p.tables, t)
	p.byName[n] = t
	return nil
}

func (p *parser) tableOptions(t *table, opts []token) error {
	for j := 0; j < len(opts); j++ {
		o := opts[j]
		switch {
		case o.is("ENGINE", "TYPE"):
			k := j + 1
			if k < len(opts) && opts[k].punct("=") {
				k++
			}
			if k < len(opts) {
				p.s.Engines[t.name] = opts[k].s
				j = k
			}
		case o.is("WITHOUT") && j+1 < len(opts) && opts[j+1].is("ROWID"):
			t.tail += " WITHOUT ROWID"
			j++
		case o.is("STRICT"):
			t.tail += " STRICT"
		case o.is("INHERITS", "PARTITION"):
			return unsupported(o.off, fmt.Sprintf("%s on a table", strings.ToUpper(o.s)))
		}
	}
	return nil
}

// element rewrites one column definition or table constraint ("" drops it).
func (p *parser) element(tableName string, el []token) (string, error) {
	if len(el) == 0 {
		return "", nil
	}
	switch {
	case el[0].is("CONSTRAINT", "PRIMARY", "FOREIGN", "CHECK", "EXCLUDE"):
		if el[0].is("EXCLUDE") {
			return "", unsupported(el[0].off, "EXCLUDE constraints")
		}
		return p.constraint(el)
	case el[0].is("UNIQUE"):
		// MySQL: UNIQUE KEY name (cols); UNIQUE (cols) elsewhere
		if len(el) > 1 && el[1].is("KEY", "INDEX") {
			el = el[1:]
			if len(el) > 1 && !el[1].punct("(") {
				return p.constraint(append([]token{{tWord, "CONSTRAINT", el[0].off}, el[1], {tWord, "UNIQUE", el[0].off}}, el[2:]...))
			}
			return p.constraint(append([]token{{tWord, "UNIQUE", el[0].off}}, el[1:]...))
		}
		return p.constraint(el)
	case el[0].is("KEY", "INDEX", "FULLTEXT", "SPATIAL"):
		p.note(el[0].off, "MySQL's KEY/INDEX lines are left out: an index does not change what a delete does")
		return "", nil
	}
	return p.column(tableName, el)
}

// constraint keeps a table constraint, normalizing names and dropping
// MySQL's USING BTREE and PostgreSQL's casts.
func (p *parser) constraint(el []token) (string, error) {
	var out []string
	for j := 0; j < len(el); j++ {
		t := el[j]
		switch {
		case t.is("USING") && j+1 < len(el) && el[j+1].is("BTREE", "HASH"):
			j++
		case t.punct("::"):
			j++ // the cast's type
		case (t.k == tWord || t.k == tQuoted) && j+2 < len(el) && el[j+1].punct(".") && (el[j+2].k == tWord || el[j+2].k == tQuoted):
			j++ // schema.table: the schema goes
		default:
			if t.is("NOT", "NULL", "PRIMARY", "KEY", "FOREIGN", "REFERENCES", "CONSTRAINT", "UNIQUE", "CHECK", "ON", "DELETE", "UPDATE",
				"CASCADE", "SET", "DEFAULT", "RESTRICT", "NO", "ACTION", "MATCH", "SIMPLE", "FULL", "PARTIAL", "DEFERRABLE", "INITIALLY", "DEFERRED", "IMMEDIATE") {
				out = append(out, strings.ToUpper(t.s))
			} else {
				out = append(out, t.sql())
			}
		}
	}
	return joinSQL(out), nil
}

// joinSQL joins tokens with spaces, none inside parentheses' edges or before commas.
func joinSQL(parts []string) string {
	var b strings.Builder
	for i, s := range parts {
		if i > 0 && s != ")" && s != "," && parts[i-1] != "(" && s != "(" || i > 0 && s == "(" && parts[i-1] != "(" {
			b.WriteByte(' ')
		}
		b.WriteString(s)
	}
	return b.String()
}

// stops end a column's type.
var stops = map[string]bool{"NOT": true, "NULL": true, "PRIMARY": true, "UNIQUE": true, "REFERENCES": true, "DEFAULT": true, "CHECK": true,
	"CONSTRAINT": true, "COLLATE": true, "AUTO_INCREMENT": true, "AUTOINCREMENT": true, "GENERATED": true, "COMMENT": true, "ON": true,
	"CHARACTER": true, "CHARSET": true, "UNSIGNED": true, "SIGNED": true, "ZEROFILL": true, "IDENTITY": true, "KEY": true, "AS": true}

func (p *parser) column(tableName string, el []token) (string, error) {
	col, j, err := name(el, 0)
	if err != nil {
		return "", err
	}
	// the type: words and one parenthesized argument list
	var words []string
	args := ""
	typeOff := 0
	if j < len(el) {
		typeOff = el[j].off
	}
	for j < len(el) && el[j].k == tWord && (!stops[strings.ToUpper(el[j].s)] || len(words) == 0 && el[j].is("CHARACTER")) {
		words = append(words, strings.ToUpper(el[j].s))
		j++
		if j < len(el) && el[j].punct("(") {
			end, err := group(el, j)
			if err != nil {
				return "", err
			}
			var a []string
			for _, t := range el[j+1 : end] {
				a = append(a, t.s)
			}
			args = "(" + strings.Join(a, "") + ")"
			j = end + 1
		}
	}
	if j < len(el) && el[j].k == tQuoted && el[j].s == "" { // PostgreSQL's int[] reads as an empty [name]
		return "", unsupported(el[j].off, "array columns")
	}
	typ, note := sqliteType(strings.Join(words, " "), args)
	if note != "" {
		p.note(typeOff, note)
	}
	out := []string{quoteName(col)}
	if typ != "" {
		out = append(out, typ)
	}
	for j < len(el) {
		t := el[j]
		switch {
		case t.is("DEFAULT"):
			p.note(t.off, "DEFAULT clauses are left out: the variants set every column themselves, and a default does not change what a delete does")
			j = skipExpr(el, j+1)
		case t.is("AUTO_INCREMENT", "AUTOINCREMENT", "UNSIGNED", "SIGNED", "ZEROFILL"):
			j++
		case t.is("CHARACTER", "CHARSET", "COLLATE", "COMMENT"):
			j++
			if t.is("CHARACTER") && j < len(el) && el[j].is("SET") {
				j++
			}
			if j < len(el) {
				j++
			}
		case t.is("ON") && j+1 < len(el) && el[j+1].is("UPDATE"):
			j = skipExpr(el, j+2) // MySQL's ON UPDATE CURRENT_TIMESTAMP
		case t.is("GENERATED"):
			k := j + 1
			for k < len(el) && !el[k].is("AS") {
				k++
			}
			if k+1 < len(el) && el[k+1].is("IDENTITY") {
				j = skipExpr(el, k+2)
				continue
			}
			return "", unsupported(t.off, "generated columns")
		case t.is("IDENTITY"):
			j = skipExpr(el, j+1)
		case t.is("REFERENCES"):
			k := j + 1
			ref, k2, err := name(el, k)
			if err != nil {
				return "", err
			}
			out = append(out, "REFERENCES", quoteName(ref))
			j = k2
		case t.is("NOT", "NULL", "PRIMARY", "KEY", "UNIQUE", "CONSTRAINT", "CHECK", "ON", "DELETE", "UPDATE", "CASCADE", "SET", "RESTRICT",
			"NO", "ACTION", "MATCH", "SIMPLE", "FULL", "PARTIAL", "DEFERRABLE", "INITIALLY", "DEFERRED", "IMMEDIATE", "ASC", "DESC"):
			out = append(out, strings.ToUpper(t.s))
			j++
		case t.punct("::"):
			j += 2
		default:
			out = append(out, t.sql())
			j++
		}
	}
	return joinSQL(out), nil
}

// skipExpr skips a DEFAULT-like expression: one term (with a call's
// parentheses and casts), up to the next column constraint.
func skipExpr(el []token, j int) int {
	for j < len(el) {
		t := el[j]
		if t.k == tWord && stops[strings.ToUpper(t.s)] && !t.is("NULL", "ON") || t.is("ON") && j+1 < len(el) && el[j+1].is("UPDATE") {
			return j
		}
		if t.punct("(") {
			end, err := group(el, j)
			if err != nil {
				return len(el)
			}
			j = end + 1
			continue
		}
		if t.punct("::") { // a cast: its type is part of the term
			j += 2
			if j < len(el) && el[j].is("VARYING", "PRECISION") {
				j++
			}
			continue
		}
		j++
	}
	return j
}

// sqliteType maps a declared type to one SQLite reflection carries.
func sqliteType(words, args string) (string, string) {
	switch words {
	case "":
		return "", ""
	case "SERIAL", "BIGSERIAL", "SMALLSERIAL", "SERIAL4", "SERIAL8", "SERIAL2":
		return "INTEGER", ""
	case "INT", "INTEGER", "INT4", "MEDIUMINT", "INT8", "INT2", "TINYINT":
		return "INTEGER", ""
	case "BIGINT", "SMALLINT":
		return words, ""
	case "BOOL", "BOOLEAN", "BIT":
		return "BOOLEAN", ""
	case "CHARACTER VARYING", "VARCHAR", "NVARCHAR", "VARCHAR2", "CHAR", "CHARACTER", "NCHAR", "NATIONAL CHARACTER VARYING":
		return "VARCHAR" + args, ""
	case "TEXT", "TINYTEXT", "MEDIUMTEXT", "LONGTEXT", "CLOB", "CITEXT":
		return "TEXT", ""
	case "DATE":
		return "DATE", ""
	case "DATETIME", "TIMESTAMP", "TIMESTAMP WITHOUT TIME ZONE", "TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ":
		return "DATETIME", ""
	case "REAL", "FLOAT", "FLOAT4", "FLOAT8", "DOUBLE", "DOUBLE PRECISION":
		return "FLOAT", ""
	case "BLOB", "BYTEA", "LONGBLOB", "MEDIUMBLOB", "TINYBLOB", "BINARY", "VARBINARY":
		return "BLOB", ""
	case "NUMERIC", "DECIMAL", "MONEY":
		return "FLOAT", words + args + " is read as FLOAT: cascadelab carries no Decimal values, and the type does not change what a delete does"
	}
	if strings.HasPrefix(words, "TIME") || strings.HasPrefix(words, "INTERVAL") || words == "UUID" || words == "JSON" || words == "JSONB" || words == "ENUM" || words == "YEAR" || words == "XML" || words == "INET" {
		return "VARCHAR", words + " is read as VARCHAR: cascadelab carries its values as text, and the type does not change what a delete does"
	}
	return words + args, ""
}

// alter folds ALTER TABLE ... ADD [CONSTRAINT n] FOREIGN KEY / PRIMARY KEY /
// UNIQUE into the table; a dump's other ALTERs (OWNER TO, sequence
// defaults, MySQL's MODIFY ... AUTO_INCREMENT) say nothing about deletes.
func (p *parser) alter(st []token) error {
	if len(st) < 3 || !st[1].is("TABLE") {
		if len(st) > 1 && st[1].is("SEQUENCE") {
			return nil
		}
		return unsupported(st[0].off, "this ALTER statement")
	}
	i := 2
	for i < len(st) && st[i].is("ONLY", "IF", "EXISTS") {
		i++
	}
	n, i, err := name(st, i)
	if err != nil {
		return err
	}
	for _, action := range split(st, i, len(st)) {
		if len(action) == 0 {
			continue
		}
		switch {
		case action[0].is("ADD"):
			rest := action[1:]
			if len(rest) > 0 && rest[0].is("CONSTRAINT", "PRIMARY", "FOREIGN", "UNIQUE", "CHECK") {
				t := p.byName[n]
				if t == nil {
					return malformed(st[0].off, fmt.Sprintf("ALTER TABLE %s: the table is not created above", n))
				}
				s, err := p.element(n, rest)
				if err != nil {
					return err
				}
				t.elems = append(t.elems, s)
				continue
			}
			if len(rest) > 0 && rest[0].is("KEY", "INDEX") {
				continue
			}
			return unsupported(action[0].off, "ALTER TABLE ... ADD of a column: write the column in CREATE TABLE")
		case action[0].is("OWNER", "ALTER", "MODIFY", "ENABLE", "DISABLE", "CLUSTER", "REPLICA", "SET"):
			continue
		default:
			return unsupported(action[0].off, fmt.Sprintf("ALTER TABLE ... %s", strings.ToUpper(action[0].s)))
		}
	}
	return nil
}

// createIndex keeps CREATE [UNIQUE] INDEX name ON table (columns).
func (p *parser) createIndex(st []token) error {
	i := 1
	unique := ""
	if st[i].is("UNIQUE") {
		unique = "UNIQUE "
		i++
	}
	i++ // INDEX
	for i < len(st) && st[i].is("CONCURRENTLY", "IF", "NOT", "EXISTS") {
		i++
	}
	ix, i, err := name(st, i)
	if err != nil {
		return err
	}
	if i >= len(st) || !st[i].is("ON") {
		return malformed(st[0].off, "CREATE INDEX needs ON table (columns)")
	}
	for i++; i < len(st) && st[i].is("ONLY"); i++ {
	}
	tn, i, err := name(st, i)
	if err != nil {
		return err
	}
	for i < len(st) && !st[i].punct("(") {
		i++ // USING btree
	}
	if i >= len(st) {
		return malformed(st[0].off, "CREATE INDEX needs its columns in parentheses")
	}
	end, err := group(st, i)
	if err != nil {
		return err
	}
	var cols []string
	for _, c := range split(st, i+1, end) {
		if len(c) == 0 || c[0].k != tWord && c[0].k != tQuoted {
			return unsupported(st[i].off, "indexes on expressions")
		}
		cols = append(cols, c[0].sql())
	}
	p.indexes = append(p.indexes, Statement{"CREATE " + unique + "INDEX " + quoteName(ix) + " ON " + quoteName(tn) + " (" + strings.Join(cols, ", ") + ")", st[0].off})
	return nil
}
