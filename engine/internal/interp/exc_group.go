package interp

import (
	"cascadelab/engine/internal/py"
)

// Exception groups (PEP 654): BaseExceptionGroup and ExceptionGroup, their
// split, subgroup and derive, and the except* statement, as CPython 3.11's
// Objects/exceptions.c and ceval.c do them.

var (
	BaseExceptionGroup = groupClass("BaseExceptionGroup", BaseException)
	ExceptionGroup     = groupClass("ExceptionGroup", BaseExceptionGroup, ExceptionClass)
)

func groupClass(name string, bases ...*Class) *Class {
	c := newExceptionClass(name, bases...)
	c.module = "builtins"
	return c
}

func init() {
	g := BaseExceptionGroup
	g.setMethod("split", func(th *Thread, c *Call) (Value, error) {
		eg, match, err := th.groupCond(c, "split")
		if err != nil {
			return nil, err
		}
		m, rest, err := th.splitGroup(eg, match, true)
		if err != nil {
			return nil, err
		}
		return Tuple{orNil(m), orNil(rest)}, nil
	})
	g.setMethod("subgroup", func(th *Thread, c *Call) (Value, error) {
		eg, match, err := th.groupCond(c, "subgroup")
		if err != nil {
			return nil, err
		}
		m, _, err := th.splitGroup(eg, match, false)
		return orNil(m), err
	})
	g.setMethod("derive", func(th *Thread, c *Call) (Value, error) {
		if len(c.Args) != 2 {
			return nil, th.Raise(TypeError, "function takes exactly 1 argument (%d given)", len(c.Args)-1)
		}
		eg := c.Args[0].(*Exception)
		return th.newGroup(BaseExceptionGroup, []Value{eg.Args[0], c.Args[1]}, nil)
	})
}

// orNil is e as a Value: None for no exception.
func orNil(e *Exception) Value {
	if e == nil {
		return nil
	}
	return e
}

