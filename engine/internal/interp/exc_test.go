package interp

import (
	"testing"

	"cascadelab/engine/internal/exc"
)

// Every class of package exc is a Python class with its base first in its MRO.
func TestExceptionClasses(t *testing.T) {
	for _, c := range append(append(exc.Builtins, exc.StepLimitExceeded, exc.InternalError), exc.SQLAlchemy...) {
		k := ClassOf(c)
		if k.Name != c.Name || !k.exc {
			t.Errorf("%s: got %s (exception %v)", c, k.Name, k.exc)
		}
		if c.Base != nil && (len(k.MRO) < 2 || k.MRO[1] != ClassOf(c.Base)) {
			t.Errorf("%s: MRO %v does not start with %s", c, k.MRO, c.Base)
		}
	}
	if !KeyError.IsSubclass(LookupError) || !ClassOf(exc.IntegrityError).IsSubclass(ClassOf(exc.SQLAlchemyError)) || TypeError.IsSubclass(ValueError) {
		t.Error("hierarchy")
	}
	defer func() {
		if recover() == nil {
			t.Error("a class missing from the lists must panic, not be nil")
		}
	}()
	ClassOf(&exc.Class{Name: "Unlisted", Base: exc.Exception})
}
