package schema

import "strings"

// The SQLite dialect reads constraint names and ON DELETE/ON UPDATE from
// the CREATE TABLE text SQLite keeps, with regular expressions that accept
// only single spaces in places; these scanners accept exactly what those
// expressions accept (the engine keeps regexp out of the wasm build), so a
// foreign key written inline (`parent_id INTEGER REFERENCES parent(id) ON
// DELETE CASCADE`) loses its ON DELETE on reflection, as in SQLAlchemy.

// FKClause is one FOREIGN KEY clause found in a table's SQL.
type FKClause struct {
	Name                any // string, or nil when unnamed
	Columns, RefColumns []string
	RefTable            string
	OnDelete, OnUpdate  string
	// DBOnDelete and DBOnUpdate are PRAGMA foreign_key_list\'s actions.
	DBOnDelete, DBOnUpdate string
}

type scanner struct {
	s string
	i int
}

func isWord(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// kw consumes word case-insensitively.
func (p *scanner) kw(word string) bool {
	if len(p.s)-p.i >= len(word) && strings.EqualFold(p.s[p.i:p.i+len(word)], word) {
		p.i += len(word)
		return true
	}
	return false
}

// spaces consumes literal spaces and reports how many.
func (p *scanner) spaces() int {
	n := 0
	for p.i < len(p.s) && p.s[p.i] == ' ' {
		p.i++
		n++
	}
	return n
}

// name reads "quoted" (.+? up to the next quote) or a run of [a-z0-9_].
func (p *scanner) name() (string, bool) {
	if p.i < len(p.s) && p.s[p.i] == '"' {
		end := strings.IndexByte(p.s[p.i+1:], '"')
		if end <= 0 || strings.Contains(p.s[p.i+1:p.i+1+end], "\n") {
			return "", false
		}
		n := p.s[p.i+1 : p.i+1+end]
		p.i += end + 2
		return n, true
	}
	start := p.i
	for p.i < len(p.s) && isWord(p.s[p.i]) {
		p.i++
	}
	return p.s[start:p.i], p.i > start
}

// SigColumns is _find_cols_in_sig: the quoted names and word runs of a list.
func SigColumns(sig string) []string {
	var out []string
	p := &scanner{s: sig}
	for p.i < len(p.s) {
		if n, ok := p.name(); ok {
			out = append(out, n)
			continue
		}
		p.i++
	}
	return out
}

// constraintName looks back from a clause at pos for `CONSTRAINT +name +`
// starting at or after from.
func constraintName(s string, pos, from int) (any, int) {
	j := pos
	for j > from && s[j-1] == ' ' {
		j--
	}
	if j == pos {
		return nil, pos
	}
	var name string
	if j > from && s[j-1] == '"' {
		k := strings.LastIndexByte(s[from:j-1], '"')
		if k < 0 {
			return nil, pos
		}
		name, j = s[from+k+1:j-1], from+k
	} else {
		k := j
		for k > from && isWord(s[k-1]) {
			k--
		}
		if k == j {
			return nil, pos
		}
		name, j = s[k:j], k
	}
	k := j
	for k > from && s[k-1] == ' ' {
		k--
	}
	if k == j || k-from < len("CONSTRAINT") || !strings.EqualFold(s[k-len("CONSTRAINT"):k], "CONSTRAINT") {
		return nil, pos
	}
	return name, k - len("CONSTRAINT")
}

// FKClauses finds the FOREIGN KEY clauses of a CREATE TABLE text the way
// the dialect's FK_PATTERN does.
func FKClauses(sql string) []FKClause {
	var out []FKClause
	from := 0
	for {
		at := indexFold(sql, "FOREIGN KEY", from)
		if at < 0 {
			return out
		}
		c, end, ok := fkClauseAt(sql, at)
		if !ok {
			from = at + 1
			continue
		}
		c.Name, _ = constraintName(sql, at, from)
		out = append(out, c)
		from = end
	}
}

func fkClauseAt(sql string, at int) (FKClause, int, bool) {
	var c FKClause
	p := &scanner{s: sql, i: at + len("FOREIGN KEY")}
	p.spaces()
	if !p.kw("(") {
		return c, 0, false
	}
	p.spaces()
	close := strings.IndexByte(sql[p.i:], ')')
	if close <= 0 || strings.Contains(sql[p.i:p.i+close], "\n") {
		return c, 0, false
	}
	c.Columns = SigColumns(strings.TrimRight(sql[p.i:p.i+close], " "))
	p.i += close + 1
	if p.spaces() == 0 || !p.kw("REFERENCES") || p.spaces() == 0 {
		return c, 0, false
	}
	ref, ok := p.name()
	if !ok {
		return c, 0, false
	}
	c.RefTable = ref
	p.spaces()
	if !p.kw("(") {
		return c, 0, false
	}
	p.spaces()
	start := p.i
	for {
		if _, ok := p.name(); !ok {
			break
		}
		p.spaces()
		if p.kw(",") {
			p.spaces()
		}
	}
	if p.i == start || !p.kw(")") {
		return c, 0, false
	}
	c.RefColumns = SigColumns(sql[start : p.i-1])
	p.spaces()
	for {
		save := p.i
		if !p.kw("ON ") {
			break
		}
		var which *string
		switch {
		case p.kw("DELETE "):
			which = &c.OnDelete
		case p.kw("UPDATE "):
			which = &c.OnUpdate
		default:
			p.i = save
		}
		if which == nil {
			break
		}
		action := ""
		for _, a := range []string{"SET NULL", "SET DEFAULT", "CASCADE", "RESTRICT", "NO ACTION"} {
			if p.kw(a) {
				action = a
				break
			}
		}
		if action == "" {
			p.i = save
			break
		}
		if action != "NO ACTION" {
			*which = action
		} else {
			*which = ""
		}
		p.spaces()
	}
	return c, p.i, true
}

func indexFold(s, sub string, from int) int {
	for i := from; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// UniqueClause is a UNIQUE constraint found in a table's SQL.
type UniqueClause struct {
	Name    any
	Columns []string
}

// UniqueClauses finds UNIQUE (cols) clauses (UNIQUE_PATTERN), then inline
// `name TYPE ... UNIQUE` column constraints (INLINE_UNIQUE_PATTERN).
func UniqueClauses(sql string) []UniqueClause {
	var out []UniqueClause
	from := 0
	for {
		at := indexFold(sql, "UNIQUE", from)
		if at < 0 {
			break
		}
		p := &scanner{s: sql, i: at + len("UNIQUE")}
		p.spaces()
		close := strings.IndexByte(sql[p.i:], ')')
		if !p.kw("(") || close <= 1 || strings.Contains(sql[p.i:p.i+close-1], "\n") {
			from = at + 1
			continue
		}
		name, _ := constraintName(sql, at, from)
		out = append(out, UniqueClause{Name: name, Columns: SigColumns(sql[p.i : p.i+close-1])})
		from = p.i + close
	}
	from = 0
	for {
		at := indexFold(sql, "UNIQUE", from)
		if at < 0 {
			return out
		}
		from = at + 1
		if col, ok := inlineUnique(sql, at); ok {
			out = append(out, UniqueClause{Columns: SigColumns(col)})
		}
	}
}

// inlineUnique walks back from UNIQUE over blank-separated words: the
// first of at least two is the column name.
func inlineUnique(s string, at int) (string, bool) {
	blank := func(c byte) bool { return c == ' ' || c == '\t' }
	j := at
	words := 0
	first := ""
	for {
		k := j
		for k > 0 && blank(s[k-1]) {
			k--
		}
		if k == j {
			break
		}
		e := k
		for k > 0 && isWord(s[k-1]) {
			k--
		}
		if k == e {
			// a quoted, bracketed or back-ticked name may start the run
			if e > 0 && (s[e-1] == '"' || s[e-1] == ']' || s[e-1] == '`') && words >= 1 {
				open := map[byte]byte{'"': '"', ']': '[', '`': '`'}[s[e-1]]
				if o := strings.LastIndexByte(s[:e-1], open); o >= 0 {
					return s[o:e], true
				}
			}
			break
		}
		words++
		first = s[k:e]
		j = k
		if k > 0 && (s[k-1] == '[' || s[k-1] == '`') {
			break
		}
	}
	return first, words >= 2
}

// PKConstraintName is the name in `CONSTRAINT name PRIMARY KEY`, or nil.
func PKConstraintName(sql string) any {
	from := 0
	for {
		at := indexFold(sql, "PRIMARY KEY", from)
		if at < 0 {
			return nil
		}
		if n, _ := constraintName(sql, at, 0); n != nil {
			return n
		}
		from = at + 1
	}
}
