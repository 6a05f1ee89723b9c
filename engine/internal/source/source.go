// Package source holds what every phase needs to talk about a place in the
// user's text: byte spans, a line index to turn them into line:col, and the
// diagnostics the engine reports back.
package source

import (
	"fmt"
	"sort"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) in one file.
type Span struct {
	Start int32 // byte offset
	End   int32 // byte offset, exclusive
}

// Pos is a human position.
type Pos struct {
	Line int // 1-based
	Col  int // 1-based, in runes
}

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// File is one input file and its line index, built once.
type File struct {
	Name  string
	Text  string
	lines []int32 // byte offset of the start of each line
}

// NewFile indexes text for position lookups.
func NewFile(name, text string) *File {
	f := &File{Name: name, Text: text, lines: []int32{0}}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			f.lines = append(f.lines, int32(i+1))
		}
	}
	return f
}

// Position turns a byte offset into line:col. Offsets outside the text are clamped.
func (f *File) Position(off int32) Pos {
	if off < 0 {
		off = 0
	}
	if int(off) > len(f.Text) {
		off = int32(len(f.Text))
	}
	line := sort.Search(len(f.lines), func(i int) bool { return f.lines[i] > off }) - 1
	start := f.lines[line]
	return Pos{Line: line + 1, Col: utf8.RuneCountInString(f.Text[start:off]) + 1}
}

// LineText returns the text of the 1-based line, without its newline.
func (f *File) LineText(line int) string {
	if line < 1 || line > len(f.lines) {
		return ""
	}
	start := f.lines[line-1]
	end := int32(len(f.Text))
	if line < len(f.lines) {
		end = f.lines[line] - 1
	}
	s := f.Text[start:end]
	if len(s) > 0 && s[len(s)-1] == '\r' {
		s = s[:len(s)-1]
	}
	return s
}

// Severity says how bad a diagnostic is.
type Severity string

const (
	SevError   Severity = "error"
	SevWarning Severity = "warning"
	SevInfo    Severity = "info"
)

// Diagnostic is a message about a place in the user's text.
type Diagnostic struct {
	Severity Severity `json:"severity"`
	Code     string   `json:"code,omitempty"` // rule id or Python exception class
	Message  string   `json:"message"`
	Fix      string   `json:"fix,omitempty"` // what to do about it, in plain words
	File     string   `json:"file"`
	Line     int      `json:"line"`  // 1-based
	Col      int      `json:"col"`   // 1-based, in runes
	Start    int32    `json:"start"` // byte offset
	End      int32    `json:"end"`   // byte offset, exclusive
	LineText string   `json:"lineText,omitempty"`
	Lesson   string   `json:"lesson,omitempty"` // slug of the lesson that explains it
}

// Diagnose builds a diagnostic for span in f.
func (f *File) Diagnose(sev Severity, code string, span Span, msg string) Diagnostic {
	p := f.Position(span.Start)
	return Diagnostic{
		Severity: sev, Code: code, Message: msg, File: f.Name,
		Line: p.Line, Col: p.Col,
		Start: span.Start, End: span.End, LineText: f.LineText(p.Line),
	}
}
