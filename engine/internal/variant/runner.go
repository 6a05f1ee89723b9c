package variant

import (
	"cascadelab/engine/internal/exc"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"cascadelab/engine/internal/diag"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/script"
	"cascadelab/engine/internal/source"
	"cascadelab/engine/internal/store"
	"cascadelab/engine/internal/trace"
)

// MaxRows bounds the rows a generated scenario may make, so that a large
// model with many children and levels fails fast instead of running for
// minutes (in the browser a run is stopped after 5 s anyway).
const MaxRows = 20_000

// runner runs the variants of one plan.
type runner struct {
	f      script.File
	o      Options
	p      *plan
	mod    *py.Module
	file   *source.File
	setup  string // the first session, the same for every variant
	date   bool   // the setup uses date/datetime values
	first  map[*orm.Mapper]string
	tables []string
	schema map[string]*schema.Table
	site   *site                  // where a whole script deletes; nil for models
	before map[string]store.Table // the setup's rows, from the first full run, to replay
	shown  map[string]trace.Table // the same rows, as the matrix shows them
	seeds  *store.Seeds           // databases with those rows, one per schema
	fkOn   bool                   // the script turns foreign keys on itself
	// myisam are the models' mysql_engine="MyISAM" strings: MySQL never
	// enforces those tables' foreign keys, so the variants that keep the
	// engine run without them, and the ones that need them switch to InnoDB.
	myisam []py.Expr
	// deadline ends the matrix's time budget: each run gets what is left
	deadline time.Time
	// steps is what is left of Options.Steps, when it is set: each run
	// gets at most that, and what it used is taken off
	steps int64
	mu    sync.Mutex // guards before, shown, tables and steps
}

func newRunner(f script.File, o Options, p *plan, sm *script.Model, st *site, deadline time.Time, steps int64) (*runner, error) {
	r := &runner{deadline: deadline, steps: steps, f: f, o: o, p: p, mod: sm.Module, file: sm.File, schema: map[string]*schema.Table{}, site: st, seeds: store.NewSeeds(), fkOn: diag.ForeignKeysOn(sm.Module), myisam: diag.MyISAMEngines(sm.Module)}
	if st == nil {
		for _, m := range p.ms {
			if m.Inherits != nil {
				// the scenario writes one class per table
				return nil, exc.Unsupported(m.Span, fmt.Sprintf("making up rows for models with mapped class inheritance (%s inherits from %s): paste a whole script with your own rows and delete", m.Class, m.Inherits.Class))
			}
		}
		g := &gen{ms: p.ms, n: o.Children, depth: o.Depth}
		r.setup = g.setup(p.root)
		if g.err != nil {
			return nil, g.err
		}
		if g.rows > MaxRows {
			return nil, fmt.Errorf("the scenario would make %d rows (%d children per relationship, %d levels); cascadelab stops at %d: lower the children or the depth", g.rows, o.Children, o.Depth, MaxRows)
		}
		r.date, r.first = g.needDate, g.first
		if _, ok := r.first[p.target]; !ok && p.key == "" {
			return nil, fmt.Errorf("the scenario makes no %s rows: %s does not hang under %s; delete a %s instead, or name a row as %s:KEY", p.target.Class, p.target.Class, p.root.Class, p.root.Class, p.target.Class)
		}
	}
	for _, m := range p.ms {
		r.schema[m.Table.Name] = m.Table
		for _, rel := range m.Rels {
			if rel.Secondary != nil {
				r.schema[rel.Secondary.Name] = rel.Secondary
			}
		}
	}
	return r, nil
}

// applies reports whether a variant can be run: a script's own delete
// can become a bulk or raw one but not every way back, and models that
// turn foreign keys on themselves cannot run without them.
func (r *runner) applies(s spec) bool {
	if s.fk == fkOff && r.fkOn {
		return false
	}
	if r.site == nil {
		return s.op != opRemove || r.p.remove != nil
	}
	if s.op == opRemove {
		return false
	}
	return r.site.replace(&rewriter{src: r.f.Text, mod: r.mod}, s.op, r.p.target)
}

// key is the deleted row's primary key, as Python.
func (r *runner) key() string {
	if r.site != nil {
		return ""
	}
	if r.p.key != "" {
		return r.p.key
	}
	return r.first[r.p.target]
}

