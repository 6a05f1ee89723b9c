package interp

import (
	"cascadelab/engine/internal/budget"
	"cascadelab/engine/internal/catalog"
	"cascadelab/engine/internal/exc"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/source"
)

// Options configure one run.
type Options struct {
	Stdout io.Writer
	// MaxSteps bounds the statements and calls; 0 means 2,000,000. A
	// budget.Meter in Ctx replaces it: the run's databases charge their
	// work to the same budget.
	MaxSteps int64
	MaxDepth int // Python frames, the module's included; 0 means CPython's 1000
	// MaxMemory bounds the bytes of the strings, lists, tuples and dicts
	// the run keeps, and its output (a Worker isolate has 128 MB for
	// everything); 0 means DefaultMaxMemory.
	MaxMemory int64
	// Yield, when set, is called every 65,536 steps: a single-threaded
	// host (a Worker isolate) answers its other requests there.
	Yield    func()
	Importer func(th *Thread, name string, span source.Span) (*Module, error)
	Ctx      context.Context
	// BeforeStmt, when set, is called before each statement runs; when it
	// returns true the statement is skipped.
	BeforeStmt func(s py.Stmt) bool
	// AtEnd, when set, runs after the module finished without an exception;
	// an exception it raises is the run's.
	AtEnd func(th *Thread) error
}

// Thread is one run's interpreter state.
type Thread struct {
	opts Options
	file *source.File
	libs map[string]*Module // the library modules imported by this run (lib)
	// types are the type objects type() made for values without a class of
	// their own (list_iterator), by module and name
	types map[string]*builtinType
	// decCtx is decimal's current context (nil until a Decimal needs it).
	decCtx *decContext
	nans   uint64 // the NaN floats made so far (newNaN)
	// imported are the modules the script imported, for sys.modules.
	imported map[string]bool
	steps    int64         // the interpreter's own, for its periodic checks
	meter    *budget.Meter // the run's step budget
	mem      int64         // bytes charged since the heap was last measured (fits)
	base     int64         // the live heap when the run began (heapBase)
	printed  int64         // twice the bytes printed: output is kept, never garbage
	depth    int
	cur      source.Span
	stack    []Frame
	globals  *scope
	addrs    int
	ids      map[any]int64 // id() of values without an address of their own
	reprs    map[any]bool  // the containers being printed (reprEnter)
	// handling is the exception being handled, for a bare raise.
	handling []*Exception
	// ret carries a return statement's value to the call.
	ret Value
	// classBody collects annotations while a class body runs.
	classBody *ClassBody
	// postponed is `from __future__ import annotations` (PEP 563): class
	// body annotations are kept as their source strings, not evaluated.
	postponed bool
	// infos caches each def's funcInfo, by its parameter list.
	infos map[*py.Arguments]*funcInfo
	// gens are the generators started and not finished, stopped at the end.
	gens map[*Generator]bool
	// stopping is set while those are unwound: no more Python runs.
	stopping bool
}

// DefaultMaxMemory is a run's memory budget when Options.MaxMemory is 0.
const DefaultMaxMemory = 64 << 20

// slot is what one item of a list, tuple or dict costs: an interface value
// (16 bytes), and as much again for the slack append leaves and the copy it
// makes as a slice grows; at 16 a 64 MB budget let the heap grow 200 MB.
const slot = 32

// alloc charges n bytes the run is about to create against its memory
// budget: a run that keeps building (s = s + s, a list of big strings)
// stops with MemoryError at its line long before the process runs out.
func (th *Thread) alloc(n int64) error {
	if th.opts.MaxMemory == 0 { // a Thread made only to format a message (Exception.Message), outside a run
		return nil
	}
	if n < 0 || !th.fits(n) {
		return th.overBudget(budget.Memory, MemoryError, "the script kept more than %d MB of strings, lists, tuples and dicts, its memory budget: keep less", th.opts.MaxMemory>>20)
	}
	return nil
}

// sized is how many items v has when that is known without iterating it.
func sized(v Value) int64 {
	switch v := v.(type) {
	case *List:
		return int64(len(v.Items))
	case Tuple:
		return int64(len(v))
	case *Dict:
		return int64(len(v.keys))
	}
	return 0
}

type scope struct {
	vars   map[string]Value
	parent *scope // enclosing scope (closures)
	// info is a function's static knowledge of its names; nil for the
	// module, class bodies and comprehensions.
	info  *funcInfo
	class bool       // a class body: not an enclosing scope for what it defines
	order []string   // a class body's names in the order they were bound
	comp  bool       // a comprehension: the walrus binds past it
	gen   *Generator // the generator this function scope runs, for yield
	fn    *Function  // the function this scope runs, for super()
}

func newScope(parent *scope) *scope { return &scope{vars: map[string]Value{}, parent: parent} }

