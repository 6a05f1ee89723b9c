package interp

import (
	"cascadelab/engine/internal/catalog"
	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/source"
	"fmt"
	"math/big"
	"strings"
)

func (th *Thread) makeFunction(name string, args *py.Arguments, body []py.Stmt, expr py.Expr, sc *scope, span source.Span) (*Function, error) {
	fn := &Function{Name: name, Args: args, Body: body, Expr: expr, Span: span, qualname: th.qualify(name, sc)}
	if sc.class && th.classBody != nil {
		th.classBody.funcs = append(th.classBody.funcs, fn)
	}
	if th.infos == nil {
		th.infos = map[*py.Arguments]*funcInfo{}
	}
	if fn.info = th.infos[args]; fn.info == nil {
		fn.info = analyze(args, body, expr)
		th.infos[args] = fn.info
	}
	// a function defined in a class body does not see the class's names
	fn.scope = sc
	for fn.scope != nil && fn.scope.class {
		fn.scope = fn.scope.parent
	}
	for _, d := range args.Defaults {
		v, err := th.eval(d, sc)
		if err != nil {
			return nil, err
		}
		fn.Defaults = append(fn.Defaults, v)
	}
	for _, d := range args.KwDefs {
		if d == nil {
			fn.KwDefs = append(fn.KwDefs, missing{})
			continue
		}
		v, err := th.eval(d, sc)
		if err != nil {
			return nil, err
		}
		fn.KwDefs = append(fn.KwDefs, v)
	}
	return fn, nil
}

type missing struct{}

func (th *Thread) callExpr(e *py.Call, sc *scope) (Value, error) {
	// super() without arguments needs the enclosing method's class and self
	if n, ok := e.Func.(*py.Name); ok && n.Id == "super" && len(e.Args) == 0 {
		if _, shadowed := th.lookup("super", sc); shadowed {
			if v, _ := th.lookup("super", sc); v == builtins["super"] {
				return th.zeroArgSuper(sc, e.Span())
			}
		}
	}
	fn, err := th.eval(e.Func, sc)
	if err != nil {
		return nil, err
	}
	// dir() without arguments lists the names of the scope it is called in
	if fn == builtins["dir"] && len(e.Args) == 0 && len(e.Keywords) == 0 {
		return th.scopeNames(sc), nil
	}
	if fn == builtins["globals"] && len(e.Args) == 0 && len(e.Keywords) == 0 {
		th.cur = e.Span()
		return th.globalsView(), nil
	}
	if fn == builtins["locals"] && len(e.Args) == 0 && len(e.Keywords) == 0 {
		th.cur = e.Span()
		return th.locals(sc)
	}
	args, err := th.evalElts(e.Args, sc)
	if err != nil {
		return nil, err
	}
	var kw []KV
	for _, k := range e.Keywords {
		v, err := th.eval(k.Value, sc)
		if err != nil {
			return nil, err
		}
		if k.Arg == "" {
			d, ok, err := th.toMapping(v)
			if err != nil {
				return nil, err
			}
			if !ok {
				th.cur = k.Span()
				return nil, th.Raise(TypeError, "%s argument after ** must be a mapping, not %s", funcStr(fn), typeName(v))
			}
			for i, key := range d.keys {
				s, ok := key.(string)
				if !ok {
					return nil, th.Raise(TypeError, "keywords must be strings")
				}
				kw = append(kw, KV{s, d.vals[i]})
			}
			continue
		}
		kw = append(kw, KV{k.Arg, v})
	}
	th.cur = e.Span()
	for i := range kw {
		for _, prev := range kw[:i] {
			if prev.Name == kw[i].Name {
				return nil, th.Raise(TypeError, "%s got multiple values for keyword argument '%s'", funcStr(fn), kw[i].Name)
			}
		}
	}
	return th.call(fn, &Call{Args: args, Kw: kw, Span: e.Span()})
}

// funcStr names a callable as CPython's messages about calls do.
func funcStr(fn Value) string {
	switch f := fn.(type) {
	case *Function:
		return "__main__." + f.qualname + "()"
	case *boundMethod:
		return funcStr(f.fn)
	case *Builtin:
		return f.Name + "()"
	case *Class:
		if m := f.moduleName(); m != "builtins" {
			q := f.Name
			if f.qualname != "" {
				q = f.qualname
			}
			return m + "." + q + "()"
		}
		return f.Name + "()"
	case *builtinType:
		return f.name + "()"
	}
	return typeName(fn) + " object"
}

// Call calls any callable with positional and keyword arguments.
func (th *Thread) Call(fn Value, args []Value, kw []KV) (Value, error) {
	return th.call(fn, &Call{Args: args, Kw: kw, Span: th.cur})
}