// scenario appends the generated session code to the (rewritten) models;
// it returns the script, the line where the setup starts and the line
// where the delete step starts.
func (r *runner) scenario(models string, s spec, fk bool) (string, int, int) {
	var b strings.Builder
	b.WriteString(strings.TrimRight(models, "\n"))
	fmt.Fprintf(&b, "\n\n\n# Scenario written by cascadelab: %s.\n", s.title)
	imports := "create_engine"
	if fk {
		imports += ", event"
	}
	if s.op == opRaw {
		imports += ", text"
	}
	b.WriteString("from sqlalchemy import " + imports + "\nfrom sqlalchemy.orm import Session\n")
	if r.date {
		b.WriteString("from datetime import date, datetime\n")
	}
	b.WriteString("\nengine = create_engine(\"sqlite://\")\n")
	if fk {
		b.WriteString("\n\n@event.listens_for(engine, \"connect\")\ndef enable_foreign_keys(dbapi_connection, connection_record):\n    dbapi_connection.execute(\"PRAGMA foreign_keys=ON\")\n\n\n")
	}
	fmt.Fprintf(&b, "%s.create_all(engine)\n\n", r.p.meta)
	setup := strings.Count(b.String(), "\n") + 1
	b.WriteString(r.setup)
	b.WriteString("\n")
	line := strings.Count(b.String(), "\n") + 1
	t := r.p.target
	key := r.key()
	switch s.op {
	case opDelete:
		v := snake(t.Class)
		fmt.Fprintf(&b, "with Session(engine) as session:\n    %s = session.get(%s, %s)\n    session.delete(%s)\n    session.commit()\n", v, t.Class, key, v)
	case opBulk:
		fmt.Fprintf(&b, "with Session(engine) as session:\n    session.query(%s).filter(%s).delete()\n    session.commit()\n", t.Class, pkFilter(t, key))
	case opRaw:
		fmt.Fprintf(&b, "with engine.begin() as connection:\n    connection.execute(text(%q))\n", "DELETE FROM "+schema.Quote(t.Table.Name)+" WHERE "+pkWhere(t, key))
	case opRemove:
		v := snake(t.Class)
		c := r.p.remove.coll.Key
		fmt.Fprintf(&b, "with Session(engine) as session:\n    %s = session.get(%s, %s)\n    %s.%s.remove(%s.%s[0])\n    session.commit()\n", v, t.Class, key, v, c, v, c)
	}
	return b.String(), setup, line
}