// EvalAnnotation evaluates an annotation kept as a string (PEP 563, or
// written as one) the way typing.get_type_hints does for a class: the
// module's names first, then the class's own, then the builtins.
func (th *Thread) EvalAnnotation(src string, cls *Class) (Value, error) {
	names := map[string]Value{}
	for _, k := range cls.Dict.keys {
		if n, ok := k.(string); ok {
			names[n], _ = cls.Dict.GetStr(n)
		}
	}
	names[cls.Name] = cls
	for n, v := range th.globals.vars {
		names[n] = v
	}
	return th.EvalIn(src, names)
}

// EvalIn evaluates the expression src with names as its only namespace
// before the builtins, as eval(src, {}, names) does; errors stand where
// the evaluation was asked for (the string's own positions mean nothing
// in the script).
func (th *Thread) EvalIn(src string, names map[string]Value) (Value, error) {
	e := th.parseExpr(src)
	if e == nil {
		return nil, th.Raise(SyntaxError, "invalid syntax in %s", src)
	}
	return th.evalIn(e, names)
}

// parseExpr parses src as one expression (nil when it is not one).
func (th *Thread) parseExpr(src string) py.Expr {
	m, err := py.Parse(source.NewFile(th.file.Name, src+"\n"))
	if err == nil && len(m.Body) == 1 {
		if e, ok := m.Body[0].(*py.ExprStmt); ok {
			return e.Value
		}
	}
	return nil
}

func (th *Thread) evalIn(e py.Expr, names map[string]Value) (Value, error) {
	sc := newScope(nil)
	for n, v := range names {
		sc.vars[n] = v
	}
	cur := th.cur
	v, err := th.eval(e, sc)
	th.cur = cur
	if x, ok := err.(*Exception); ok {
		x.Span = cur
	}
	return v, err
}

// Exec runs a parsed module. It returns the uncaught exception, or nil.
func Exec(f *source.File, m *py.Module, opts Options) (exc *Exception) {
	if opts.MaxSteps == 0 {
		opts.MaxSteps = 2_000_000
	}
	if opts.MaxDepth == 0 {
		opts.MaxDepth = 1000
	}
	if opts.MaxMemory == 0 {
		opts.MaxMemory = DefaultMaxMemory
	}
	if opts.Stdout == nil {
		opts.Stdout = io.Discard
	}
	if opts.Ctx == nil {
		opts.Ctx = context.Background()
	}
	th := &Thread{opts: opts, file: f, infos: map[*py.Arguments]*funcInfo{}, gens: map[*Generator]bool{}, meter: budget.MeterOf(opts.Ctx)}
	if th.meter == nil {
		th.meter = &budget.Meter{Max: opts.MaxSteps}
	}
	defer th.stopGenerators()
	running.Add(1)
	defer running.Add(-1)
	th.base = heapBase()
	th.globals = newScope(nil)
	th.globals.vars["__name__"] = "__main__"
	defer func() {
		if r := recover(); r != nil {
			msg := fmt.Sprintf("internal error in cascadelab: %v", r)
			exc = &Exception{Class: InternalError, Args: []Value{msg}, Span: th.cur, msg: &msg}
		}
	}()
	_, err := th.block(m.Body, th.globals)
	if err == nil && opts.AtEnd != nil {
		err = opts.AtEnd(th)
	}
	if err != nil {
		e := th.asException(err)
		if !e.fatal {
			// as python3 prints an uncaught exception to stderr
			e.traceback = strings.Join(th.formatException(e, true), "")
			if e.msg == nil {
				msg := e.message(th) // the report's, once the run (its __repr__s) is over
				e.msg = &msg
			}
		}
		return e
	}
	return nil
}

func (th *Thread) asException(err error) *Exception {
	if e, ok := err.(*Exception); ok {
		return e
	}
	if e, ok := err.(*exc.Error); ok {
		return th.Error(e)
	}
	return th.Internal(err) // no phase returns an untyped error: a bug
}

// cond evaluates a test (if, while, assert) to its truth.
func (th *Thread) cond(e py.Expr, sc *scope) (bool, error) {
	v, err := th.eval(e, sc)
	if err != nil {
		return false, err
	}
	return th.truth(v)
}

// Span is the position being executed.
func (th *Thread) Span() source.Span { return th.cur }

// Print writes to the script's stdout.
func (th *Thread) Print(s string) error {
	// the output is kept (the trace holds it), so it counts against the
	// memory budget: a script printing without end stops at its line; twice,
	// as the buffer holding it grows by doubling
	th.printed += 2 * int64(len(s))
	if th.printed > th.opts.MaxMemory || !th.fits(2*int64(len(s))) {
		return th.overBudget(budget.Memory, MemoryError, "the script printed and built more than %d MB, its memory budget (its output is kept): print less", th.opts.MaxMemory>>20)
	}
	io.WriteString(th.opts.Stdout, s)
	return nil
}

