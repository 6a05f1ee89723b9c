package diag

import (
	"path/filepath"
	"strings"
	"testing"

	"cascadelab/engine/internal/script"
)

const header = `from sqlalchemy import Column, Integer, ForeignKey, create_engine, event
from sqlalchemy.orm import declarative_base, relationship, backref, Session

Base = declarative_base()

`

// check runs the models (configuring the mappers) and then the rules.
func check(t *testing.T, src string) []string {
	t.Helper()
	res := script.Run(script.File{Name: "m.py", Text: header + src}, script.Options{Configure: true})
	if res.Model == nil {
		t.Fatalf("did not parse: %v", res.Diagnostics)
	}
	mappers := res.Model.Mappers
	if !res.Model.Configured {
		mappers = nil
	}
	var out []string
	for _, d := range Check(res.Model.File, res.Model.Module, mappers) {
		if d.Fix == "" || d.Lesson == "" || d.Line == 0 {
			t.Errorf("%s lacks a fix, a lesson or a position: %+v", d.Code, d)
		}
		if m, _ := filepath.Glob("../../../lessons/*-" + d.Lesson + ".md"); len(m) != 1 {
			t.Errorf("%s links to lesson %q, which lessons/ does not have", d.Code, d.Lesson)
		}
		out = append(out, d.Code+"@"+strings.TrimSpace(d.LineText))
	}
	return out
}

func models(parentRel, childFK, childRel string) string {
	return `class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
` + parentRel + `

class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    parent_id = ` + childFK + `
` + childRel + "\n"
}

const pragma = `
engine = create_engine("sqlite://")

@event.listens_for(engine, "connect")
def fk(dbapi_connection, record):
    dbapi_connection.execute("PRAGMA foreign_keys=ON")
`

func TestRules(t *testing.T) {
	fk := `Column(Integer, ForeignKey("parent.id"))`
	fkCascade := `Column(Integer, ForeignKey("parent.id", ondelete="CASCADE"))`
	o2m := `    children = relationship("Child", back_populates="parent")`
	m2o := `    parent = relationship("Parent", back_populates="children")`
	cases := []struct {
		rule       string
		bad, fixed string
		line       string // the flagged line, trimmed
	}{
		{ManyToOneDelete,
			models("", fk, `    parent = relationship("Parent", cascade="all,delete", backref="children")`),
			models("", fk, `    parent = relationship("Parent", backref=backref("children", cascade="all, delete-orphan"))`),
			`parent = relationship("Parent", cascade="all,delete", backref="children")`},
		{OndeleteNoPassive,
			models(o2m, fkCascade, m2o) + pragma,
			models(`    children = relationship("Child", back_populates="parent", passive_deletes=True)`, fkCascade, m2o) + pragma,
			`parent_id = Column(Integer, ForeignKey("parent.id", ondelete="CASCADE"))`},
		{PassiveNoOndelete,
			models(`    children = relationship("Child", back_populates="parent", passive_deletes=True)`, fk, m2o),
			models(`    children = relationship("Child", back_populates="parent", passive_deletes=True)`, fkCascade, m2o) + pragma,
			`children = relationship("Child", back_populates="parent", passive_deletes=True)`},
		{SQLiteForeignKeys,
			models(`    children = relationship("Child", back_populates="parent", passive_deletes=True)`, fkCascade, m2o),
			models(`    children = relationship("Child", back_populates="parent", passive_deletes=True)`, fkCascade, m2o) + pragma,
			`parent_id = Column(Integer, ForeignKey("parent.id", ondelete="CASCADE"))`},
		{DeleteWithoutOrphan,
			models(`    children = relationship("Child", back_populates="parent", cascade="all, delete")`, fk, m2o) + "p = Parent()\np.children.remove(p.children[0]) if p.children else None\n",
			models(`    children = relationship("Child", back_populates="parent", cascade="all, delete-orphan")`, fk, m2o) + "p = Parent()\np.children.remove(p.children[0]) if p.children else None\n",
			`children = relationship("Child", back_populates="parent", cascade="all, delete")`},
		{NotNullWithoutCascade,
			models(o2m, `Column(Integer, ForeignKey("parent.id"), nullable=False)`, m2o),
			models(`    children = relationship("Child", back_populates="parent", cascade="all, delete-orphan")`, `Column(Integer, ForeignKey("parent.id"), nullable=False)`, m2o),
			`parent_id = Column(Integer, ForeignKey("parent.id"), nullable=False)`},
		{BulkSkipsCascade,
			models(`    children = relationship("Child", back_populates="parent", cascade="all, delete-orphan")`, fk, m2o) + "session = Session(create_engine('sqlite://'))\nsession.query(Parent).filter(Parent.id == 1).delete()\n",
			models(`    children = relationship("Child", back_populates="parent", cascade="all, delete-orphan")`, fk, m2o) + "session = Session(create_engine('sqlite://'))\nsession.delete(session.get(Parent, 1))\n",
			`session.query(Parent).filter(Parent.id == 1).delete()`},
		{BackPopulates,
			models(`    children = relationship("Child", back_populates="parent")`, fk, `    parent = relationship("Parent", back_populates="kids")`),
			models(o2m, fk, m2o),
			`children = relationship("Child", back_populates="parent")`},
		{MyISAM,
			models(o2m, fk, m2o+"\n    __table_args__ = {\"mysql_engine\": \"MyISAM\"}"),
			models(o2m, fk, m2o+"\n    __table_args__ = {\"mysql_engine\": \"InnoDB\"}"),
			`__table_args__ = {"mysql_engine": "MyISAM"}`},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			want := c.rule + "@" + c.line
			found := false
			for _, d := range check(t, c.bad) {
				found = found || d == want
			}
			if !found {
				t.Errorf("bad model: want %s, got %v", want, check(t, c.bad))
			}
			for _, d := range check(t, c.fixed) {
				if strings.HasPrefix(d, c.rule+"@") {
					t.Errorf("fixed model still fires %s", d)
				}
			}
		})
	}
}

// A clean model says nothing at all.
func TestCleanModelIsQuiet(t *testing.T) {
	src := models(`    children = relationship("Child", back_populates="parent", cascade="all, delete-orphan", passive_deletes=True)`,
		`Column(Integer, ForeignKey("parent.id", ondelete="CASCADE"), nullable=False)`,
		`    parent = relationship("Parent", back_populates="children")`) + pragma
	if got := check(t, src); len(got) != 0 {
		t.Errorf("clean model fires %v", got)
	}
}