// run runs one variant. A panic in any of its phases (rewrite, diff, run,
// classify, render) becomes this variant's InternalError, naming the phase
// and keeping the script it was given, so one bad input never costs the
// other variants or the process (variants run on their own goroutines).
func (r *runner) run(s spec) (v *Variant) {
	v = &Variant{
		ID: s.id, Title: s.title, Explain: s.explain, Operation: opNames[s.op], ForeignKeys: s.fk == fkOn || (s.fk == fkAsWritten && (r.o.ForeignKeys && r.site == nil && len(r.myisam) == 0 || r.fkOn)),
		Script: r.f.Text,
		Counts: map[string]Count{}, Rows: map[string]*TableRows{},
		Deleted: map[string]int{}, Orphaned: map[string]int{}, Dangling: map[string]int{},
		SQL: []trace.Statement{},
	}
	if len(r.myisam) > 0 && s.fk == fkAsWritten && r.site == nil {
		v.Explain += " The tables use MySQL's MyISAM engine, which ignores foreign keys: this runs without them, as MySQL would."
	}
	if r.site != nil && s.change == nil && s.fk == fkAsWritten && s.op == r.site.kind {
		v.Title += " (your script)"
	}
	phase := ""
	enter := func(p string) {
		phase = p
		if injectPanic != nil {
			injectPanic(p, s.id)
		}
	}
	defer func() {
		if p := recover(); p != nil {
			v.Error = &exc.Error{Class: exc.InternalError, Msg: fmt.Sprintf("internal error in cascadelab (%s phase of variant %s): %v; the variant's script is attached, please report it", phase, s.id, p)}
			v.Outcome = "error"
			v.Verdict = errText(v.Error) + "."
		}
	}()
	enter("rewrite")
	w := &rewriter{src: r.f.Text, mod: r.mod}
	if s.change != nil {
		s.change(w, r.p)
	}
	if s.fk == fkOn {
		for _, e := range r.myisam {
			w.add(e.Span().Start, e.Span().End, `"InnoDB"`)
		}
	}
	var text, models string
	var line, setup int
	if r.site != nil {
		fk := s.fk == fkOn
		if fk {
			at := headerAt(r.mod)
			w.add(at, at, foreignKeysHeader)
		}
		r.site.replace(w, s.op, r.p.target)
		text = w.apply()
		models = text
		line = strings.Count(text[:w.shift(r.site.stmt.Span().Start)], "\n") + 1
	} else {
		models = w.apply()
		text, setup, line = r.scenario(models, s, s.fk == fkOn || (s.fk == fkAsWritten && r.o.ForeignKeys && len(r.myisam) == 0))
	}
	v.Script = text
	enter("diff")
	v.Diff = diffHunks(r.f.Text, models)
	enter("run")
	if time.Until(r.deadline) <= 0 {
		v.Outcome = "skipped"
		v.Verdict = fmt.Sprintf("Not run: the variants before it spent the time budget (%v for the whole matrix).", r.o.Run.Timeout)
		return v
	}
	if r.o.Steps > 0 && r.stepsLeft() <= 0 {
		v.Outcome = "skipped"
		v.Verdict = fmt.Sprintf("Not run: the variants before it spent the step budget (%d steps for the whole matrix).", r.o.Steps)
		return v
	}
	res, shown := r.exec(script.File{Name: r.f.Name, Text: text}, setup, line)
	v.Stdout, v.Error = res.Trace.Stdout, res.Exception
	r.mu.Lock()
	if r.tables == nil {
		r.tables = r.tableOrder(shown, res.Trace.Tables)
	}
	r.mu.Unlock()
	if res.Snapshot == nil {
		// the setup itself failed: there is no before
		v.Outcome = "error"
		v.Verdict = "The scenario could not be set up: " + errText(res.Exception)
		return v
	}
	enter("classify")
	v.SQL = append(v.SQL, res.Trace.Statements[res.Snapshot.Statements:]...)
	r.classify(v, shown, res.Trace.Tables)
	enter("render")
	v.Log = trace.EchoLog(v.SQL)
	r.verdict(v, s)
	return v
}

// exec runs a variant's script, taking the snapshot where its delete step
// starts (line); with a generated setup (from line setup on) it loads the
// first run's rows instead of running the setup again, unless they do not fit,
// and starts from a copy of a database with the same schema and those rows
// when an earlier variant made one. It returns the rows at the snapshot too,
// as the matrix shows them.
func (r *runner) exec(file script.File, setup, line int) (script.Result, map[string]trace.Table) {
	opts := r.o.Run
	opts.Timeout = max(time.Until(r.deadline), time.Millisecond) // 0 would mean the default
	opts.SnapshotLine = line
	r.mu.Lock()
	before, shown := r.before, r.shown
	r.mu.Unlock()
	if before != nil && setup > 0 {
		opts.Replay = &script.Replay{From: setup, Order: r.tables, Tables: before, Seeds: r.seeds}
		if res := r.script(file, opts); res.ReplayFailed == nil {
			return res, shown
		}
		opts.Replay = nil
	}
	opts.Seed = before == nil && setup > 0
	res := r.script(file, opts)
	shown = nil
	if res.Snapshot != nil {
		shown = store.TraceTables(res.Snapshot.Tables)
	}
	r.mu.Lock()
	if r.before == nil && res.Snapshot != nil && setup > 0 {
		r.before, r.shown = res.Snapshot.Tables, shown
		r.seeds.Add(res.Snapshot.Seed)
	}
	r.mu.Unlock()
	return res, shown
}

// script runs a variant's script within what is left of the matrix's
// steps, and takes off what it used.
func (r *runner) script(file script.File, opts script.Options) script.Result {
	opts.MaxSteps = r.o.share(opts.MaxSteps, r.stepsLeft())
	res := script.Run(file, opts)
	r.mu.Lock()
	r.steps -= res.Steps
	r.mu.Unlock()
	return res
}