func (th *Thread) call(fn Value, c *Call) (Value, error) {
	if err := th.step(c.Span); err != nil {
		return nil, err
	}
	switch f := fn.(type) {
	case *Function:
		return th.callFunction(f, c.Args, c.Kw)
	case *boundMethod:
		return th.call(f.fn, &Call{Args: append([]Value{f.self}, c.Args...), Kw: c.Kw, Span: c.Span})
	case *Builtin:
		if err := th.checkKw(f.qual, c.Kw); err != nil {
			return nil, err
		}
		return f.Fn(th, c)
	case *Class:
		if f.enum != nil {
			return th.enumCall(f, c)
		}
		return th.instantiate(f, c)
	case *builtinType:
		if f.call == nil {
			return nil, th.Raise(TypeError, "cannot create '%s' instances", f.name)
		}
		if err := th.checkKw(f.name, c.Kw); err != nil {
			return nil, err
		}
		return f.call(th, c)
	case Callable:
		return f.CallHost(th, c)
	case *Instance:
		if m, ok := f.Class.Lookup("__call__"); ok {
			return th.call(m, &Call{Args: append([]Value{f}, c.Args...), Kw: c.Kw, Span: c.Span})
		}
	}
	return nil, th.Raise(TypeError, "'%s' object is not callable", typeName(fn))
}

