package implied_test

import (
	"errors"
	"sort"
	"strconv"
	"strings"
	"testing"

	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/implied"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/script"
)

// automapped runs automap on a database made by ddl and returns the
// classes it maps, as the variants get them for pasted DDL.
func automapped(t *testing.T, ddl ...string) []*orm.Mapper {
	t.Helper()
	var b strings.Builder
	b.WriteString("from sqlalchemy import create_engine, event\nfrom sqlalchemy.ext.automap import automap_base\nengine = create_engine('sqlite://')\n")
	b.WriteString("@event.listens_for(engine, 'connect')\ndef create_schema(dbapi_connection, connection_record):\n")
	for _, s := range ddl {
		b.WriteString("    dbapi_connection.execute(" + strconv.Quote(s) + ")\n")
	}
	b.WriteString("Base = automap_base()\nBase.prepare(autoload_with=engine)\n")
	res := script.Run(script.File{Name: "a.py", Text: b.String()}, script.Options{Configure: true})
	if res.Exception != nil {
		t.Fatalf("automap: %v", res.Exception)
	}
	return res.Model.Mappers
}

// expectModels checks that the models written for ddl contain each of
// want's lines, and that they run and map the same tables and columns as
// automap did.
func expectModels(t *testing.T, ddl []string, engines map[string]string, want ...string) {
	t.Helper()
	ms := automapped(t, ddl...)
	got, err := implied.Models(ms, engines)
	if err != nil {
		t.Fatalf("Models(%q): %v", ddl, err)
	}
	for _, w := range want {
		if !strings.Contains(got, w+"\n") {
			t.Errorf("Models(%q) has no line %q:\n%s", ddl, w, got)
		}
	}
	res := script.Run(script.File{Name: "m.py", Text: got}, script.Options{Configure: true})
	if res.Exception != nil {
		t.Fatalf("the models do not run: %v\n%s", res.Exception, got)
	}
	if a, b := tables(ms), tables(res.Model.Mappers); a != b {
		t.Errorf("the models map %s, automap mapped %s:\n%s", b, a, got)
	}
}

// tables lists the mapped tables with their columns, in name order.
func tables(ms []*orm.Mapper) string {
	var out []string
	for _, m := range ms {
		var cols []string
		for _, c := range m.Table.Columns {
			cols = append(cols, c.Name)
		}
		out = append(out, m.Table.Name+"("+strings.Join(cols, ",")+")")
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

func expectRefusal(t *testing.T, ddl []string, msg string) {
	t.Helper()
	_, err := implied.Models(automapped(t, ddl...), nil)
	var e *exc.Error
	if !errors.As(err, &e) || !errors.Is(e, exc.Refusal) || e.Msg != exc.UnsupportedMsg(msg) {
		t.Errorf("Models(%q): %v, want %q", ddl, err, msg)
	}
}

const (
	parent = "CREATE TABLE parent (id INTEGER PRIMARY KEY, name VARCHAR(20))"
	child  = "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id) ON DELETE CASCADE)"
)

func TestModels(t *testing.T) {
	expectModels(t, []string{parent}, nil, "class Parent(Base):", `    __tablename__ = "parent"`, "    id = Column(Integer, primary_key=True)", "    name = Column(String(20))")
	expectModels(t, []string{child, parent}, nil, `    parent_id = Column(Integer, ForeignKey("parent.id", ondelete="CASCADE"))`)
	expectModels(t, []string{parent, child}, map[string]string{"child": "MyISAM"}, `    __table_args__ = {"mysql_engine": "MyISAM"}`)
	expectModels(t, []string{parent, "CREATE TABLE tag (id INTEGER PRIMARY KEY)",
		"CREATE TABLE parent_tag (parent_id INTEGER REFERENCES parent(id), tag_id INTEGER REFERENCES tag(id), PRIMARY KEY (parent_id, tag_id))"}, nil,
		`parent_tag_table = Table(`)
	expectModels(t, []string{"CREATE TABLE node (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES node(id))"}, nil, "class Node(Base):")
	expectModels(t, []string{"CREATE TABLE \"my-things\" (id INTEGER PRIMARY KEY, \"class\" TEXT, at DATETIME, ok BOOLEAN, n BIGINT, x REAL, b BLOB, d DATE)"}, nil,
		"class MyThings(Base):", `    class_ = Column("class", Text)`)
}

func TestModelsRefuses(t *testing.T) {
	expectRefusal(t, []string{"CREATE TABLE p (id INTEGER PRIMARY KEY, v)"}, "the column p.v of type NullType")
}