// newGroup is BaseExceptionGroup.__new__(cls, message, exceptions).
func (th *Thread) newGroup(cls *Class, args []Value, kw []KV) (*Exception, error) {
	if len(kw) > 0 {
		return nil, th.Raise(TypeError, "%s() takes no keyword arguments", cls.Name)
	}
	if len(args) != 2 {
		return nil, th.Raise(TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	if _, ok := args[0].(string); !ok {
		return nil, th.Raise(TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", typeName(args[0]))
	}
	var items []Value
	switch x := args[1].(type) {
	case Tuple:
		items = x
	case *List:
		items = x.Items
	case string, Bytes, *rangeObj: // sequences, of things that are not exceptions
		all, err := th.iterate(x)
		if err != nil {
			return nil, err
		}
		items = all
	case *Instance:
		return nil, th.Unsupported("an exception group of a %s", typeName(x))
	default:
		return nil, th.Raise(TypeError, "second argument (exceptions) must be a sequence")
	}
	if len(items) == 0 {
		return nil, th.Raise(ValueError, "second argument (exceptions) must be a non-empty sequence")
	}
	onlyExceptions := true
	for i, v := range items {
		e, ok := v.(*Exception)
		if !ok {
			return nil, th.Raise(ValueError, "Item %d of second argument (exceptions) is not an exception", i)
		}
		onlyExceptions = onlyExceptions && e.Class.IsSubclass(ExceptionClass)
	}
	switch {
	case cls == BaseExceptionGroup && onlyExceptions:
		cls = ExceptionGroup
	case cls == ExceptionGroup && !onlyExceptions:
		return nil, th.Raise(TypeError, "Cannot nest BaseExceptions in an ExceptionGroup")
	case !onlyExceptions && cls.IsSubclass(ExceptionClass):
		return nil, th.Raise(TypeError, "Cannot nest BaseExceptions in '%s'", cls.Name)
	}
	return &Exception{Class: cls, Args: args, Span: th.cur, group: append(Tuple(nil), items...)}, nil
}

// groupMatch says whether an exception matches a split's condition.
type groupMatch func(e *Exception) (bool, error)

// groupCond reads split's and subgroup's argument: an exception class, a
// tuple of them, or a function called with each exception.
func (th *Thread) groupCond(c *Call, name string) (*Exception, groupMatch, error) {
	if len(c.Args) != 2 {
		return nil, nil, th.Raise(TypeError, "%s expected 1 argument, got %d", name, len(c.Args)-1)
	}
	eg := c.Args[0].(*Exception)
	cond := c.Args[1]
	if f, ok := cond.(*Function); ok {
		return eg, func(e *Exception) (bool, error) {
			r, err := th.Call(f, []Value{e}, nil)
			if err != nil {
				return false, err
			}
			return th.truth(r)
		}, nil
	}
	if excTypes(cond) {
		return eg, func(e *Exception) (bool, error) { return th.excMatches(e, cond) }, nil
	}
	return nil, nil, th.Raise(TypeError, "expected a function, exception type or tuple of exception types")
}

// excTypes reports an exception class or a tuple of them.
func excTypes(v Value) bool {
	switch x := v.(type) {
	case *Class:
		return x.exc
	case Tuple:
		for _, t := range x {
			if k, ok := t.(*Class); !ok || !k.exc {
				return false
			}
		}
		return true
	}
	return false
}

// splitGroup is CPython's exceptiongroup_split_recursive: the part of e
// that matches and, when rest is asked for, the part that does not, each
// nil when empty. A group that matches as a whole is kept whole; the
// others are rebuilt by their derive() with e's metadata.
func (th *Thread) splitGroup(e *Exception, match groupMatch, rest bool) (*Exception, *Exception, error) {
	ok, err := match(e)
	if err != nil || ok {
		return e, nil, err
	}
	if e.group == nil {
		if rest {
			return nil, e, nil
		}
		return nil, nil, nil
	}
	var matched, others []Value
	for _, x := range e.group {
		m, r, err := th.splitGroup(x.(*Exception), match, rest)
		if err != nil {
			return nil, nil, err
		}
		if m != nil {
			matched = append(matched, m)
		}
		if r != nil {
			others = append(others, r)
		}
	}
	m, err := th.deriveGroup(e, matched)
	if err != nil {
		return nil, nil, err
	}
	r, err := th.deriveGroup(e, others)
	return m, r, err
}

// deriveGroup is e.derive(excs) carrying e's __cause__, __context__,
// traceback and __notes__; nil for no exceptions.
func (th *Thread) deriveGroup(e *Exception, excs []Value) (*Exception, error) {
	if len(excs) == 0 {
		return nil, nil
	}
	derive, err := th.getAttr(e, "derive")
	if err != nil {
		return nil, err
	}
	v, err := th.Call(derive, []Value{&List{Items: excs}}, nil)
	if err != nil {
		return nil, err
	}
	d, ok := v.(*Exception)
	if !ok || d.group == nil {
		return nil, th.Raise(TypeError, "derive must return an instance of BaseExceptionGroup")
	}
	d.Cause, d.Context, d.suppressContext = e.Cause, e.Context, e.suppressContext
	d.Span, d.Frames, d.caught = e.Span, e.Frames, e.caught
	d.meta = e.origin()
	if e.Dict != nil {
		if notes, ok := e.Dict.GetStr("__notes__"); ok {
			if d.Dict == nil {
				d.Dict = NewDict()
			}
			d.Dict.SetStr("__notes__", notes)
		}
	}
	return d, nil
}

// origin is the exception whose metadata e carries: e itself, or the one
// a split derived it from. An except* handler that raises a part of the
// group it caught re-raises, which CPython tells by the same metadata.
func (e *Exception) origin() *Exception {
	if e.meta != nil {
		return e.meta
	}
	return e
}

// starHandlers runs the except* handlers of s for exc, the exception its
// body raised: each handler takes the part of what is left that matches
// its types; what no handler took and what the handlers raised is raised
// again as CPython's _PyExc_PrepReraiseStar combines them (nil: handled).
func (th *Thread) starHandlers(s *py.Try, exc *Exception, sc *scope) error {
	rest := exc
	var raised []*Exception
	for _, h := range s.Handlers {
		t, err := th.starType(h.Type, sc)
		if err != nil {
			chain(err, exc) // raised while exc was being handled
			return err
		}
		if rest == nil {
			continue
		}
		var match *Exception
		if ok, _ := th.excMatches(rest, t); ok && rest.group != nil {
			match, rest = rest, nil
		} else if ok {
			// a naked exception is caught wrapped in a group of its own
			if match, err = th.newGroup(BaseExceptionGroup, []Value{"", Tuple{rest}}, nil); err != nil {
				return err
			}
			match.Span, match.Frames, match.meta = rest.Span, rest.Frames, rest.origin()
			rest = nil
		} else if rest.group != nil {
			f, err := th.getAttr(rest, "split")
			if err != nil {
				return err
			}
			split, err := th.Call(f, []Value{t}, nil)
			if err != nil {
				return err
			}
			pair, ok := split.(Tuple)
			if !ok || len(pair) != 2 {
				return th.Raise(TypeError, "X.split(...) must return a 2-tuple, got %s", typeName(split))
			}
			m, _ := pair[0].(*Exception)
			match, rest = m, nil
			if r, ok := pair[1].(*Exception); ok {
				rest = r
			}
		}
		if match == nil {
			continue
		}
		if _, err = th.handle(h, exc, match, sc); err != nil {
			e, ok := err.(*Exception)
			if !ok || e.fatal {
				return err
			}
			raised = append(raised, e)
		}
	}
	if rest != nil {
		raised = append(raised, rest)
	}
	if len(raised) == 0 {
		return nil
	}
	if exc.group == nil { // a naked exception: one handler at most ran
		return raised[0]
	}
	var fresh []Value
	var reraised []*Exception
	for _, e := range raised {
		if e.origin() == exc.origin() {
			reraised = append(reraised, e)
		} else {
			fresh = append(fresh, e)
		}
	}
	var kept *Exception
	if len(reraised) > 0 {
		leaves := map[*Exception]bool{}
		for _, e := range reraised {
			groupLeaves(e, leaves)
		}
		var err error
		if kept, _, err = th.splitGroup(exc, func(e *Exception) (bool, error) { return e.group == nil && leaves[e], nil }, false); err != nil {
			return err
		}
	}
	if len(fresh) == 0 {
		return kept
	}
	if kept != nil {
		fresh = append(fresh, kept)
	}
	if len(fresh) == 1 {
		return fresh[0].(*Exception)
	}
	eg, err := th.newGroup(BaseExceptionGroup, []Value{"", &List{Items: fresh}}, nil)
	if err != nil {
		return err
	}
	eg.Span, eg.Frames = exc.Span, nil // re-raised: no traceback of its own
	return eg
}

// starType evaluates an except* clause's types, which may not name a group.
func (th *Thread) starType(x py.Expr, sc *scope) (Value, error) {
	t, err := th.eval(x, sc)
	if err != nil {
		return nil, err
	}
	if !excTypes(t) {
		return nil, th.Raise(TypeError, "catching classes that do not inherit from BaseException is not allowed")
	}
	if k, ok := t.(*Class); ok && k.IsSubclass(BaseExceptionGroup) || anyGroupClass(t) {
		return nil, th.Raise(TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.")
	}
	return t, nil
}

// anyGroupClass reports a tuple naming an exception group class.
func anyGroupClass(t Value) bool {
	if tup, ok := t.(Tuple); ok {
		for _, x := range tup {
			if k, ok := x.(*Class); ok && k.IsSubclass(BaseExceptionGroup) {
				return true
			}
		}
	}
	return false
}

// groupLeaves adds the exceptions of e that are not groups.
func groupLeaves(e *Exception, into map[*Exception]bool) {
	if e.group == nil {
		into[e] = true
		return
	}
	for _, x := range e.group {
		groupLeaves(x.(*Exception), into)
	}
}
