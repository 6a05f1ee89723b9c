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
	fail := func(e *exc.Error) *Matrix {
		m := emptyMatrix(o)
		m.Input = "schema"
		e.File = src
		m.Error = e
		return m
	}
	at := func(off int) source.Span { return source.Span{Start: int32(off), End: int32(off)} }
	sch, err := ddl.Normalize(f.Text)
	var de *exc.Error
	if errors.As(err, &de) {
		return fail(de)
	}
	db, err := store.Open(nil)
	if err != nil {
		return fail(err.(*exc.Error)) // store.Open's one kind of error
	}
	defer db.Close()
	for _, st := range sch.Statements {
		if _, err := db.Exec(st.SQL, nil); err != nil {
			return fail(&exc.Error{Class: exc.OperationalError, Msg: fmt.Sprintf("SQLite does not accept this statement as cascadelab rewrote it: %s\n%s", err.Error(), st.SQL), Span: at(st.Offset), Err: err})
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
	bo.MaxSteps = o.share(bo.MaxSteps, o.Steps)
	res := script.Run(script.File{Name: f.Name, Text: b.String()}, bo)
	if res.Exception != nil {
		return fail(&exc.Error{Class: res.Exception.Class, Msg: "automapping the schema failed: " + res.Exception.Msg, Err: res.Exception})
	}
	var notes []source.Diagnostic
	for _, n := range sch.Notes {
		notes = append(notes, src.Diagnose(source.SevInfo, "schema", at(n.Offset), n.Msg))
	}
	return fromMappers(f, o.spent(res), res.Model.Mappers, sch.Engines, "schema", notes)
}

// fromMappers runs the variants on the declarative models that mapped
// classes without source (automap's) amount to.
func fromMappers(f script.File, o Options, ms []*orm.Mapper, engines map[string]string, input string, diags []source.Diagnostic) *Matrix {
	models, err := implied.Models(ms, engines)
	if err != nil {
		m := emptyMatrix(o)
		m.Input = input
		m.Diagnostics = append(m.Diagnostics, diags...)
		e, ok := err.(*exc.Error)
		if !ok {
			e = &exc.Error{Class: exc.InternalError, Msg: err.Error(), Err: err}
		}
		e.File = source.NewFile(f.Name, f.Text) // the models have no text yet: the input's start
		m.Error = e
		return m
	}
	name := strings.TrimSuffix(strings.TrimSuffix(f.Name, ".sql"), ".py") + "_models.py"
	m := Run(script.File{Name: name, Text: models}, o)
	m.Input, m.Schema = input, models
	m.Diagnostics = append(diags, m.Diagnostics...)
	return m
}