// Repr, Str, Truth, Equal, Iterate, TypeName and GetItem expose Python
// semantics to hosts.
func (th *Thread) Repr(v Value) (string, error)   { return th.repr(v) }
func (th *Thread) Str(v Value) (string, error)    { return th.str(v) }
func (th *Thread) Truth(v Value) (bool, error)    { return th.truth(v) }
func (th *Thread) Equal(a, b Value) (bool, error) { return th.equal(a, b) }

// Compare is a rich comparison (a == b, a < b...), as Python evaluates it.
func (th *Thread) Compare(op py.Op, a, b Value) (Value, error) { return th.compare(op, a, b) }
func (th *Thread) Iterate(v Value) ([]Value, error)            { return th.iterate(v) }
func (th *Thread) TypeName(v Value) string                     { return typeName(v) }
func (th *Thread) GetItem(v, k Value) (Value, error)           { return th.getItem(v, k) }

// Slice is v[lo:hi:step] for hosts; absent bounds are nil.
func (th *Thread) Slice(v, lo, hi, step Value) (Value, error) { return th.slice(v, lo, hi, step) }

// SetAttr is setattr(v, name, val) for hosts.
func (th *Thread) SetAttr(v Value, name string, val Value) error { return th.setAttr(v, name, val) }

// GetAttr is getattr(v, name) for hosts.
func (th *Thread) GetAttr(v Value, name string) (Value, bool, error) {
	r, err := th.getAttr(v, name)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class == AttributeError {
			return nil, false, nil
		}
		return nil, false, err
	}
	return r, true, nil
}

func (th *Thread) step(span source.Span) error {
	if th.stopping {
		return errStopped
	}
	th.cur = span
	th.steps++
	th.meter.Used++
	if th.meter.Over() {
		e := th.overBudget(budget.Steps, StepLimitExceeded, "the script ran more than %d steps and was stopped: it may loop forever; shorten the loop or raise the step budget", th.meter.Max)
		e.fatal = true
		return e
	}
	if th.steps&0xFFFF == 0 && th.opts.Yield != nil {
		th.opts.Yield()
	}
	if th.steps&1023 == 0 && th.opts.Ctx.Err() != nil {
		e := th.overBudget(budget.Time, StepLimitExceeded, "the script ran out of time and was stopped: it may loop forever")
		e.fatal = true
		return e
	}
	return nil
}

type ctrl int

const (
	ctrlNone ctrl = iota
	ctrlBreak
	ctrlContinue
	ctrlReturn
)

func (th *Thread) block(body []py.Stmt, sc *scope) (ctrl, error) {
	for _, s := range body {
		c, err := th.stmt(s, sc)
		if err != nil || c != ctrlNone {
			return c, err
		}
	}
	return ctrlNone, nil
}

// lookup resolves a name: local, enclosing, global, builtin. A local of a
// function (or of an enclosing one) that is not bound yet is not found:
// Python does not look further out for it.
func (th *Thread) lookup(name string, sc *scope) (Value, bool) {
	for s := sc; s != nil; s = s.parent {
		if s != sc && s.class {
			continue
		}
		if s.info != nil && s.info.globals[name] {
			break
		}
		if v, ok := s.vars[name]; ok {
			return v, true
		}
		if s.info != nil && s.info.locals[name] {
			return nil, false
		}
	}
	if v, ok := th.globals.vars[name]; ok {
		return v, true
	}
	v, ok := builtins[name]
	return v, ok
}

