package engine

// Matrix is every variant's result, as the page renders it and
// POST /api/run returns it (docs/variants.md).
type Matrix struct {
	Input string `json:"input"` // "models", "script", "schema" (DDL) or "automap" (a script that automaps)
	// Schema is, for DDL or an automap script, the models the tables imply
	// as declarative Python: the variants run on (and their diffs change) these.
	Schema      string         `json:"schema,omitempty"`
	Options     VariantOptions `json:"options"` // as run: defaults filled in, bounds applied
	Diagnostics []Diagnostic   `json:"diagnostics"`
	// Error is set when the models themselves cannot run; no variant ran.
	Error    *Exception `json:"error"`
	Model    *Model     `json:"model"`
	Tables   []string   `json:"tables"` // in creation order
	Target   string     `json:"target"` // the deleted row: Class and key
	Variants []*Variant `json:"variants"`
	// VariantIDs lists every variant the engine knows, in order, for
	// callers that split the work (VariantOptions.Only).
	VariantIDs []string `json:"variantIds"`
}

// Variant is one row of the matrix.
type Variant struct {
	ID          string                `json:"id"`
	Number      int                   `json:"number"`
	Title       string                `json:"title"`
	Explain     string                `json:"explain"`
	Operation   string                `json:"operation"`
	ForeignKeys bool                  `json:"foreignKeys"` // PRAGMA foreign_keys=ON in this run
	Diff        []Hunk                `json:"diff"`        // the models' change; null when none
	Script      string                `json:"script"`      // standalone SQLAlchemy 2.0 script
	Counts      map[string]Count      `json:"counts"`
	Rows        map[string]*TableRows `json:"rows"`
	Deleted     map[string]int        `json:"deleted"`
	Orphaned    map[string]int        `json:"orphaned"`
	Dangling    map[string]int        `json:"dangling"`
	SQL         []Statement           `json:"sql"` // what the delete step sent
	Log         string                `json:"log"` // the same, as echo=True prints it
	Stdout      string                `json:"stdout"`
	Error       *Exception            `json:"error"`   // uncaught in the variant's script
	Outcome     string                `json:"outcome"` // clean, orphans, dangling, error, nothing
	Verdict     string                `json:"verdict"`
	// Fixes marks a variant that fixes the user's problem (MarkFixes).
	Fixes bool `json:"fixes,omitempty"`
}

// MarkFixes marks the variants that fix the user's problem: those that
// delete cleanly where the models as written (the as-written variant)
// leave rows behind or fail; without the as-written variant nothing is
// marked. It reads only each variant's ID and Outcome, so a caller that
// splits a matrix among several runs (VariantOptions.Only), as the page
// does among its workers, marks the merged variants with one call on those
// facts; Variants marks its own.
func MarkFixes(vs []*Variant) {
	broken := false
	for _, v := range vs {
		if v.ID == "as-written" {
			broken = v.Outcome != "clean"
		}
	}
	for _, v := range vs {
		v.Fixes = broken && v.Outcome == "clean"
	}
}

// Hunk is one changed region of the models, as diff -u groups it. Starts
// are 1-based; a side without lines starts at the line before it.
type Hunk struct {
	OldStart int        `json:"oldStart"`
	OldLines int        `json:"oldLines"`
	NewStart int        `json:"newStart"`
	NewLines int        `json:"newLines"`
	Lines    []DiffLine `json:"lines"`
}

// DiffLine is one line of a hunk: Op is " " (context), "-" or "+".
type DiffLine struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// Statement is one SQL statement as it reached SQLite.
type Statement struct {
	SQL string `json:"sql"`
	// Params holds one row of values, or rows of them when Many.
	Params any  `json:"params"`
	Many   bool `json:"many"`
}

// Count is one table's rows before and after the delete step.
type Count struct {
	Before int `json:"before"`
	After  int `json:"after"`
	// Effect is what the delete did to the table: error (the variant's
	// delete raised), dangling, orphaned or deleted, the worst of its rows;
	// omitted when nothing happened to it.
	Effect string `json:"effect,omitempty"`
}

// TableRows lists a table's rows with what happened to each.
type TableRows struct {
	Columns []string `json:"columns"`
	Rows    []Row    `json:"rows"`
}

// Row is one row before and after; Status is kept, deleted, orphaned,
// dangling, updated or inserted. Values are JSON-ready: null, numbers,
// strings, booleans, {"blob": hex}.
type Row struct {
	Before []any  `json:"before"`
	After  []any  `json:"after"`
	Status string `json:"status"`
}

// Model describes the mapped tables and relationships, for the diagram.
type Model struct {
	Classes []Class `json:"classes"`
}

// Class is one mapped class.
type Class struct {
	Name          string         `json:"name"`
	Table         string         `json:"table"`
	Columns       []Column       `json:"columns"`
	Relationships []Relationship `json:"relationships"`
	Line          int            `json:"line"`
}

// Column is one column of a mapped table.
type Column struct {
	Name     string `json:"name"`
	Type     string `json:"type"`
	PK       bool   `json:"pk"`
	Nullable bool   `json:"nullable"`
	FK       string `json:"fk,omitempty"`       // "table.column"
	OnDelete string `json:"ondelete,omitempty"` // CASCADE, SET NULL, ...
}

// Relationship is one relationship() of a class.
type Relationship struct {
	Key            string   `json:"key"`
	Target         string   `json:"target"`
	Direction      string   `json:"direction"` // one-to-many, many-to-one, many-to-many
	Cascade        []string `json:"cascade"`
	PassiveDeletes string   `json:"passiveDeletes,omitempty"` // "", "True", "all"
	Secondary      string   `json:"secondary,omitempty"`
	Backref        bool     `json:"backref"` // made by the other side's backref=
	// WrongSide marks a many-to-one with delete cascade: deleting the child
	// deletes its parent (the diagnostic many-to-one-delete-cascade).
	WrongSide bool `json:"wrongSide,omitempty"`
	// WrongSideBack is, for a one-to-many, the key of a WrongSide
	// many-to-one of the target back to this class: deleting one of the
	// related rows deletes this row.
	WrongSideBack string `json:"wrongSideBack,omitempty"`
	// DeleteCascades says deleting a row of this side deletes the related
	// rows: cascade="delete", or passive_deletes leaving it to the database.
	DeleteCascades bool `json:"deleteCascades,omitempty"`
	Line           int  `json:"line"`
}
