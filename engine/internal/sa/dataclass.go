package sa

import (
	"sort"

	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/interp"
)

// Declarative dataclass mapping (decl_api.MappedAsDataclass, registry.
// mapped_as_dataclass, and decl_base._setup_dataclasses_transforms): a mapped
// class whose annotated attributes become the fields of a Python dataclass,
// with the dataclasses.field() arguments mapped_column() and relationship()
// take (init=, default=, default_factory=, repr=, compare=, kw_only=, hash=).

// dcArgNames maps the dataclass arguments of mapped_column() and
// relationship() to dataclasses.field()'s.
var dcArgNames = map[string]string{"init": "init", "default": "default", "default_factory": "default_factory", "repr": "repr",
	"compare": "compare", "kw_only": "kw_only", "hash": "hash", "dataclass_metadata": "metadata"}

// dcArgs are the dataclass arguments an attribute was declared with.
type dcArgs []interp.KV

// readDCArgs takes the dataclass arguments of a call; default= is one only
// for relationship(), as mapped_column() also makes it the column's default
// (which the caller reads), and it is taken as the field's default all the same.
func readDCArgs(a *args) dcArgs {
	var out dcArgs
	for _, kv := range a.c.Kw {
		if _, ok := dcArgNames[kv.Name]; ok {
			a.used[kv.Name] = true
			out = append(out, kv)
		}
	}
	return out
}

// flagged is what SQLAlchemy names when a class that is no dataclass gets
// dataclass arguments: default= counts only on a relationship().
func (d dcArgs) flagged(rel bool) []string {
	var names []string
	for _, kv := range d {
		switch kv.Name {
		case "init", "default_factory", "repr", "dataclass_metadata":
		case "default":
			if !rel {
				continue
			}
		default:
			continue
		}
		names = append(names, "'"+kv.Name+"'")
	}
	sort.Strings(names)
	return names
}

// field is _AttributeOptions._as_dataclass_field: the field() arguments, a
// default of a field left out of __init__ becoming a factory that returns it.
func (d dcArgs) field() []interp.KV {
	var out []interp.KV
	var init, def interp.Value
	hasInit, hasDef, hasFactory := false, false, false
	for _, kv := range d {
		switch kv.Name {
		case "init":
			init, hasInit = kv.Value, true
		case "default":
			def, hasDef = kv.Value, true
			continue
		case "default_factory":
			hasFactory = true
		}
		out = append(out, interp.KV{Name: dcArgNames[kv.Name], Value: kv.Value})
	}
	if hasDef {
		_, callable := def.(interp.Callable)
		if _, fn := def.(*interp.Function); fn {
			callable = true
		}
		if hasInit && init == false && !callable && !hasFactory {
			v := def
			out = append(out, interp.KV{Name: "default_factory", Value: builtin("<lambda>", func(th *interp.Thread, c *interp.Call) (interp.Value, error) { return v, nil })})
		} else {
			out = append(out, interp.KV{Name: "default", Value: def})
		}
	}
	return out
}

// dcOptionNames are the class keywords MappedAsDataclass takes.
var dcOptionNames = map[string]bool{"init": true, "repr": true, "eq": true, "order": true, "unsafe_hash": true, "match_args": true, "kw_only": true}

// dcTransforms is a class's _sa_apply_dc_transforms: its own keywords over
// those of the nearest class above it that has them; ok is false when the
// class is no declarative dataclass.
func (rt *Runtime) dcTransforms(th *interp.Thread, cls *interp.Class, body *interp.ClassBody) ([]interp.KV, bool, error) {
	var inherited []interp.KV
	found := rt.dcClasses[cls] != nil
	for _, k := range cls.MRO[1:] {
		if k == rt.mappedAsDataclass {
			found = true
		}
		if t, ok := rt.dcClasses[k]; ok && inherited == nil {
			inherited, found = t.kw, true
		}
	}
	if !found {
		return nil, false, nil
	}
	own := map[string]bool{}
	var out []interp.KV
	for i, kv := range body.Keywords {
		if !dcOptionNames[kv.Name] {
			return nil, true, unsupportedAt(th, body.KeywordSpans[i], "class keyword "+kv.Name+"= on a declarative dataclass")
		}
		own[kv.Name] = true
		out = append(out, kv)
	}
	if t := rt.dcClasses[cls]; t != nil { // registry.mapped_as_dataclass(**kw)
		for _, kv := range t.kw {
			own[kv.Name] = true
			out = append(out, kv)
		}
	}
	for _, kv := range inherited {
		if !own[kv.Name] {
			out = append(out, kv)
		}
	}
	rt.dcClasses[cls] = &dcClass{kw: out}
	return out, true, nil
}

