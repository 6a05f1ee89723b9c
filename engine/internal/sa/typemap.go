package sa

import (
	"strings"

	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/schema"
)

// resolveType is registry._resolve_type: the SQL type of Python type pt
// in a Mapped[] annotation, from the registry's type_annotation_map, then
// SQLAlchemy's own map (sqltypes._type_map); a class is looked up along
// its MRO but only an entry for the class itself resolves it (an enum
// class excepted). With fallbacks a NewType resolves as its supertype.
func (r *registry) resolveType(th *interp.Thread, pt interp.Value, fallbacks bool) (schema.Type, bool, error) {
	search := []interp.Value{pt}
	if c, ok := pt.(*interp.Class); ok {
		search = search[:0]
		for _, k := range c.MRO {
			search = append(search, k)
		}
	}
	for _, k := range search {
		if r.typeMap != nil {
			v, ok, err := r.typeMap.Get(th, k)
			if err != nil {
				return schema.Type{}, false, err
			}
			if ok {
				t, isType := asType(v)
				if !isType {
					return schema.Type{}, false, unsupported(th, "a type_annotation_map value of type %s", th.TypeName(v))
				}
				if k != pt {
					return schema.Type{}, false, unsupported(th, "a type_annotation_map entry for %s matching its subclass %s", th.TypeName(k), th.TypeName(pt))
				}
				return t, true, nil
			}
		}
		t, ok, err := defaultType(th, k, pt)
		if ok || err != nil {
			return t, ok, err
		}
	}
	if nt, ok := pt.(*interp.NewType); ok && fallbacks {
		return r.resolveType(th, nt.Super, false)
	}
	return schema.Type{}, false, nil
}

// defaultType is SQLAlchemy's own type for Python type k, met looking up
// pt (sqltypes._type_map, and an Enum's _resolve_for_python_type).
func defaultType(th *interp.Thread, k, pt interp.Value) (schema.Type, bool, error) {
	if k != pt {
		return schema.Type{}, false, nil // a supertype's entry never resolves a plain subclass
	}
	switch k {
	case interp.TypeInt:
		return schema.Type{Name: "Integer", Affinity: schema.AffInteger}, true, nil
	case interp.TypeStr:
		return schema.Type{Name: "String", Affinity: schema.AffText}, true, nil
	case interp.TypeBool:
		return schema.Type{Name: "Boolean", Affinity: schema.AffBool}, true, nil
	case interp.TypeFloat:
		return schema.Type{Name: "Float", Affinity: schema.AffFloat}, true, nil
	case interp.TypeDecimal:
		return schema.NumericType("Numeric"), true, nil
	case interp.TypeBytes:
		return schema.Type{Name: "LargeBinary", Affinity: schema.AffBlob}, true, nil
	case interp.TypeDate:
		return schema.Type{Name: "Date", Affinity: schema.AffDate}, true, nil
	case interp.TypeDateTime:
		return schema.Type{Name: "DateTime", Affinity: schema.AffDateTime}, true, nil
	case interp.TypeUUID:
		return schema.Type{Name: "Uuid", Affinity: schema.AffText}, true, nil
	}
	if g, ok := k.(*interp.Generic); ok && g.Origin == "Literal" && len(g.Args) > 0 {
		// Literal["a", "b"] is a string Enum of its values
		var bad []string
		for _, a := range g.Args {
			if _, isStr := a.(string); !isStr {
				r, err := th.Repr(a)
				if err != nil {
					return schema.Type{}, false, err
				}
				bad = append(bad, r)
			}
		}
		if bad != nil {
			return schema.Type{}, false, th.Raise(interp.ClassOf(exc.ArgumentError), "Can't create string-based Enum datatype from non-string values: %s.  Please provide an explicit Enum datatype for this Python type", strings.Join(bad, ", "))
		}
		t, err := newEnumType(th, &interp.Call{Args: g.Args})
		if err != nil {
			return schema.Type{}, false, err
		}
		return t.(*typeInst).t, true, nil
	}
	if _, _, ok := interp.EnumMembers(k); ok {
		t, err := newEnumType(th, &interp.Call{Args: []interp.Value{k}})
		if err != nil {
			return schema.Type{}, false, err
		}
		return t.(*typeInst).t, true, nil
	}
	return schema.Type{}, false, nil
}