// unbound raises the error for a name lookup found nothing for.
func (th *Thread) unbound(name string, sc *scope) error {
	for s := sc; s != nil; s = s.parent {
		if s != sc && s.class {
			continue
		}
		if s.info == nil || s.info.globals[name] {
			continue
		}
		if s.info.locals[name] {
			if s == sc {
				return th.Raise(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name)
			}
			return th.Raise(NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
		}
	}
	return th.Raise(NameError, "name '%s' is not defined", name)
}

// bindingScope is the scope an assignment to name in sc writes to.
func (th *Thread) bindingScope(name string, sc *scope) *scope {
	if sc.info != nil {
		if sc.info.globals[name] {
			return th.globals
		}
		if sc.info.nonlocals[name] {
			if e := sc.enclosing(name); e != nil {
				return e
			}
		}
	}
	return sc
}

func (th *Thread) setName(name string, v Value, sc *scope) {
	b := th.bindingScope(name, sc)
	if _, ok := b.vars[name]; !ok && b.class {
		b.order = append(b.order, name)
	}
	b.vars[name] = v
}

func (th *Thread) stmt(s py.Stmt, sc *scope) (ctrl, error) {
	if err := th.step(s.Span()); err != nil {
		return ctrlNone, err
	}
	if th.opts.BeforeStmt != nil && th.opts.BeforeStmt(s) {
		return ctrlNone, nil
	}
	switch s := s.(type) {
	case *py.ExprStmt:
		_, err := th.eval(s.Value, sc)
		return ctrlNone, err
	case *py.Assign:
		v, err := th.eval(s.Value, sc)
		if err != nil {
			return ctrlNone, err
		}
		for _, t := range s.Targets {
			if err := th.assign(t, v, sc); err != nil {
				return ctrlNone, err
			}
		}
		return ctrlNone, nil
	case *py.AugAssign:
		cur, err := th.eval(s.Target, sc)
		if err != nil {
			return ctrlNone, err
		}
		rhs, err := th.eval(s.Value, sc)
		if err != nil {
			return ctrlNone, err
		}
		th.cur = s.Span()
		nv, err := th.augmented(s.Op, cur, rhs)
		if err != nil {
			return ctrlNone, err
		}
		return ctrlNone, th.assign(s.Target, nv, sc)
	case *py.AnnAssign:
		if sc.class {
			var ann Value
			var err error
			if th.postponed {
				src, ok := py.UnparseAnnotation(s.Annotation)
				if !ok {
					th.cur = s.Annotation.Span()
					return ctrlNone, th.Unsupported("this annotation under from __future__ import annotations")
				}
				ann = src
			} else if ann, err = th.eval(s.Annotation, sc); err != nil {
				return ctrlNone, err
			}
			if n, ok := s.Target.(*py.Name); ok && th.classBody != nil {
				if _, seen := th.classBody.Annotations[n.Id]; !seen {
					th.classBody.AnnNames = append(th.classBody.AnnNames, n.Id)
				}
				th.classBody.Annotations[n.Id] = ann
				th.classBody.AnnSpans[n.Id] = s.Annotation.Span()
			}
		}
		if s.Value == nil {
			return ctrlNone, nil
		}
		v, err := th.eval(s.Value, sc)
		if err != nil {
			return ctrlNone, err
		}
		return ctrlNone, th.assign(s.Target, v, sc)
	case *py.If:
		t, err := th.cond(s.Test, sc)
		if err != nil {
			return ctrlNone, err
		}
		if t {
			return th.block(s.Body, sc)
		}
		return th.block(s.Orelse, sc)
	case *py.While:
		for {
			t, err := th.cond(s.Test, sc)
			if err != nil {
				return ctrlNone, err
			}
			if !t {
				return th.block(s.Orelse, sc)
			}
			c, err := th.block(s.Body, sc)
			if err != nil || c == ctrlReturn {
				return c, err
			}
			if c == ctrlBreak {
				return ctrlNone, nil
			}
			if err := th.step(s.Span()); err != nil {
				return ctrlNone, err
			}
		}
	case *py.For:
		return th.forStmt(s, sc)
	case *py.Pass:
		return ctrlNone, nil
	case *py.Break:
		return ctrlBreak, nil
	case *py.Continue:
		return ctrlContinue, nil
	case *py.Return:
		var v Value
		if s.Value != nil {
			var err error
			if v, err = th.eval(s.Value, sc); err != nil {
				return ctrlNone, err
			}
		}
		th.ret = v
		return ctrlReturn, nil
	case *py.FunctionDef:
		fn, err := th.makeFunction(s.Name, s.Args, s.Body, nil, sc, s.Span())
		if err != nil {
			return ctrlNone, err
		}
		fn.Returns = s.Returns
		if err := th.defAnnotations(fn); err != nil {
			return ctrlNone, err
		}
		v, err := th.decorate(s.Decorators, fn, sc)
		if err != nil {
			return ctrlNone, err
		}
		th.setName(s.Name, v, sc)
		return ctrlNone, nil
	case *py.ClassDef:
		return ctrlNone, th.classDef(s, sc)
	case *py.Import:
		for _, a := range s.Names {
			m, err := th.importModule(a.Name, s.Span())
			if err != nil {
				return ctrlNone, err
			}
			if a.Asname != "" {
				th.setName(a.Asname, m, sc)
				continue
			}
			top, _, _ := strings.Cut(a.Name, ".")
			tm, err := th.importModule(top, s.Span())
			if err != nil {
				return ctrlNone, err
			}
			th.setName(top, tm, sc)
		}
		return ctrlNone, nil
	case *py.ImportFrom:
		if s.Level > 0 {
			return ctrlNone, th.Raise(ImportError, "cascadelab does not support relative imports: paste one self-contained script")
		}
		if s.Module == "__future__" {
			for _, a := range s.Names {
				th.postponed = th.postponed || a.Name == "annotations"
			}
			return ctrlNone, nil
		}
		m, err := th.importModule(s.Module, s.Span())
		if err != nil {
			return ctrlNone, err
		}
		for _, a := range s.Names {
			v, ok := m.Attrs.GetStr(a.Name)
			if !ok {
				if sub, err := th.importModule(s.Module+"."+a.Name, s.Span()); err == nil {
					v, ok = sub, true
				}
			}
			if !ok {
				if catalog.ModuleAttr(s.Module, a.Name) == catalog.Lacks {
					return ctrlNone, th.Raise(ImportError, "cannot import name '%s' from '%s'", a.Name, s.Module)
				}
				return ctrlNone, th.Unsupported("%s.%s", s.Module, a.Name)
			}
			if _, sub := v.(*Module); sub {
				th.imported[s.Module+"."+a.Name] = true // from os import path: os.path
			}
			name := a.Name
			if a.Asname != "" {
				name = a.Asname
			}
			th.setName(name, v, sc)
		}
		return ctrlNone, nil
	case *py.Try:
		return th.tryStmt(s, sc)
	case *py.Raise:
		return ctrlNone, th.raiseStmt(s, sc)
	case *py.Assert:
		t, err := th.cond(s.Test, sc)
		if err != nil || t {
			return ctrlNone, err
		}
		th.cur = s.Span()
		e := &Exception{Class: AssertionError, Span: s.Span(), Frames: th.frames()}
		if s.Msg != nil {
			m, err := th.eval(s.Msg, sc)
			if err != nil {
				return ctrlNone, err
			}
			e.Args = []Value{m}
		}
		return ctrlNone, e
	case *py.With:
		return th.withStmt(s, 0, sc)
	case *py.Match:
		return th.matchStmt(s, sc)
	case *py.Global:
		// a function's declarations are known before it runs (funcInfo)
		return ctrlNone, nil
	case *py.Delete:
		for _, t := range s.Targets {
			if err := th.del(t, sc); err != nil {
				return ctrlNone, err
			}
		}
		return ctrlNone, nil
	}
	return ctrlNone, th.Unsupported("this statement")
}

func (th *Thread) forStmt(s *py.For, sc *scope) (c ctrl, err error) {
	it, err := th.eval(s.Iter, sc)
	if err != nil {
		return ctrlNone, err
	}
	next, err := th.iter(it)
	if err != nil {
		return ctrlNone, err
	}
	if g, ok := it.(*Generator); ok {
		if _, temporary := s.Iter.(*py.Call); temporary {
			// CPython frees a generator only the loop referenced when the
			// loop ends, which closes it (its finally blocks run now)
			defer func() {
				if e, ok := err.(*Exception); !ok || !e.fatal {
					if cerr := th.closeGenerator(g); cerr != nil && err == nil {
						c, err = ctrlNone, cerr
					}
				}
			}()
		}
	}
	for {
		th.cur = s.Span() // each step is the for line's, as FOR_ITER's
		x, ok, err := next()
		if err != nil {
			return ctrlNone, err
		}
		if !ok {
			break
		}
		if err := th.assign(s.Target, x, sc); err != nil {
			return ctrlNone, err
		}
		c, err := th.block(s.Body, sc)
		if err != nil || c == ctrlReturn {
			return c, err
		}
		if c == ctrlBreak {
			return ctrlNone, nil
		}
	}
	return th.block(s.Orelse, sc)
}

func (th *Thread) importModule(name string, span source.Span) (*Module, error) {
	m, err := th.findModule(name, span)
	if err == nil {
		// sys.modules then holds it and the packages above it
		if th.imported == nil {
			th.imported = map[string]bool{}
		}
		for n, i := name, len(name); i >= 0; i = strings.LastIndexByte(n, '.') {
			n = n[:i]
			th.imported[n] = true
		}
	}
	return m, err
}

func (th *Thread) findModule(name string, span source.Span) (*Module, error) {
	if m := stdModules[name]; m != nil {
		return m, nil
	}
	if m := th.lib(name); m != nil {
		return m, nil
	}
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		// import os.path: a library module's submodule
		if parent := th.lib(name[:i]); parent != nil {
			if m, ok := parent.Attrs.GetStr(name[i+1:]); ok {
				if m, ok := m.(*Module); ok {
					return m, nil
				}
			}
		}
	}
	if th.opts.Importer == nil {
		return nil, th.Raise(ModuleNotFoundError, "No module named '%s'", name)
	}
	return th.opts.Importer(th, name, span)
}