// dcClass is what the runtime keeps of a declarative dataclass.
type dcClass struct{ kw []interp.KV }

// dcDeclared are a mapped class's annotated declarations, read before
// mapping replaces them with instrumented attributes.
func dcDeclared(cls *interp.Class, body *interp.ClassBody) map[string]interp.Value {
	out := map[string]interp.Value{}
	for _, n := range body.AnnNames {
		if v, ok := cls.Dict.GetStr(n); ok {
			out[n] = v
		}
	}
	return out
}

// makeDataclass is _setup_dataclasses_transforms: the class's annotated
// attributes, in order, become the dataclass's fields.
func (rt *Runtime) makeDataclass(th *interp.Thread, cls *interp.Class, body *interp.ClassBody, declared map[string]interp.Value, kw []interp.KV) error {
	if _, own := cls.Dict.GetStr("__dataclass_fields__"); own {
		return th.Raise(interp.ClassOf(exc.InvalidRequestError), "Class %s is already a dataclass; ensure that base classes / decorator styles of establishing dataclasses are not being mixed. This can happen if a class that inherits from 'MappedAsDataclass', even indirectly, is been mapped with '@registry.mapped_as_dataclass'", classRepr(th, cls))
	}
	for _, k := range cls.MRO[1:] {
		if k.Body != nil && len(k.Body.AnnNames) > 0 && rt.dcClasses[k] == nil && k != rt.mappedAsDataclass {
			return unsupported(th, "a declarative dataclass whose attributes come also from %s, a class that is no dataclass", k.Name)
		}
	}
	var fields []interp.HostField
	for _, n := range body.AnnNames {
		f := interp.HostField{Name: n, Type: body.Annotations[n]}
		switch d := declared[n].(type) {
		case nil:
		case *columnDef:
			if !d.mapped {
				return unsupportedAt(th, body.Spans[n], "Column() in a declarative dataclass (write mapped_column())")
			}
			f.Args = d.dc.field()
		case *relDef:
			f.Args = d.dc.field()
		default:
			return unsupportedAt(th, body.Spans[n], "a declarative dataclass attribute of type "+th.TypeName(d))
		}
		fields = append(fields, f)
	}
	err := th.MakeDataclass(cls, fields, kw)
	if e, ok := err.(*interp.Exception); ok && (e.Class == interp.TypeError || e.Class == interp.ValueError) {
		r, rerr := th.Repr(e)
		if rerr != nil {
			return rerr
		}
		wrapped := th.Raise(interp.ClassOf(exc.InvalidRequestError), "Python dataclasses error encountered when creating dataclass for '%s': %s. Please refer to Python dataclasses documentation for additional information. (Background on this error at: https://sqlalche.me/e/20/dcte)", cls.Name, r)
		wrapped.Cause = e
		return wrapped
	}
	return err
}

// checkNoDCArgs is the ArgumentError of a class that is no declarative
// dataclass but declares dataclass arguments.
func checkNoDCArgs(th *interp.Thread, cls *interp.Class, body *interp.ClassBody) error {
	for _, n := range body.Names {
		v, _ := cls.Dict.GetStr(n)
		var names []string
		switch d := v.(type) {
		case *columnDef:
			names = d.dc.flagged(false)
		case *relDef:
			names = d.dc.flagged(true)
		}
		if len(names) > 0 {
			return th.Raise(interp.ClassOf(exc.ArgumentError), "Attribute '%s' on class %s includes dataclasses argument(s): %s but class does not specify SQLAlchemy native dataclass configuration.", n, classRepr(th, cls), joinComma(names))
		}
	}
	return nil
}

func joinComma(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += ", "
		}
		out += x
	}
	return out
}

func classRepr(th *interp.Thread, cls *interp.Class) string {
	r, _ := th.Repr(cls)
	return r
}

// mappedAsDataclassClass makes sqlalchemy.orm.MappedAsDataclass: a
// declarative class deriving from it is a dataclass; a plain mixin deriving
// from it (which SQLAlchemy makes a dataclass on its own) is refused.
func (rt *Runtime) mappedAsDataclassClass() *interp.Class {
	d := interp.NewDict()
	d.SetStr("__init_subclass__", builtin("__init_subclass__", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		return nil, unsupported(th, "a MappedAsDataclass mixin that is no declarative class")
	}))
	rt.mappedAsDataclass = interp.NewClass("MappedAsDataclass", nil, d, nil)
	return rt.mappedAsDataclass
}

func firstArg(c *interp.Call) interp.Value {
	if len(c.Args) == 0 {
		return nil
	}
	return c.Args[0]
}
