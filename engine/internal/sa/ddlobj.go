package sa

import (
	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/schema"
)

// sqliteDialect is sqlalchemy.dialects.sqlite.dialect(): what compile()
// takes as dialect= to compile for SQLite, as a SQLite engine's bind does.
type sqliteDialect struct{}

func (sqliteDialect) TypeName() string { return "SQLiteDialect_pysqlite" }

// createTableObj is sqlalchemy.schema.CreateTable(table): its compile() for
// SQLite is the DDL create_all() runs.
type createTableObj struct{ t *tableObj }

func (c *createTableObj) TypeName() string { return "CreateTable" }

func (c *createTableObj) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	if name != "compile" {
		return nil, false, nil
	}
	return builtin("CreateTable.compile", func(th *interp.Thread, call *interp.Call) (interp.Value, error) {
		a := newArgs(th, call, "compile")
		bind, _ := a.get(0, "bind")
		dialect, _ := a.get(1, "dialect")
		if err := a.check(2); err != nil {
			return nil, err
		}
		_, isEngine := bind.(*Engine)
		_, isSQLite := dialect.(sqliteDialect)
		if !isEngine && !isSQLite {
			return nil, unsupported(th, "CreateTable.compile() other than for SQLite (give it an engine or dialect=sqlite.dialect())")
		}
		// the foreign keys resolve against the table's MetaData, as create_all's do
		if err := c.t.md.md.Resolve(); err != nil {
			return nil, th.Raise(interp.ClassOf(exc.NoReferencedTableError), "%s", err.(*schema.ResolveError).Msg)
		}
		return &ddlCompiled{text: schema.CreateTableText(c.t.t)}, nil
	}), true, nil
}

// ddlCompiled is a compiled DDL statement: its str() is the DDL text.
type ddlCompiled struct{ text string }

func (d *ddlCompiled) TypeName() string                      { return "SQLiteDDLCompiler" }
func (d *ddlCompiled) Str(th *interp.Thread) (string, error) { return d.text, nil }

// newCreateTable is CreateTable(table).
func newCreateTable(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	a := newArgs(th, c, "CreateTable")
	t, _ := a.get(0, "element")
	if err := a.check(1); err != nil {
		return nil, err
	}
	to, ok := t.(*tableObj)
	if !ok {
		return nil, unsupported(th, "CreateTable() of %s", th.TypeName(t))
	}
	return &createTableObj{t: to}, nil
}