func (r *runner) stepsLeft() int64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.steps
}

// injectPanic, set by tests only, panics on entering a phase of a variant.
var injectPanic func(phase, variant string)

func errText(e *exc.Error) string {
	if e == nil {
		return "no error"
	}
	return e.Headline()
}

// tableOrder lists the tables a run had, before or after, in the order
// create_all makes them: as the models' MetaData sorts them, referenced
// tables first; tables the models do not know come last, by name.
func (r *runner) tableOrder(have ...map[string]trace.Table) []string {
	out := []string{}
	seen := map[string]bool{}
	var metas []*schema.MetaData
	for _, m := range r.p.ms {
		md := m.Table.MetaData
		if md == nil || slices.Contains(metas, md) {
			continue
		}
		metas = append(metas, md)
		for _, t := range md.SortedTables() {
			for _, h := range have {
				if _, ok := h[t.Name]; ok && !seen[t.Name] {
					seen[t.Name] = true
					out = append(out, t.Name)
				}
			}
		}
	}
	var rest []string
	for _, h := range have {
		for n := range h {
			if !seen[n] {
				seen[n] = true
				rest = append(rest, n)
			}
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}

// classify compares each table's rows before and after, by primary key.
func (r *runner) classify(v *Variant, before, after map[string]trace.Table) {
	names := append([]string(nil), r.tables...)
	for n := range after {
		if !contains(names, n) {
			names = append(names, n)
		}
	}
	// referenced values present after, for dangling checks: "table.column" -> values
	present := func(tbl, col string, in map[string]trace.Table) map[string]bool {
		t, ok := in[tbl]
		out := map[string]bool{}
		if !ok {
			return out
		}
		i := indexOfStr(t.Columns, col)
		for _, row := range t.Rows {
			if i >= 0 {
				out[valueKey(row[i])] = true
			}
		}
		return out
	}
	for _, name := range names {
		b, a := before[name], after[name]
		cols := a.Columns
		if cols == nil {
			cols = b.Columns
		}
		// a script may change the table after its delete (ALTER TABLE):
		// its rows show in the columns it ends with and compare on the
		// columns it had before
		brows, had := project(b, cols)
		v.Counts[name] = Count{Before: len(b.Rows), After: len(a.Rows)}
		tr := &TableRows{Columns: cols, Rows: []Row{}}
		v.Rows[name] = tr
		keyOf := r.keyFunc(name, cols)
		afterBy := map[string][]trace.Value{}
		for _, row := range a.Rows {
			afterBy[keyOf(row)] = row
		}
		type fkRef struct {
			col    int
			before map[string]bool
			after  map[string]bool
		}
		var fks []fkRef
		if t := r.schema[name]; t != nil {
			for _, c := range t.Columns {
				for _, fk := range c.FKs {
					if fk.Column == nil {
						continue
					}
					fks = append(fks, fkRef{indexOfStr(cols, c.Name), present(fk.Column.Table.Name, fk.Column.Name, before), present(fk.Column.Table.Name, fk.Column.Name, after)})
				}
			}
		}
		seen := map[string]bool{}
		for _, row := range brows {
			k := keyOf(row)
			seen[k] = true
			ar, ok := afterBy[k]
			if !ok {
				tr.Rows = append(tr.Rows, Row{Before: row, Status: "deleted"})
				v.Deleted[name]++
				continue
			}
			status := "kept"
			for i := range row {
				if had[i] && valueKey(row[i]) != valueKey(ar[i]) {
					status = "updated"
				}
			}
			for _, fk := range fks {
				if fk.col < 0 {
					continue
				}
				was, now := row[fk.col], ar[fk.col]
				switch {
				case was != nil && now == nil:
					status = "orphaned"
				case now != nil && fk.before[valueKey(now)] && !fk.after[valueKey(now)]:
					status = "dangling"
				}
				if status == "orphaned" || status == "dangling" {
					break
				}
			}
			switch status {
			case "orphaned":
				v.Orphaned[name]++
			case "dangling":
				v.Dangling[name]++
			}
			tr.Rows = append(tr.Rows, Row{Before: row, After: ar, Status: status})
		}
		for _, row := range a.Rows {
			if !seen[keyOf(row)] {
				tr.Rows = append(tr.Rows, Row{After: row, Status: "inserted"})
			}
		}
	}
}

// keyFunc identifies a row by its primary key, or by all its values.
func (r *runner) keyFunc(table string, cols []string) func([]trace.Value) string {
	var idx []int
	if t := r.schema[table]; t != nil {
		for _, c := range t.PrimaryKey {
			if i := indexOfStr(cols, c.Name); i >= 0 {
				idx = append(idx, i)
			}
		}
	}
	return func(row []trace.Value) string {
		var parts []string
		if len(idx) == 0 {
			for _, v := range row {
				parts = append(parts, valueKey(v))
			}
		}
		for _, i := range idx {
			parts = append(parts, valueKey(row[i]))
		}
		return strings.Join(parts, "\x00")
	}
}

// valueKey identifies a value cheaply; values of different types differ.
func valueKey(v trace.Value) string {
	switch v := v.(type) {
	case nil:
		return "n"
	case int64:
		return "i" + strconv.FormatInt(v, 10)
	case string:
		return "s" + v
	case trace.Float:
		if f := float64(v); f == float64(int64(f)) {
			return "i" + strconv.FormatInt(int64(f), 10) // 1.0 == 1, as SQLite compares
		}
		return "f" + strconv.FormatFloat(float64(v), 'g', -1, 64)
	case bool:
		if v {
			return "i1"
		}
		return "i0"
	}
	return "x" + trace.Repr(v)
}

// project gives t's rows in the columns cols, nil where t has no such
// column, and which of cols t has.
func project(t trace.Table, cols []string) ([][]trace.Value, []bool) {
	idx := make([]int, len(cols))
	had := make([]bool, len(cols))
	same := len(cols) == len(t.Columns)
	for i, c := range cols {
		idx[i] = indexOfStr(t.Columns, c)
		had[i] = idx[i] >= 0
		same = same && idx[i] == i
	}
	if same {
		return t.Rows, had
	}
	rows := make([][]trace.Value, len(t.Rows))
	for r, row := range t.Rows {
		rows[r] = make([]trace.Value, len(cols))
		for i, j := range idx {
			if j >= 0 {
				rows[r][i] = row[j]
			}
		}
	}
	return rows, had
}

func indexOfStr(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// verdict sums the variant up in one line of plain words.
func (r *runner) verdict(v *Variant, s spec) {
	count := func(m map[string]int) (n int, parts []string) {
		for _, t := range r.tables {
			if m[t] > 0 {
				n += m[t]
				parts = append(parts, fmt.Sprintf("%d %s", m[t], plural(t, m[t])))
			}
		}
		return
	}
	nDel, del := count(v.Deleted)
	nOrph, orph := count(v.Orphaned)
	nDang, dang := count(v.Dangling)
	switch {
	case v.Error != nil && nDel == 0:
		v.Outcome = "error"
		v.Verdict = fmt.Sprintf("%s: nothing was deleted, the transaction was rolled back.", errText(v.Error))
		return
	case nDel == 0 && nOrph == 0 && nDang == 0:
		v.Outcome = "nothing"
		v.Verdict = "Nothing was deleted."
		return
	}
	var b strings.Builder
	if nDel > 0 {
		b.WriteString("Deleted " + joinWords(del))
	} else {
		b.WriteString("Deleted nothing")
	}
	switch {
	case nDang > 0:
		v.Outcome = "dangling"
		fmt.Fprintf(&b, "; %s still point at a deleted row (dangling)", joinWords(dang))
		if nOrph > 0 {
			fmt.Fprintf(&b, " and %s lost their parent (foreign key set to NULL)", joinWords(orph))
		}
	case nOrph > 0:
		v.Outcome = "orphans"
		fmt.Fprintf(&b, "; %s survived with their foreign key set to NULL (orphans)", joinWords(orph))
	default:
		v.Outcome = "clean"
		b.WriteString(", nothing left behind")
	}
	if v.Error != nil {
		v.Outcome = "error"
		fmt.Fprintf(&b, "; then %s", errText(v.Error))
	}
	v.Verdict = b.String() + "."
}

func plural(table string, n int) string {
	if n == 1 {
		return table + " row"
	}
	return table + " rows"
}

func joinWords(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}