func (th *Thread) callFunction(f *Function, args []Value, kw []KV) (Value, error) {
	sc := newScope(f.scope)
	sc.info, sc.fn = f.info, f
	a := f.Args
	nPos := len(a.Args)
	if len(args) > nPos && a.Vararg == nil {
		return nil, th.tooManyPositional(f, len(args), kw)
	}
	for i, arg := range a.Args {
		if i < len(args) {
			sc.vars[arg.Name] = args[i]
		}
	}
	if a.Vararg != nil {
		var rest Tuple
		if len(args) > nPos {
			rest = append(rest, args[nPos:]...)
		}
		sc.vars[a.Vararg.Name] = rest
	}
	var extra *Dict
	if a.Kwarg != nil {
		extra = NewDict()
		sc.vars[a.Kwarg.Name] = extra
	}
	if extra == nil && a.PosOnly > 0 {
		var posOnly []string
		for _, k := range kw {
			for _, arg := range a.Args[:a.PosOnly] {
				if arg.Name == k.Name {
					posOnly = append(posOnly, k.Name)
				}
			}
		}
		if len(posOnly) > 0 {
			return nil, th.Raise(TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'", f.qualname, strings.Join(posOnly, ", "))
		}
	}
	for _, k := range kw {
		found := false
		for i, arg := range a.Args {
			if i < a.PosOnly {
				continue
			}
			if arg.Name == k.Name {
				if i < len(args) {
					return nil, th.Raise(TypeError, "%s() got multiple values for argument '%s'", f.qualname, k.Name)
				}
				found = true
			}
		}
		for _, arg := range a.KwOnly {
			if arg.Name == k.Name {
				found = true
			}
		}
		if found {
			sc.vars[k.Name] = k.Value
			continue
		}
		if extra == nil {
			return nil, th.Raise(TypeError, "%s() got an unexpected keyword argument '%s'", f.qualname, k.Name)
		}
		extra.SetStr(k.Name, k.Value)
	}
	firstDef := nPos - len(f.Defaults)
	var missingNames []string
	for i, arg := range a.Args {
		if _, ok := sc.vars[arg.Name]; ok {
			continue
		}
		if i >= firstDef {
			sc.vars[arg.Name] = f.Defaults[i-firstDef]
			continue
		}
		missingNames = append(missingNames, "'"+arg.Name+"'")
	}
	if len(missingNames) > 0 {
		return nil, th.Raise(TypeError, "%s() missing %d required positional argument%s: %s", f.qualname, len(missingNames), plural(len(missingNames)), joinNames(missingNames))
	}
	for i, arg := range a.KwOnly {
		if _, ok := sc.vars[arg.Name]; ok {
			continue
		}
		if _, isMissing := f.KwDefs[i].(missing); isMissing {
			missingNames = append(missingNames, "'"+arg.Name+"'")
			continue
		}
		sc.vars[arg.Name] = f.KwDefs[i]
	}
	if len(missingNames) > 0 {
		return nil, th.Raise(TypeError, "%s() missing %d required keyword-only argument%s: %s", f.qualname, len(missingNames), plural(len(missingNames)), joinNames(missingNames))
	}
	if f.class != nil {
		sc.vars["__class__"] = f.class
	}
	if f.info.generator {
		return th.functionGenerator(f, sc), nil
	}
	leave, err := th.enter(f.Name, th.cur)
	if err != nil {
		return nil, err
	}
	defer leave()
	if f.Expr != nil {
		return th.eval(f.Expr, sc)
	}
	if f.native != nil {
		return f.native(th, sc)
	}
	c, err := th.block(f.Body, sc)
	if err != nil {
		return nil, err
	}
	if c == ctrlReturn {
		r := th.ret
		th.ret = nil
		return r, nil
	}
	if c == ctrlBreak || c == ctrlContinue {
		return nil, th.Raise(SyntaxError, "'break' outside loop")
	}
	return nil, nil
}

// tooManyPositional is CPython's too_many_positional: the keyword-only
// arguments given are counted in the message too.
func (th *Thread) tooManyPositional(f *Function, given int, kw []KV) error {
	nPos := len(f.Args.Args)
	sig, many := fmt.Sprint(nPos), nPos != 1
	if least := nPos - len(f.Defaults); least < nPos {
		sig, many = fmt.Sprintf("from %d to %d", least, nPos), true
	}
	kwOnly := 0
	for _, k := range kw {
		for _, arg := range f.Args.KwOnly {
			if arg.Name == k.Name {
				kwOnly++
			}
		}
	}
	verb, kwSig := wasWere(given), ""
	if kwOnly > 0 {
		verb = "were"
		kwSig = fmt.Sprintf(" positional argument%s (and %d keyword-only argument%s)", plural(given), kwOnly, plural(kwOnly))
	}
	s := ""
	if many {
		s = "s"
	}
	return th.Raise(TypeError, "%s() takes %s positional argument%s but %d%s %s given", f.qualname, sig, s, given, kwSig, verb)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func wasWere(n int) string {
	if n == 1 {
		return "was"
	}
	return "were"
}

func joinNames(names []string) string {
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	s := ""
	for i, n := range names[:len(names)-1] {
		if i > 0 {
			s += ", "
		}
		s += n
	}
	return s + ", and " + names[len(names)-1]
}

func (th *Thread) instantiate(cls *Class, c *Call) (Value, error) {
	if cls.meta != nil {
		if m, owner := cls.meta.lookupOwner("__call__"); owner != typeClass {
			return th.call(m, &Call{Args: append([]Value{cls}, c.Args...), Kw: c.Kw, Span: c.Span})
		}
	}
	return th.construct(cls, c)
}

// construct is type.__call__: __new__, then __init__ when __new__ made an
// instance of cls.
func (th *Thread) construct(cls *Class, c *Call) (Value, error) {
	if cls.abc != nil && len(cls.abc.abstract) > 0 {
		return nil, th.abstractError(cls)
	}
	if m, ok := cls.userAttr("__new__"); ok {
		if sm, isSM := m.(*staticMethod); isSM {
			m = sm.fn
		}
		inst, err := th.call(m, &Call{Args: append([]Value{cls}, c.Args...), Kw: c.Kw, Span: c.Span})
		if err != nil {
			return nil, err
		}
		if x, ok := inst.(*Instance); ok && x.Class.IsSubclass(cls) || isMetaOf(inst, cls) {
			if init, ok := th.lookupInit(cls); ok {
				if _, err := th.call(init, &Call{Args: append([]Value{inst}, c.Args...), Kw: c.Kw, Span: c.Span}); err != nil {
					return nil, err
				}
			}
		}
		return inst, nil
	}
	if cls.IsSubclass(BaseExceptionGroup) {
		e, err := th.newGroup(cls, c.Args, c.Kw)
		if err != nil {
			return nil, err
		}
		if init, ok := cls.userAttr("__init__"); ok {
			if _, err := th.call(init, &Call{Args: append([]Value{e}, c.Args...), Kw: c.Kw, Span: c.Span}); err != nil {
				return nil, err
			}
		}
		return e, nil
	}
	if cls.exc {
		if cls == osErrorClass && len(c.Args) >= 2 {
			if n, ok := smallInt(c.Args[0]); ok && osErrors[n] != nil {
				cls = classes[osErrors[n]] // OSError(errno, ...) makes the errno's subclass
			}
		}
		e := &Exception{Class: cls, Args: c.Args, Span: c.Span}
		if cls.IsSubclass(osErrorClass) && len(c.Args) >= 2 && len(c.Args) <= 5 {
			// OSError(errno, strerror, filename, ...): args keeps the first two
			e.Dict = NewDict()
			for i, name := range []string{"errno", "strerror", "filename", "winerror", "filename2"} {
				var v Value
				if i < len(c.Args) {
					v = c.Args[i]
				}
				e.Dict.SetStr(name, v)
			}
			e.Args = c.Args[:2]
		}
		if init, ok := cls.userAttr("__init__"); ok {
			if _, err := th.call(init, &Call{Args: append([]Value{e}, c.Args...), Kw: c.Kw, Span: c.Span}); err != nil {
				return nil, err
			}
		} else if len(c.Kw) > 0 && cls.IsSubclass(AttributeError) {
			// AttributeError(msg, name=..., obj=...)
			e.Dict = NewDict()
			for _, kv := range c.Kw {
				if kv.Name != "name" && kv.Name != "obj" {
					return nil, th.Raise(TypeError, "'%s' is an invalid keyword argument for %s()", kv.Name, cls.Name)
				}
				e.Dict.SetStr(kv.Name, kv.Value)
			}
		} else if len(c.Kw) > 0 {
			return nil, th.Raise(TypeError, "%s() takes no keyword arguments", cls.Name)
		}
		return e, nil
	}
	inst := &Instance{Class: cls, Dict: NewDict()}
	if cls.Hook != nil {
		if err := cls.Hook.New(th, inst); err != nil {
			return nil, err
		}
	}
	if init, ok := th.lookupInit(cls); ok {
		if _, err := th.call(init, &Call{Args: append([]Value{inst}, c.Args...), Kw: c.Kw, Span: c.Span}); err != nil {
			return nil, err
		}
		return inst, nil
	}
	if cls.Hook != nil {
		return inst, cls.Hook.Init(th, inst, c)
	}
	if len(c.Args) > 0 || len(c.Kw) > 0 {
		return nil, th.Raise(TypeError, "%s() takes no arguments", cls.Name)
	}
	return inst, nil
}

// lookupInit finds a user __init__ before the hooked base in the MRO.
func (th *Thread) lookupInit(cls *Class) (Value, bool) {
	for _, k := range cls.MRO {
		if k == cls.hookRoot && cls.Hook != nil {
			return nil, false
		}
		if v, ok := k.Dict.GetStr("__init__"); ok {
			return v, true
		}
	}
	return nil, false
}

// superObj is super(): attribute lookup continues after cls in self's MRO.
type superObj struct {
	cls  *Class
	self Value
}

func (s *superObj) TypeName() string { return "super" }

// Repr implements Reprer: the class, and the type of the object (a class
// the object is, when it is a subclass) by name, as super_repr.
func (s *superObj) Repr(th *Thread) (string, error) {
	obj := "NULL"
	if c, ok := s.self.(*Class); ok && c.IsSubclass(s.cls) {
		obj = "<" + c.Name + " object>"
	} else if s.self != nil {
		obj = "<" + typeName(s.self) + " object>"
	}
	return "<super: <class '" + s.cls.Name + "'>, " + obj + ">", nil
}

func (th *Thread) zeroArgSuper(sc *scope, span source.Span) (Value, error) {
	th.cur = span
	cls, _ := th.lookup("__class__", sc)
	c, ok := cls.(*Class)
	if !ok {
		return nil, th.Raise(RuntimeError, "super(): no arguments")
	}
	self, ok := th.firstArg(sc)
	if !ok {
		return nil, th.Raise(RuntimeError, "super(): no arguments")
	}
	return &superObj{cls: c, self: self}, nil
}

// firstArg is the current method's first argument (self, or cls).
func (th *Thread) firstArg(sc *scope) (Value, bool) {
	for s := sc; s != nil; s = s.parent {
		if s.fn != nil {
			if len(s.fn.Args.Args) == 0 {
				return nil, false
			}
			v, ok := s.vars[s.fn.Args.Args[0].Name]
			return v, ok
		}
	}
	return nil, false
}

func (th *Thread) superAttr(s *superObj, name string) (Value, error) {
	inst, _ := s.self.(*Instance)
	mro := s.cls.MRO
	switch x := s.self.(type) {
	case *Instance:
		mro = x.Class.MRO
	case *Exception:
		mro = x.Class.MRO
	case *Class:
		mro = x.MRO
		if x.meta != nil && x.meta.IsSubclass(s.cls) { // in a method of its metaclass
			mro = x.meta.MRO
		}
	}
	found := false
	for _, k := range mro {
		if found {
			if name == "__init__" && inst != nil && k == inst.Class.hookRoot && inst.Class.Hook != nil {
				hook := inst.Class.Hook
				return &Builtin{Name: "__init__", Fn: func(th *Thread, c *Call) (Value, error) {
					return nil, hook.Init(th, inst, c)
				}}, nil
			}
			if v, ok := k.Dict.GetStr(name); ok {
				if c, isClass := s.self.(*Class); isClass && (c.meta == nil || !c.meta.IsSubclass(s.cls)) {
					return th.descGet(v, nil, c)
				} else if isClass {
					return th.descGet(v, c, c.meta)
				}
				return th.descGet(v, s.self, userClass(s.self))
			}
			if k.builtin != nil && inst != nil && inst.Base != nil {
				if m := methodOf(th, inst.Base, name); m != nil {
					return m, nil
				}
			}
		}
		if k == s.cls {
			found = true
		}
	}
	if inst != nil {
		if m, ok := th.objectMethod(inst, name); ok {
			return m, nil
		}
	}
	if _, ok := s.self.(*Class); ok && name == "__new__" {
		return &Builtin{Name: name, Fn: func(th *Thread, call *Call) (Value, error) {
			if len(call.Args) == 0 {
				return nil, th.Raise(TypeError, "object.__new__(): not enough arguments")
			}
			k, ok := call.Args[0].(*Class)
			if !ok {
				return nil, th.Raise(TypeError, "object.__new__(X): X is not a type object (%s)", typeName(call.Args[0]))
			}
			inst := &Instance{Class: k, Dict: NewDict()}
			if k.Hook != nil {
				if err := k.Hook.New(th, inst); err != nil {
					return nil, err
				}
			}
			return inst, nil
		}}, nil
	}
	if c, ok := s.self.(*Class); ok && name == "__init_subclass__" {
		return &Builtin{Name: name, Fn: func(th *Thread, call *Call) (Value, error) {
			return nil, objectInitSubclass(th, c, call.Kw)
		}}, nil
	}
	if e, ok := s.self.(*Exception); ok {
		switch name {
		case "__init__":
			return &Builtin{Name: "__init__", Fn: func(th *Thread, c *Call) (Value, error) {
				e.Args = c.Args
				return nil, nil
			}}, nil
		case "__str__":
			return &Builtin{Name: "__str__", Fn: func(th *Thread, c *Call) (Value, error) { return e.message(th), nil }}, nil
		}
	}
	if name == "__init__" {
		return &Builtin{Name: "__init__", Fn: func(th *Thread, c *Call) (Value, error) {
			return nil, objectInit(th, s.self, c)
		}}, nil
	}
	return nil, th.Raise(AttributeError, "'super' object has no attribute '%s'", name)
}

// objectInit is object.__init__(self, *args, **kw): arguments are an error
// once the class defines its own __init__ (typeobject.c's object_init).
func objectInit(th *Thread, self Value, c *Call) error {
	if len(c.Args) == 0 && len(c.Kw) == 0 {
		return nil
	}
	inst, ok := self.(*Instance)
	if !ok || inst.Class.Hook != nil {
		return nil // a host's instance: its own __init__ took the arguments
	}
	if _, own := inst.Class.userAttr("__init__"); own {
		return th.Raise(TypeError, "object.__init__() takes exactly one argument (the instance to initialize)")
	}
	if _, own := inst.Class.userAttr("__new__"); !own {
		return th.Raise(TypeError, "%s() takes no arguments", inst.Class.Name)
	}
	return nil
}

func bind(v Value, self Value) Value {
	switch v.(type) {
	case *Function, *method, *lru:
		return &boundMethod{self: self, fn: v}
	}
	return v
}

// getAttr is PyObject_GetAttr: the attribute, or an AttributeError that
// names the attribute and the object (e.name, e.obj) unless it already did.
func (th *Thread) getAttr(v Value, name string) (Value, error) {
	r, err := th.attr(v, name)
	if e, ok := err.(*Exception); ok && e.Class.IsSubclass(AttributeError) {
		if e.Dict == nil {
			e.Dict = NewDict()
		}
		if n, _ := e.Dict.GetStr("name"); n == nil {
			if o, _ := e.Dict.GetStr("obj"); o == nil {
				e.Dict.SetStr("name", name)
				e.Dict.SetStr("obj", v)
			}
		}
	}
	return r, err
}

func (th *Thread) attr(v Value, name string) (Value, error) {
	switch x := v.(type) {
	case *Instance:
		if x.Class.Hook != nil {
			if name == "__dict__" {
				return nil, th.Unsupported("__dict__ of a %s object, which the library fills", x.Class.Name)
			}
			r, ok, err := x.Class.Hook.GetAttr(th, x, name)
			if err != nil || ok {
				return r, err
			}
		}
		if r, ok, err := th.userGetAttr(x, name); ok {
			return r, err
		}
		r, err := th.instanceAttr(x, name)
		if e, ok := err.(*Exception); !ok || e.Class != AttributeError || name == "__dict__" && !x.Class.native {
			return r, err
		}
		if name == "__weakref__" && madeByStatements(x.Class) {
			return r, err
		}
		if _, found := x.Class.Lookup(name); found {
			return r, err // a property's (a descriptor's) own AttributeError
		}
		if x.Class.enum != nil {
			switch name {
			case "_member_names_", "_member_map_", "_value2member_map_":
				return th.getAttr(x.Class, name) // a member reads its class's
			}
		}
		// what a member's value type (int) or Enum's machinery has (_missing_)
		if x.Base != nil && catalog.TypeAttr(typeName(x.Base), name) == catalog.Has || x.Class.enum != nil && strings.HasPrefix(name, "_") {
			return nil, th.Unsupported("%s.%s", x.Class.Name, name)
		}
		if x.Class.native { // a standard library's class: the catalog knows its names
			if catalog.TypeAttr(x.Class.Name, name) != catalog.Lacks {
				return nil, th.Unsupported("%s.%s", x.Class.Name, name)
			}
			return nil, th.Raise(AttributeError, "'%s' object has no attribute '%s'", catalog.FullName(x.Class.Name), name)
		}
		if specialName(name) && !plainLacks(x.Class, name) || x.Class.Hook != nil && catalog.TypeAttr("DeclarativeBase", name) != catalog.Lacks {
			return nil, th.Unsupported("%s.%s", x.Class.Name, name)
		}
		return nil, th.Raise(AttributeError, "'%s' object has no attribute '%s'", x.Class.Name, name)
	case *Class:
		switch name {
		case "__doc__":
			if d, ok := x.Dict.GetStr("__doc__"); ok {
				return d, nil
			}
			return x.doc, nil
		case "__qualname__":
			if x.qualname != "" {
				return x.qualname, nil
			}
			return x.Name, nil
		case "__dict__":
			if r := nsRefusal(x); r != "" {
				return nil, th.Unsupported("%s", r)
			}
			return &mappingProxy{cls: x}, nil
		case "__annotations__":
			if d, ok := x.ownAnnotations(th); ok {
				return d, nil
			}
		case "__abstractmethods__":
			if x.abc != nil {
				names := make([]Value, len(x.abc.abstract))
				for i, n := range x.abc.abstract {
					names[i] = n
				}
				return th.newSet(names, true)
			}
		case "__members__", "_member_map_", "_member_names_", "_value2member_map_":
			if x.enum != nil {
				switch name {
				case "__members__":
					return &mappingProxy{d: x.enum.members}, nil
				case "_member_map_":
					return x.enum.members, nil
				case "_value2member_map_":
					return x.enum.values, nil
				}
				var l []Value
				for _, n := range x.enum.names {
					l = append(l, n)
				}
				return &List{Items: l}, nil
			}
		case "mro":
			return &Builtin{Name: name, Fn: func(th *Thread, c *Call) (Value, error) {
				var l []Value
				for _, k := range x.MRO {
					l = append(l, k.public())
				}
				return &List{Items: append(l, typeObj)}, nil
			}}, nil
		case "__subclasses__":
			return &Builtin{Name: name, Fn: func(th *Thread, c *Call) (Value, error) {
				var l []Value
				for _, k := range x.subclasses {
					l = append(l, k)
				}
				return &List{Items: l}, nil
			}}, nil
		case "__bases__", "__base__":
			var t Tuple
			for _, b := range x.Bases {
				t = append(t, b.public())
			}
			if len(t) == 0 {
				t = Tuple{typeObj}
			}
			if name == "__base__" {
				return t[0], nil
			}
			return t, nil
		}
		if r, ok := x.Lookup(name); ok {
			return th.descGet(r, nil, x)
		}
		if x.meta != nil {
			if r, ok := x.meta.Lookup(name); ok {
				return th.descGet(r, x, x.meta)
			}
		}
		if name == "__class__" {
			return th.Call(typeType, []Value{x}, nil)
		}
		switch name {
		case "__name__":
			return x.Name, nil
		case "__mro__":
			var t Tuple
			for _, k := range x.MRO {
				if k.builtin == nil || !x.stored {
					t = append(t, k.public())
				}
			}
			return append(t, typeObj), nil
		case "__module__":
			return x.moduleName(), nil
		case "__weakref__":
			for _, k := range x.MRO {
				if d := k.ns.descr(name); d != nil {
					return d, nil
				}
			}
		}
		if s := objectSlots[name]; s != nil && x.Hook == nil && !x.exc && (s.name == "__eq__" || s.name == "__ne__" || madeByStatements(x)) {
			return s, nil // inherited from object
		}
		if specialName(name) || x.Hook != nil && catalog.TypeAttr("DeclarativeBase", name) != catalog.Lacks {
			return nil, th.Unsupported("%s.%s", x.Name, name)
		}
		if x.native { // a standard library's class: the catalog knows its names
			return nil, th.noAttr(x, name)
		}
		if x.enum != nil {
			return nil, th.Raise(AttributeError, "%s", name) // EnumType.__getattr__'s
		}
		return nil, th.Raise(AttributeError, "type object '%s' has no attribute '%s'", x.Name, name)
	case *Module:
		if r, ok := x.Attrs.GetStr(name); ok {
			return r, nil
		}
		if catalog.ModuleAttr(x.Name, name) == catalog.Lacks {
			return nil, th.Raise(AttributeError, "module '%s' has no attribute '%s'", x.Name, name)
		}
		return nil, th.Unsupported("%s.%s", x.Name, name)
	case *Exception:
		if x.Dict != nil {
			if r, ok := x.Dict.GetStr(name); ok {
				return r, nil
			}
		}
		switch name {
		case "args":
			return Tuple(x.Args), nil
		case "message", "exceptions":
			if x.group != nil && name == "message" {
				return x.Args[0], nil
			} else if x.group != nil {
				return x.group, nil
			}
		case "__suppress_context__":
			return x.suppressContext, nil
		case "name", "obj":
			if x.Class.IsSubclass(AttributeError) {
				return nil, nil // not set: None
			}
		case "__notes__": // none added (add_note keeps them in Dict)
			return nil, th.Raise(AttributeError, "'%s' object has no attribute '__notes__'", x.Class.Name)
		case "__traceback__":
			if x.Frames == nil {
				return nil, nil
			}
			return &tbObj{e: x}, nil
		case "add_note":
			return &Builtin{Name: name, Fn: func(th *Thread, c *Call) (Value, error) {
				if err := argN(th, c, name, 1, 1); err != nil {
					return nil, err
				}
				if _, ok := c.Args[0].(string); !ok {
					return nil, th.Raise(TypeError, "note must be a str, not '%s'", typeName(c.Args[0]))
				}
				if x.Dict == nil {
					x.Dict = NewDict()
				}
				notes, ok := x.Dict.GetStr("__notes__")
				if !ok {
					notes = &List{}
					x.Dict.SetStr("__notes__", notes)
				}
				if l, ok := notes.(*List); ok {
					l.Items = append(l.Items, c.Args[0])
				}
				return nil, nil
			}}, nil
		case "with_traceback":
			return &Builtin{Name: "with_traceback", Fn: func(th *Thread, c *Call) (Value, error) { return x, nil }}, nil
		case "__class__":
			return x.Class, nil
		case "__cause__":
			if x.Cause == nil {
				return nil, nil
			}
			return x.Cause, nil
		case "__context__":
			if x.Context == nil {
				return nil, nil
			}
			return x.Context, nil
		case "value", "code":
			if name == "value" && x.Class.IsSubclass(StopIteration) || name == "code" && x.Class.IsSubclass(SystemExit) {
				switch {
				case len(x.Args) == 0:
					return nil, nil
				case len(x.Args) == 1 || name == "value":
					return x.Args[0], nil
				}
				return Tuple(x.Args), nil
			}
		}
		if r, ok := x.Class.Lookup(name); ok {
			return bind(r, x), nil
		}
	case *superObj:
		return th.superAttr(x, name)
	case *builtinType:
		// a type of a module (itertools.islice) is named by its last part
		mod, short, dotted := strings.Cut(x.name, ".")
		if !dotted {
			short = x.name
		}
		switch {
		case name == "__name__" || name == "__qualname__":
			return short, nil
		case name == "__module__" && dotted:
			return mod, nil
		case name == "__module__" && x.module != "":
			return x.module, nil
		case name == "__module__" && catalog.ModuleAttr("builtins", x.name) == catalog.Has:
			return "builtins", nil
		}
		if r := typeAttr(x, name); r != nil {
			return r, nil
		}
		if s := objectSlots[name]; s != nil && x == typeObj {
			return s, nil
		}
	case *Function:
		if r, ok, err := th.funcAttr(x, name); ok || err != nil {
			return r, err
		}
	case *boundMethod:
		switch name {
		case "__self__":
			return x.self, nil
		case "__func__":
			return x.fn, nil
		}
		return th.getAttr(x.fn, name)
	case *Builtin:
		if name == "__name__" {
			return x.Name, nil
		}
	case Attrs:
		r, ok, err := x.Attr(th, name)
		if err != nil || ok {
			return r, err
		}
	}
	if m := methodOf(th, v, name); m != nil {
		return m, nil
	}
	if name == "__class__" {
		return callType(th, &Call{Args: []Value{v}})
	}
	return nil, th.noAttr(v, name)
}

// plainLacks reports that an instance of a class made only of the script's
// own classes (no library, built-in, enum, ABC or dataclass machinery in its
// MRO) lacks the special name it was not found to have: such a class has
// object's special names and what its class statements define, so
// hasattr(obj, "__len__") is False as in CPython.
func plainLacks(c *Class, name string) bool {
	switch name {
	case "__dict__", "__weakref__", "__module__", "__annotations__", "__slots__":
		return false // every script class has them in CPython, or may
	}
	if catalog.TypeAttr("object", name) != catalog.Lacks {
		return false
	}
	for _, k := range c.MRO {
		if k.module != "" || k.Hook != nil || k.builtin != nil || k.native || k.stored || k.exc || k.enum != nil || k.abc != nil || k.typedDict || k.Body == nil {
			return false
		}
		if _, ok := k.Dict.GetStr("__dataclass_fields__"); ok {
			return false
		}
	}
	return true
}

// specialName reports a special name: Python gives every object and class many,
// so one the interpreter lacks is its gap, not the script's mistake.
func specialName(name string) bool {
	return len(name) > 4 && strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__")
}

// noAttr is the error for an attribute v lacks: the real AttributeError when
// the real type lacks it too (the script's mistake), a refusal when the real
// library has it or the catalog cannot tell (the engine's gap).
func (th *Thread) noAttr(v Value, name string) error {
	// the engine names a module's type as CPython's messages do (_io.StringIO)
	_, short, dotted := strings.Cut(typeName(v), ".")
	if !dotted {
		short = typeName(v)
	}
	owner := short
	if e, ok := v.(*Exception); ok {
		owner = "BaseException"
		if fromSQLAlchemy(e.Class) {
			owner = "" // SQLAlchemy's exceptions carry more (orig, statement, params)
		}
	}
	if owner == "type" {
		// a class made in Go (int, Decimal, super): it has its instances' names and type's
		if cls, err := th.getAttr(v, "__name__"); err == nil && catalog.TypeAttr("type", name) == catalog.Lacks {
			if cls, ok := cls.(string); ok && catalog.TypeAttr(cls, name) == catalog.Lacks {
				return th.Raise(AttributeError, "type object '%s' has no attribute '%s'", catalog.FullName(cls), name)
			}
		}
	} else if catalog.TypeAttr(owner, name) == catalog.Lacks {
		return th.Raise(AttributeError, "'%s' object has no attribute '%s'", catalog.FullName(short), name)
	}
	return th.Unsupported("%s.%s", typeName(v), name)
}

func (th *Thread) setAttr(v Value, name string, val Value) error {
	switch x := v.(type) {
	case *Instance:
		if x.Class.Hook != nil {
			ok, err := x.Class.Hook.SetAttr(th, x, name, val)
			if err != nil || ok {
				return err
			}
		}
		if sa, ok := x.Class.userAttr("__setattr__"); ok {
			_, err := th.Call(bind(sa, x), []Value{name, val}, nil)
			return err
		}
		return th.instanceSetAttr(x, name, val)
	case *Class:
		if x.module == "builtins" {
			return th.Raise(TypeError, "cannot set '%s' attribute of immutable type '%s'", name, x.Name)
		}
		if x.enum != nil {
			if _, ok := x.enum.members.GetStr(name); ok {
				return th.Raise(AttributeError, "cannot reassign member '%s'", name)
			}
		}
		if h, ok := x.Hook.(ClassAttrSetter); ok {
			if ok, err := h.SetClassAttr(th, x, name, val); err != nil || ok {
				return err
			}
		}
		x.Dict.SetStr(name, val)
		return nil
	case *Module:
		x.Attrs.SetStr(name, val) // sys.stdout = buf, a config module's setting
		return nil
	case *Exception:
		switch name {
		case "args":
			items, err := th.iterate(val)
			x.Args = items
			return err
		case "__cause__", "__context__":
			e, ok := val.(*Exception)
			if !ok && val != nil {
				return th.Raise(TypeError, "exception cause must be None or derive from BaseException")
			}
			if name == "__cause__" {
				x.Cause, x.suppressContext = e, true
			} else {
				x.Context = e
			}
			return nil
		case "__suppress_context__":
			x.suppressContext = val == true
			return nil
		}
		if x.Dict == nil {
			x.Dict = NewDict()
		}
		x.Dict.SetStr(name, val)
		return nil
	case SetAttrs:
		return x.SetAttr(th, name, val)
	case *builtinType:
		return th.Raise(TypeError, "cannot set '%s' attribute of immutable type '%s'", name, x.name)
	case *Function:
		return th.setFuncAttr(x, name, val)
	case nil, bool, int64, *big.Int, float64, string, Bytes, *List, Tuple, *Dict, *setObj, *rangeObj, *boundMethod:
		return th.Raise(AttributeError, "'%s' object has no attribute '%s'", typeName(v), name)
	}
	// a library object the engine provides without that attribute settable:
	// the real one may well take it (most have a __dict__)
	return th.Unsupported("setting %s.%s", typeName(v), name)
}

// enter starts a Python frame named name, called at span; leave ends it.
// Like CPython's limit, the depth counts Python frames.
func (th *Thread) enter(name string, span source.Span) (leave func(), err error) {
	th.depth++
	if th.depth >= th.opts.MaxDepth {
		th.depth--
		return nil, th.Raise(RecursionError, "maximum recursion depth exceeded")
	}
	th.stack = append(th.stack, Frame{Func: name, Span: span})
	return func() {
		// back at the call: an error the caller's Go code raises next (sum()
		// after __add__ returned NotImplemented) is placed there, not at the
		// callee's last line
		th.depth--
		th.cur = th.stack[len(th.stack)-1].Span
		th.stack = th.stack[:len(th.stack)-1]
	}, nil
}
