package variant

import (
	"fmt"
	"strings"

	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/schema"
)

// plan is what the variants change and delete, read from the model.
type plan struct {
	ms     []*orm.Mapper
	root   *orm.Mapper
	target *orm.Mapper // the class whose row is deleted
	key    string      // its primary key, as Python
	edges  []edge      // one-to-many edges under target, recursively
	links  []edge      // many-to-many edges from those mappers
	remove *edge       // the collection one child is removed from
	meta   string      // the Python expression of the models' MetaData
}

func newPlan(ms []*orm.Mapper, mod *py.Module, o Options) (*plan, error) {
	p := &plan{ms: ms, root: root(ms)}
	p.target = p.root
	if o.Delete != "" {
		class, key, _ := strings.Cut(o.Delete, ":")
		p.target = nil
		for _, m := range ms {
			if m.Class == class {
				p.target = m
			}
		}
		if p.target == nil {
			var names []string
			for _, m := range ms {
				names = append(names, m.Class)
			}
			return nil, fmt.Errorf("there is no mapped class %q to delete from; the models map %s", class, strings.Join(names, ", "))
		}
		p.key = strings.TrimSpace(key)
	}
	for _, m := range reach(ms, p.target) {
		for _, e := range childEdges(ms, m) {
			if e.m2m() {
				p.links = append(p.links, e)
			} else {
				p.edges = append(p.edges, e)
			}
		}
	}
	for i, e := range p.edges {
		if e.from == p.target && e.coll != nil && e.coll.Uselist {
			p.remove = &p.edges[i]
			break
		}
	}
	p.meta = metadataExpr(mod, ms)
	return p, nil
}

// metadataExpr finds how the models name their MetaData: Base.metadata for
// a declarative base, db.metadata for Flask-SQLAlchemy.
func metadataExpr(mod *py.Module, ms []*orm.Mapper) string {
	for _, s := range mod.Body {
		switch s := s.(type) {
		case *py.Assign:
			c, ok := s.Value.(*py.Call)
			n, isName := s.Targets[0].(*py.Name)
			if !ok || !isName {
				continue
			}
			switch c.Callee() {
			case "declarative_base", "SQLAlchemy":
				return n.Id + ".metadata"
			}
		case *py.ClassDef:
			for _, b := range s.Bases {
				if name := py.LastName(b); name == "DeclarativeBase" || name == "DeclarativeBaseNoMeta" {
					return s.Name + ".metadata"
				}
			}
		}
	}
	return ms[0].Class + ".metadata"
}

// pkFilter is the primary key comparison for a query on m: Parent.id == 1.
func pkFilter(m *orm.Mapper, key string) string {
	vals := splitKey(key, len(m.Table.PrimaryKey))
	var parts []string
	for i, c := range m.Table.PrimaryKey {
		parts = append(parts, fmt.Sprintf("%s.%s == %s", m.Class, m.ColKey(c), vals[i]))
	}
	return strings.Join(parts, ", ")
}

// pkWhere is the primary key condition in SQL: id = 1.
func pkWhere(m *orm.Mapper, key string) string {
	vals := splitKey(key, len(m.Table.PrimaryKey))
	var parts []string
	for i, c := range m.Table.PrimaryKey {
		v := vals[i]
		if strings.HasPrefix(v, `"`) { // a Python string literal becomes an SQL one
			v = "'" + strings.ReplaceAll(strings.Trim(v, `"`), "'", "''") + "'"
		}
		parts = append(parts, schema.Quote(c.Name)+" = "+v)
	}
	return strings.Join(parts, " AND ")
}

func splitKey(key string, n int) []string {
	if n == 1 {
		return []string{key}
	}
	parts := strings.Split(strings.Trim(key, "()"), ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	for len(parts) < n {
		parts = append(parts, "None")
	}
	return parts
}
