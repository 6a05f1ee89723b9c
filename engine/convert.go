package engine

import (
	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/source"
	"cascadelab/engine/internal/trace"
	"cascadelab/engine/internal/variant"
)

// The phases' results become the facade's types here, and only here.

func diagnostics(text string, ds []source.Diagnostic) []Diagnostic {
	out := make([]Diagnostic, len(ds))
	for i, d := range ds {
		out[i] = diagnostic(text, d)
	}
	return out
}

// diagnostic converts d, whose byte offsets point into text.
func diagnostic(text string, d source.Diagnostic) Diagnostic {
	return Diagnostic{
		Severity: string(d.Severity), Code: d.Code, Message: d.Message, Fix: d.Fix, File: d.File,
		Line: d.Line, Col: d.Col, Start: utf16Offset(text, d.Start), End: utf16Offset(text, d.End),
		LineText: d.LineText, Lesson: d.Lesson,
	}
}

// utf16Offset turns a byte offset into text into a count of UTF-16 code
// units, the unit of JavaScript strings (and so of the page's editor).
func utf16Offset(text string, off int32) int {
	off = min(max(off, 0), int32(len(text)))
	n := 0
	for _, r := range text[:off] {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// raised is ds with e, an uncaught exception, marked where it was raised,
// last: the one place an exception becomes a diagnostic. An exception
// without a place (an engine bug) is not marked.
func raised(ds []Diagnostic, e *exc.Error) []Diagnostic {
	if e == nil || e.File == nil {
		return ds
	}
	return append(ds, diagnostic(e.File.Text, e.File.Diagnose(source.SevError, e.Class.Name, e.Span, e.Headline())))
}

func exception(e *exc.Error) *Exception {
	if e == nil {
		return nil
	}
	p := e.Pos()
	return &Exception{Class: e.Class.Name, Message: e.Msg, Line: p.Line, Col: p.Col, Traceback: e.Traceback, err: e}
}

func matrix(f File, m *variant.Matrix) *Matrix {
	o := m.Options
	out := &Matrix{
		Input:       m.Input,
		Schema:      m.Schema,
		Options:     VariantOptions{Children: o.Children, Depth: o.Depth, Delete: o.Delete, ForeignKeys: o.ForeignKeys, Only: o.Only},
		Diagnostics: []Diagnostic{},
		Error:       exception(m.Error),
		Model:       model(m.Model),
		Tables:      m.Tables,
		Target:      m.Target,
		Variants:    make([]*Variant, len(m.Variants)),
		VariantIDs:  m.VariantIDs,
	}
	// a schema's diagnostics point into the DDL (f) or into the models it
	// implies (m.Schema, another file name)
	for _, d := range m.Diagnostics {
		text := f.Text
		if d.File != f.Name && m.Schema != "" {
			text = m.Schema
		}
		out.Diagnostics = append(out.Diagnostics, diagnostic(text, d))
	}
	if m.Raised {
		out.Diagnostics = raised(out.Diagnostics, m.Error)
	}
	for i, v := range m.Variants {
		out.Variants[i] = &Variant{
			ID: v.ID, Number: v.Number, Title: v.Title, Explain: v.Explain, Operation: v.Operation,
			ForeignKeys: v.ForeignKeys, Diff: hunks(v.Diff), Script: v.Script,
			Counts: map[string]Count{}, Rows: map[string]*TableRows{},
			Deleted: v.Deleted, Orphaned: v.Orphaned, Dangling: v.Dangling,
			SQL: make([]Statement, len(v.SQL)), Log: v.Log, Stdout: v.Stdout,
			Error: exception(v.Error), Outcome: v.Outcome, Verdict: v.Verdict,
		}
		for t, c := range v.Counts {
			out.Variants[i].Counts[t] = Count{Before: c.Before, After: c.After, Effect: v.Effect(t)}
		}
		for t, rs := range v.Rows {
			tr := &TableRows{Columns: rs.Columns, Rows: make([]Row, len(rs.Rows))}
			for k, r := range rs.Rows {
				tr.Rows[k] = Row{Before: values(r.Before), After: values(r.After), Status: r.Status}
			}
			out.Variants[i].Rows[t] = tr
		}
		for k, s := range v.SQL {
			out.Variants[i].SQL[k] = Statement{SQL: s.SQL, Params: s.Params, Many: s.Many}
		}
	}
	return out
}

func values(vs []trace.Value) []any {
	if vs == nil {
		return nil
	}
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}

func hunks(hs []variant.Hunk) []Hunk {
	if hs == nil {
		return nil
	}
	out := make([]Hunk, len(hs))
	for i, h := range hs {
		out[i] = Hunk{OldStart: h.OldStart, OldLines: h.OldLines, NewStart: h.NewStart, NewLines: h.NewLines, Lines: make([]DiffLine, len(h.Lines))}
		for k, l := range h.Lines {
			out[i].Lines[k] = DiffLine{Op: string(l.Op), Text: l.Text}
		}
	}
	return out
}

func model(m *variant.Model) *Model {
	if m == nil {
		return nil
	}
	out := &Model{Classes: make([]Class, len(m.Classes))}
	for i, c := range m.Classes {
		cc := Class{Name: c.Name, Table: c.Table, Line: c.Line, Columns: make([]Column, len(c.Columns)), Relationships: make([]Relationship, len(c.Relationships))}
		for k, col := range c.Columns {
			cc.Columns[k] = Column(col)
		}
		for k, r := range c.Relationships {
			cc.Relationships[k] = Relationship(r)
		}
		out.Classes[i] = cc
	}
	return out
}
