package model_test

import (
	"testing"

	"cascadelab/engine/internal/model"
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/script"
)

const src = `from sqlalchemy import Column, Integer, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, backref
Base = declarative_base()
class A(Base):
    __tablename__ = "a"
    id = Column(Integer, primary_key=True)
class B(Base):
    __tablename__ = "b"
    id = Column(Integer, primary_key=True)
    a_id = Column(Integer, ForeignKey("a.id"))
    a = relationship(A, backref=backref("bs", cascade="all"))
class C(Base):
    __tablename__ = "c"
    id = Column(Integer, primary_key=True)
    a_id = Column(Integer, ForeignKey("a.id"))
    a = relationship("A", backref="cs")
`

// Each relationship points back at the text that declared it: its own
// relationship(...), the backref(...) inside the other side's call, or the
// other side's backref="name".
func TestRelCall(t *testing.T) {
	res := script.Run(script.File{Name: "m.py", Text: src}, script.Options{Configure: true})
	if res.Exception != nil || res.Model == nil || len(res.Model.Mappers) != 3 {
		t.Fatalf("run: %+v", res.Exception)
	}
	mappers := map[string]*orm.Mapper{}
	for _, m := range res.Model.Mappers {
		mappers[m.Class] = m
	}
	for _, c := range []struct{ class, key, call, kw string }{
		{"B", "a", `relationship(A, backref=backref("bs", cascade="all"))`, ""},
		{"A", "bs", `backref("bs", cascade="all")`, ""},
		{"C", "a", `relationship("A", backref="cs")`, ""},
		{"A", "cs", "", `backref="cs"`},
	} {
		call, kw := model.RelCall(res.Model.Module, mappers[c.class].Rel(c.key))
		var gotCall, gotKw string
		if call != nil {
			gotCall = src[call.Span().Start:call.Span().End]
		}
		if kw != nil {
			gotKw = src[kw.Span().Start:kw.Span().End]
		}
		if gotCall != c.call || gotKw != c.kw {
			t.Errorf("%s.%s: call %q keyword %q, want %q %q", c.class, c.key, gotCall, gotKw, c.call, c.kw)
		}
	}
}
