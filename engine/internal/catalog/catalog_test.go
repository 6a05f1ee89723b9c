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
		{TypeAttr("int", "_private"), Lacks}, // int has no private names
		{TypeAttr("Decimal", "_private"), Unknown},
		{TypeAttr("InstrumentedAttribute", "type"), Unknown},
		{Module("sqlalchemy.ext.associationproxy"), Has},
		{Module("sqlalchemy.ext.nosuch"), Lacks},
		{Module("operator"), Has},
		{Module("numpy"), Unknown},
		{TypeAttr("Decimal", "ln"), Has},
		{TypeAttr("Decimal", "nosuch"), Lacks},
		{TypeAttr("Decimal", "__abs__"), Has},
		{TypeAttr("Decimal", "__len__"), Lacks},
		{TypeAttr("Formatter", "formatTime"), Has}, // logging's and string's merged
		{TypeAttr("Formatter", "vformat"), Has},
		{TypeAttr("Logger", "handlers"), Has}, // set by __init__
	} {
		if c.got != c.want {
			t.Errorf("case %d: got %d, want %d", i, c.got, c.want)
		}
	}
	for _, c := range [][2]string{{"Decimal", "decimal.Decimal"}, {"UUID", "UUID"}, {"deque", "collections.deque"}, {"Counter", "Counter"}} {
		if got := FullName(c[0]); got != c[1] {
			t.Errorf("FullName(%s) = %s, want %s", c[0], got, c[1])
		}
	}
}