func (th *Thread) tryStmt(s *py.Try, sc *scope) (c ctrl, err error) {
	c, err = th.block(s.Body, sc)
	if err != nil {
		exc, ok := err.(*Exception)
		if ok && !exc.fatal && s.Star {
			err = th.starHandlers(s, exc, sc)
		} else if ok && !exc.fatal {
			for _, h := range s.Handlers {
				match := true
				if h.Type != nil {
					t, terr := th.eval(h.Type, sc)
					if terr != nil {
						return ctrlNone, terr
					}
					if match, terr = th.excMatches(exc, t); terr != nil {
						return ctrlNone, terr
					}
				}
				if !match {
					continue
				}
				c, err = th.handle(h, exc, exc, sc)
				goto final
			}
		}
		goto final
	}
	if c == ctrlNone {
		c, err = th.block(s.Orelse, sc)
	}
final:
	if s.Finalbody != nil {
		ret := th.ret
		pending, _ := err.(*Exception)
		if pending != nil {
			th.handling = append(th.handling, pending)
		}
		fc, ferr := th.block(s.Finalbody, sc)
		if pending != nil {
			th.handling = th.handling[:len(th.handling)-1]
			chain(ferr, pending)
		}
		if ferr != nil || fc != ctrlNone {
			return fc, ferr
		}
		th.ret = ret
	}
	return c, err
}

