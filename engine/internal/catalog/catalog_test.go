package catalog

import "testing"

func TestCatalog(t *testing.T) {
	for i, c := range []struct {
		got, want Answer
	}{
		{ModuleAttr("sqlalchemy", "insert"), Has},
		{ModuleAttr("sqlalchemy", "inserts"), Lacks},
		{ModuleAttr("sqlalchemy.orm", "declared_attr"), Has},
		{ModuleAttr("sqlalchemy.orm", "_private"), Unknown},
		{ModuleAttr("sqlalchemy.ext", "associationproxy"), Has},
		{ModuleAttr("nosuch", "x"), Unknown},
		{ModuleAttr("typing", "Annotated"), Has},
		{TypeAttr("Session", "bulk_save_objects"), Has},
		{TypeAttr("Session", "bulk_save_object"), Lacks},
		{TypeAttr("Select", "join"), Has},
		{TypeAttr("str", "partition"), Has},
		{TypeAttr("str", "startwith"), Lacks},
		{TypeAttr("Nosuch", "x"), Unknown},
		{TypeAttr("int", "__len__"), Lacks},
		{TypeAttr("int", "__add__"), Has},
		{TypeAttr("int", "__hash__"), Has}, // object's
		{TypeAttr("function", "__wrapped__"), Lacks},
		{TypeAttr("Session", "__len__"), Unknown},
		{TypeAttr("int", "_private"), Unknown},
		{TypeAttr("InstrumentedAttribute", "type"), Unknown},
		{Module("sqlalchemy.ext.associationproxy"), Has},
		{Module("sqlalchemy.ext.nosuch"), Lacks},
		{Module("operator"), Has},
		{Module("numpy"), Unknown},
	} {
		if c.got != c.want {
			t.Errorf("case %d: got %d, want %d", i, c.got, c.want)
		}
	}
}
