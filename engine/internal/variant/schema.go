package variant

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"cascadelab/engine/internal/ddl"
	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/implied"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/script"
	"cascadelab/engine/internal/source"
	"cascadelab/engine/internal/store"
)

// Schema-first input: pasted DDL is rewritten for SQLite (package ddl),
// checked statement by statement on a scratch SQLite so its errors point
// into the DDL, created on the engine of a generated script that automaps
// it, and the classes automap makes are written as declarative models
// (package implied); the variants run on those models, as for any models.

// fromSchema runs the variants of the models a DDL text implies.
func fromSchema(f script.File, o Options) *Matrix {
	src := source.NewFile(f.Name, f.Text)
	fail := func(class *exc.Class, off int, msg string) *Matrix {
		m := emptyMatrix(o)
		m.Input = "schema"
		m.Error = &exc.Error{Class: class, Msg: msg, Span: source.Span{Start: int32(off), End: int32(off)}, File: src}
		return m
	}
	sch, err := ddl.Normalize(f.Text)
	var de *ddl.Error
	if errors.As(err, &de) {
		if de.Unsupported {
			return fail(exc.NotImplementedError, de.Offset, de.Msg)
		}
		// malformed DDL: what SQLite says of a statement it cannot parse
		return fail(exc.OperationalError, de.Offset, de.Msg)
	}
	db, err := store.Open(nil)
	if err != nil {
		return fail(exc.InternalError, 0, err.Error())
	}
	defer db.Close()
	for _, st := range sch.Statements {
		if _, err := db.Exec(st.SQL, nil); err != nil {
			return fail(exc.OperationalError, st.Offset, fmt.Sprintf("SQLite does not accept this statement as cascadelab rewrote it: %s\n%s", err.Error(), st.SQL))
		}
	}
	var b strings.Builder
	b.WriteString("from sqlalchemy import create_engine, event\nfrom sqlalchemy.ext.automap import automap_base\n\nengine = create_engine(\"sqlite://\")\n\n\n")
	b.WriteString("@event.listens_for(engine, \"connect\")\ndef create_schema(dbapi_connection, connection_record):\n")
	for _, st := range sch.Statements {
		b.WriteString("    dbapi_connection.execute(" + strconv.Quote(st.SQL) + ")\n")
	}
	b.WriteString("\n\nBase = automap_base()\nBase.prepare(autoload_with=engine)\n")
	bo := o.Run
	bo.Configure = true
	res := script.Run(script.File{Name: f.Name, Text: b.String()}, bo)
	if res.Exception != nil {
		m := fail(res.Exception.Class, 0, "automapping the schema failed: "+res.Exception.Msg)
		return m
	}
	var notes []source.Diagnostic
	for _, n := range sch.Notes {
		notes = append(notes, src.Diagnose(source.SevInfo, "schema", source.Span{Start: int32(n.Offset), End: int32(n.Offset)}, n.Msg))
	}
	return fromMappers(f, o, res.Model.Mappers, sch.Engines, "schema", notes)
}

// fromMappers runs the variants on the declarative models that mapped
// classes without source (automap's) amount to.
func fromMappers(f script.File, o Options, ms []*orm.Mapper, engines map[string]string, input string, diags []source.Diagnostic) *Matrix {
	models, err := implied.Models(ms, engines)
	if err != nil {
		m := emptyMatrix(o)
		m.Input = input
		m.Diagnostics = append(m.Diagnostics, diags...)
		m.Error = &exc.Error{Class: exc.NotImplementedError, Msg: exc.UnsupportedMsg(err.Error()), File: source.NewFile(f.Name, f.Text)}
		return m
	}
	name := strings.TrimSuffix(strings.TrimSuffix(f.Name, ".sql"), ".py") + "_models.py"
	m := Run(script.File{Name: name, Text: models}, o)
	m.Input, m.Schema = input, models
	m.Diagnostics = append(diags, m.Diagnostics...)
	return m
}
