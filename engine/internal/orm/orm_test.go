package orm

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/source"
	"cascadelab/engine/internal/trace"
)

// seedModel builds the seed question's Parent/Child with the relationship on
// Child (cascade="all,delete", backref="children"), as the SQLAlchemy layer would.
func seedModel(t *testing.T, cascadeOnParent bool) (*Mapper, *Mapper, *schema.MetaData) {
	md := schema.NewMetaData()
	pt := schema.NewTable("parent", source.Span{})
	intType := schema.Type{Name: "Integer", Affinity: schema.AffInteger}
	pid := &schema.Column{Name: "id", Type: intType, PrimaryKey: true, Typed: true}
	pt.AddColumn(pid)
	ct := schema.NewTable("child", source.Span{})
	cid := &schema.Column{Name: "id", Type: intType, PrimaryKey: true, Typed: true}
	cfk := &schema.Column{Name: "parentid", Type: intType, Nullable: true, Typed: true, FKs: []*schema.ForeignKey{{Target: "parent.id"}}}
	ct.AddColumn(cid)
	ct.AddColumn(cfk)
	ct.AttachFKs(cfk, []string{""}, []string{""}, []string{""})
	md.Add(pt)
	md.Add(ct)
	if err := md.Resolve(); err != nil {
		t.Fatal(err)
	}
	pm := NewMapper("Parent", pt, source.Span{})
	pm.AddColumn("id", pid)
	cm := NewMapper("Child", ct, source.Span{})
	cm.AddColumn("id", cid)
	cm.AddColumn("parentid", cfk)
	all, _ := ParseCascade("all,delete")
	m2o := &Relationship{Key: "parent", Target: pm, Cascade: DefaultCascade, Lazy: "select"}
	o2m := &Relationship{Key: "children", Target: cm, Cascade: DefaultCascade, Lazy: "select"}
	if cascadeOnParent {
		o2m.Cascade = all
	} else {
		m2o.Cascade = all
	}
	cm.AddRelationship(m2o)
	pm.AddRelationship(o2m)
	m2o.Reverse, o2m.Reverse = o2m, m2o
	for _, r := range []*Relationship{m2o, o2m} {
		if err := r.Configure(RelSpec{}); err != nil {
			t.Fatal(err)
		}
	}
	return pm, cm, md
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestSeedDeleteParent(t *testing.T) {
	for _, onParent := range []bool{false, true} {
		t.Run(fmt.Sprint("cascadeOnParent=", onParent), func(t *testing.T) {
			pm, cm, md := seedModel(t, onParent)
			var log []trace.Statement
			e := NewEngine(&log)
			for _, tb := range md.SortedTables() {
				_, err := e.Exec(schema.CreateTable(tb), nil)
				must(t, err)
			}
			log = nil
			s := NewSession(e)
			p := NewState(pm)
			r := pm.Rel("children")
			for i := 0; i < 3; i++ {
				must(t, p.Append(r, NewState(cm)))
			}
			must(t, s.Add(p))
			must(t, s.Commit())
			must(t, s.Delete(p))
			must(t, s.Commit())
			var got []string
			for _, st := range log {
				b, _ := json.Marshal(st.Params)
				got = append(got, st.SQL+" "+string(b))
			}
			want := []string{
				`INSERT INTO parent DEFAULT VALUES []`,
				`INSERT INTO child (parentid) VALUES (?) RETURNING id [[1]]`,
				`INSERT INTO child (parentid) VALUES (?) RETURNING id [[1]]`,
				`INSERT INTO child (parentid) VALUES (?) RETURNING id [[1]]`,
				`SELECT parent.id AS parent_id FROM parent WHERE parent.id = ? [1]`,
				`SELECT child.id AS child_id, child.parentid AS child_parentid FROM child WHERE ? = child.parentid [1]`,
				`UPDATE child SET parentid=? WHERE child.id = ? [[null,1],[null,2],[null,3]]`,
				`DELETE FROM parent WHERE parent.id = ? [1]`,
			}
			if onParent {
				want[6] = `DELETE FROM child WHERE child.id = ? [[1],[2],[3]]`
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("statements:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}