// handle runs handler h for exc, which raised, its name bound to what it
// caught (exc, or for except* the part of it that matched); an exception
// the handler raises has caught as its __context__.
func (th *Thread) handle(h *py.ExceptHandler, exc, caught *Exception, sc *scope) (ctrl, error) {
	if d := len(th.stack) + 1; exc.caught == 0 || d < exc.caught {
		exc.caught = d
	}
	if h.Name != "" {
		th.setName(h.Name, caught, sc)
	}
	th.handling = append(th.handling, caught)
	c, err := th.block(h.Body, sc)
	th.handling = th.handling[:len(th.handling)-1]
	chain(err, caught)
	if h.Name != "" {
		// the name is deleted when the handler ends, as in CPython
		delete(th.bindingScope(h.Name, sc).vars, h.Name)
	}
	return c, err
}

// chain sets the __context__ of an exception raised while handling another.
func chain(err error, handled *Exception) {
	e, ok := err.(*Exception)
	if !ok || e == handled || e.fatal || handled.fatal {
		return
	}
	x := e
	for n := 0; x.Context != nil; n++ {
		if x.Context == handled || n > 100 { // already chained, or a cycle
			return
		}
		x = x.Context
	}
	x.Context = handled
}

func (th *Thread) excMatches(e *Exception, t Value) (bool, error) {
	switch t := t.(type) {
	case *Class:
		return e.Class.IsSubclass(t), nil
	case Tuple:
		for _, x := range t {
			if ok, err := th.excMatches(e, x); ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	}
	return false, th.Raise(TypeError, "catching classes that do not inherit from BaseException is not allowed")
}

func (th *Thread) raiseStmt(s *py.Raise, sc *scope) error {
	if s.Exc == nil {
		if len(th.handling) == 0 {
			return th.Raise(RuntimeError, "No active exception to reraise")
		}
		return th.handling[len(th.handling)-1]
	}
	v, err := th.eval(s.Exc, sc)
	if err != nil {
		return err
	}
	th.cur = s.Span()
	if c, ok := v.(*Class); ok {
		if !c.exc {
			return th.Raise(TypeError, "exceptions must derive from BaseException")
		}
		if v, err = th.Call(c, nil, nil); err != nil {
			return err
		}
	}
	e, ok := v.(*Exception)
	if !ok {
		return th.Raise(TypeError, "exceptions must derive from BaseException")
	}
	e.Span = s.Span()
	e.Frames, e.caught = th.frames(), 0
	if s.Cause != nil {
		cv, err := th.eval(s.Cause, sc)
		if err != nil {
			return err
		}
		if cv != nil {
			if c, ok := cv.(*Class); ok && c.exc {
				if cv, err = th.Call(c, nil, nil); err != nil {
					return err
				}
			}
			cause, ok := cv.(*Exception)
			if !ok {
				return th.Raise(TypeError, "exception causes must derive from BaseException")
			}
			e.Cause = cause
		} else {
			e.Cause = nil
		}
		e.suppressContext = true
	}
	return e
}

func (th *Thread) withStmt(s *py.With, i int, sc *scope) (ctrl, error) {
	if i == len(s.Items) {
		return th.block(s.Body, sc)
	}
	item := s.Items[i]
	mgr, err := th.eval(item.Context, sc)
	if err != nil {
		return ctrlNone, err
	}
	th.cur = item.Context.Span()
	enter, exit, err := th.cmProtocol(mgr)
	if err != nil {
		return ctrlNone, err
	}
	v, err := enter()
	if err != nil {
		return ctrlNone, err
	}
	if item.Vars != nil {
		if err := th.assign(item.Vars, v, sc); err != nil {
			return ctrlNone, err
		}
	}
	c, err := th.withStmt(s, i+1, sc)
	if err != nil {
		e, ok := err.(*Exception)
		if !ok || e.fatal {
			return c, err
		}
		th.handling = append(th.handling, e)
		suppress, xerr := exit(e)
		th.handling = th.handling[:len(th.handling)-1]
		if xerr != nil {
			chain(xerr, e)
			return ctrlNone, xerr
		}
		if suppress {
			return ctrlNone, nil
		}
		return c, err
	}
	ret := th.ret
	if _, xerr := exit(nil); xerr != nil {
		return ctrlNone, xerr
	}
	th.ret = ret
	return c, nil
}

// cmProtocol is mgr's __enter__ and __exit__ (exit gets the exception
// raised in the body, nil if none, and says whether it is suppressed).
func (th *Thread) cmProtocol(mgr Value) (enter func() (Value, error), exit func(*Exception) (bool, error), err error) {
	switch m := mgr.(type) {
	case ContextManager:
		enter = func() (Value, error) { return m.Enter(th) }
		exit = func(e *Exception) (bool, error) { return m.Exit(th, e) }
	case *Instance:
		en, ok1 := m.Class.Lookup("__enter__")
		ex, ok2 := m.Class.Lookup("__exit__")
		if !ok1 || !ok2 {
			return nil, nil, th.Raise(TypeError, "'%s' object does not support the context manager protocol", m.Class.Name)
		}
		enter = func() (Value, error) { return th.Call(en, []Value{m}, nil) }
		exit = func(e *Exception) (bool, error) {
			args := []Value{m, nil, nil, nil}
			if e != nil {
				args = []Value{m, e.Class, e, &tbObj{e: e}}
			}
			r, err := th.Call(ex, args, nil)
			if err != nil {
				return false, err
			}
			return th.truth(r)
		}
	default:
		return nil, nil, th.Raise(TypeError, "'%s' object does not support the context manager protocol", typeName(mgr))
	}
	return enter, exit, nil
}

func (th *Thread) decorate(decos []py.Expr, v Value, sc *scope) (Value, error) {
	for i := len(decos) - 1; i >= 0; i-- {
		d, err := th.eval(decos[i], sc)
		if err != nil {
			return nil, err
		}
		th.cur = decos[i].Span()
		if v, err = th.Call(d, []Value{v}, nil); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// classBlock runs a class body in a frame of its own, named after the
// class, as CPython does (it shows in tracebacks and counts as recursion).
func (th *Thread) classBlock(s *py.ClassDef, cs *scope) (ctrl, error) {
	leave, err := th.enter(s.Name, s.Span())
	if err != nil {
		return ctrlNone, err
	}
	defer leave()
	return th.block(s.Body, cs)
}

func (th *Thread) classDef(s *py.ClassDef, sc *scope) error {
	var bases []*Class
	var special *Builtin // typing.NamedTuple or TypedDict: a class statement that makes another kind
	var orig []Value     // the bases as written, for a generic class's __orig_bases__
	for _, b := range s.Bases {
		v, err := th.eval(b, sc)
		if err != nil {
			return err
		}
		orig = append(orig, v)
		switch c := v.(type) {
		case *Class:
			bases = append(bases, c)
		case *classAlias: // Generic[T], Repo[int]: their class (__mro_entries__)
			bases = append(bases, c.origin)
		case *Builtin:
			if c != typingNamedTuple && c != typingTypedDict || len(s.Bases) > 1 && c == typingNamedTuple {
				th.cur = b.Span()
				return th.Raise(TypeError, "cannot use a %s as a base class", typeName(v))
			}
			special = c
		case *builtinType:
			if sc, ok := builtinClasses[c]; ok {
				bases = append(bases, sc)
			} else if c == typeType {
				bases = append(bases, typeClass)
			} else if c != typeObj {
				return th.Unsupported("subclassing %s", c.name)
			}
		default:
			th.cur = b.Span()
			return th.Raise(TypeError, "cannot use a %s as a base class", typeName(v))
		}
	}
	body := &ClassBody{Span: s.Span(), NameSpan: s.NameSpan, Spans: map[string]source.Span{}, ValueSpans: map[string]source.Span{},
		Annotations: map[string]Value{}, AnnSpans: map[string]source.Span{}}
	hooked := false
	var layout *builtinType
	for _, b := range bases {
		if t := b.builtinBase(); t != nil && layout != nil && t != layout || t != nil && b.exc {
			th.cur = s.Span()
			return th.Raise(TypeError, "multiple bases have instance lay-out conflict")
		} else if t != nil {
			layout = t
		}
	}
	for i, b := range bases {
		for _, k := range b.MRO {
			if k.abc != nil && k.abc.coll != nil && k.abc.coll.mixins {
				th.cur = s.Bases[i].Span()
				return th.Unsupported("subclassing collections.abc.%s (its mixin methods)", k.Name)
			}
		}
		hooked = hooked || b.Hook != nil
		if slices.Contains(bases[:i], b) {
			th.cur = s.Bases[i].Span()
			return th.Raise(TypeError, "duplicate base class %s", b.Name)
		}
	}
	if _, stuck := c3(bases); stuck != nil {
		th.cur = s.Span()
		var names []string
		for _, c := range stuck {
			names = append(names, c.Name)
		}
		return th.Raise(TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
	}
	var initKw []KV  // __init_subclass__'s keyword arguments
	var named *Class // metaclass=, a script's subclass of type
	abstract := false
	for _, b := range bases {
		abstract = abstract || b.abc != nil
	}
	for _, k := range s.Keywords {
		th.cur = k.Span()
		if k.Arg == "" {
			return th.Unsupported("class keyword arguments (**)")
		}
		v, err := th.eval(k.Value, sc)
		if err != nil {
			return err
		}
		if k.Arg == "metaclass" && v == abcMeta {
			abstract = true
			continue
		} else if m, ok := v.(*Class); ok && k.Arg == "metaclass" && m.IsSubclass(typeClass) {
			named = m
			continue
		} else if k.Arg == "metaclass" && v != typeType {
			return th.Unsupported("metaclasses (metaclass=%s)", reprOrType(th, v))
		} else if k.Arg == "metaclass" {
			continue
		}
		if !hooked {
			initKw = append(initKw, KV{Name: k.Arg, Value: v})
			continue
		}
		body.Keywords = append(body.Keywords, KV{Name: k.Arg, Value: v})
		body.KeywordSpans = append(body.KeywordSpans, k.Span())
	}
	body.qualname = th.qualify(s.Name, sc)
	meta, err := th.metaclassOf(named, bases)
	if err != nil {
		th.cur = s.Span()
		return err
	}
	if meta != nil && (hooked || abstract || special != nil || enumBase(bases) != nil) {
		return th.Unsupported("a metaclass (%s) with a mapped, abstract, enum or typing base", meta.Name)
	} else if meta != nil {
		if _, ok := meta.Lookup("__prepare__"); ok {
			return th.Unsupported("%s.__prepare__", meta.Name)
		}
	}
	if base := enumBase(bases); base != nil {
		body.enum = &enumBody{bases: bases, base: base}
	}
	cs := newScope(sc)
	cs.class = true
	saved := th.classBody
	th.classBody = body
	_, err = th.classBlock(s, cs)
	th.classBody = saved
	if err != nil {
		return err
	}
	dict := NewDict()
	for _, st := range s.Body {
		th.collectNames(st, body)
	}
	// the namespace in binding order; a name deleted and bound again is
	// where it was last bound
	for i, n := range cs.order {
		if v, ok := cs.vars[n]; ok && !slices.Contains(cs.order[i+1:], n) {
			dict.SetStr(n, v)
		}
	}
	if meta != nil {
		return th.metaClassDef(s, sc, meta, bases, dict, body, initKw)
	}
	if special != nil || typedDictBase(bases) {
		th.cur = s.Span()
		cls, err := th.typingClass(special, s.Name, bases, dict, body, initKw)
		if err != nil {
			return err
		}
		if d := docstring(s.Body); d != nil {
			cls.doc = d
		}
		var v Value = cls
		if v, err = th.decorate(s.Decorators, v, sc); err != nil {
			return err
		}
		th.setName(s.Name, v, sc)
		return nil
	}
	th.cur = s.Span()
	if layoutConflict(bases) {
		return th.Raise(TypeError, "multiple bases have instance lay-out conflict")
	}
	slots, slotted, err := th.classSlots(s.Name, bases, dict)
	if err != nil {
		return err
	}
	cls := NewClass(s.Name, bases, dict, nil)
	cls.Span = s.Span()
	cls.Body = body
	cls.qualname = body.qualname
	cls.doc = docstring(s.Body)
	cls.recordNS(len(body.Annotations) > 0, slots, slotted)
	for _, f := range body.funcs {
		f.class = cls
	}
	if abstract {
		makeABC(cls)
	}
	if cls.IsSubclass(typingGeneric) {
		genericParams(cls, orig)
	}
	if base := enumBase(bases); base != nil {
		th.cur = s.Span()
		if err := th.makeEnum(cls, base, body); err != nil {
			return err
		}
	}
	if !hooked {
		th.cur = s.Span()
		if err := th.classCreated(cls, initKw); err != nil {
			return err
		}
	}
	if cls.Hook != nil {
		th.cur = s.Span()
		if err := cls.Hook.Subclassed(th, cls, body); err != nil {
			return err
		}
	}
	v, err := th.decorate(s.Decorators, cls, sc)
	if err != nil {
		return err
	}
	th.setName(s.Name, v, sc)
	return nil
}

// collectNames records, in order, the names a class body binds.
func (th *Thread) collectNames(s py.Stmt, body *ClassBody) {
	switch s := s.(type) {
	case *py.Assign:
		for _, t := range s.Targets {
			if n, ok := t.(*py.Name); ok {
				body.note(n.Id, s.Span(), s.Value)
			}
		}
	case *py.AnnAssign:
		if n, ok := s.Target.(*py.Name); ok {
			body.note(n.Id, s.Span(), s.Value)
		}
	case *py.FunctionDef:
		body.note(s.Name, s.Span(), nil)
	case *py.If:
		for _, x := range append(append([]py.Stmt(nil), s.Body...), s.Orelse...) {
			th.collectNames(x, body)
		}
	}
}

func (b *ClassBody) note(name string, span source.Span, value py.Expr) {
	if _, ok := b.Spans[name]; ok {
		return
	}
	b.Names = append(b.Names, name)
	b.Spans[name] = span
	if value != nil {
		b.ValueSpans[name] = value.Span()
	}
}
