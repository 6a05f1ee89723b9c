package interp

import (
	"fmt"

	"cascadelab/engine/internal/py"
)

// Generator is a generator object. Its function's body runs on a goroutine
// of its own that hands control back and forth with the caller over two
// channels, so only one of them runs at a time and the Thread is never
// shared concurrently.
type Generator struct {
	name string
	// run is the body: it returns the generator's return value.
	run     func() (Value, error)
	started bool
	running bool
	done    bool
	resume  chan genIn
	out     chan genOut
	// handling holds the generator's active except blocks while it is
	// suspended; base is where they start on the Thread's stack.
	handling []*Exception
	base     int
	addr     int
}

// genIn resumes a generator: with a value to send, an exception to throw,
// or stop (the run ended) to unwind it silently.
type genIn struct {
	v    Value
	exc  *Exception
	stop bool
}

// genOut is what a generator hands back: a yielded value, or its end (the
// return value, or the exception it raised).
type genOut struct {
	v     Value
	ended bool
	err   error
}

// errStopped unwinds a generator that is still suspended when the run ends.
var errStopped = &Exception{Class: GeneratorExit, fatal: true}

// TypeName implements Object.
func (g *Generator) TypeName() string { return "generator" }

// Repr implements Reprer.
func (g *Generator) Repr(th *Thread) (string, error) {
	if g.addr == 0 {
		th.addrs++
		g.addr = th.addrs
	}
	return fmt.Sprintf("<generator object %s at 0x7f%010x>", g.name, 0x1000+g.addr*0x40), nil
}

// resumeWith runs the generator to its next yield. yielded is false when it
// ended: v is then its return value, or err what it raised.
func (th *Thread) resumeWith(g *Generator, in genIn) (v Value, yielded bool, err error) {
	if g.running {
		return nil, false, th.Raise(ValueError, "generator already executing")
	}
	if g.done {
		if in.exc != nil {
			return nil, false, in.exc
		}
		return nil, false, nil
	}
	if !g.started {
		if in.exc != nil {
			g.done = true
			return nil, false, in.exc
		}
		if in.v != nil {
			return nil, false, th.Raise(TypeError, "can't send non-None value to a just-started generator")
		}
	}
	g.running = true
	cur := th.cur // the generator moves it; the caller goes on where it was
	g.base = len(th.handling)
	th.handling = append(th.handling, g.handling...)
	th.stack = append(th.stack, Frame{Func: g.name, Span: th.cur})
	if !g.started {
		g.started = true
		th.gens[g] = true
		go th.runGenerator(g)
	} else {
		g.resume <- in
	}
	out := <-g.out
	// a StopIteration leaving the body ends in the generator's frame and
	// becomes the caller's RuntimeError, caused by it (gen_send_ex2)
	stop, _ := out.err.(*Exception)
	if stop != nil && (!stop.Class.IsSubclass(StopIteration) || stop.fatal) {
		stop = nil
	}
	if d := len(th.stack) + 1; stop != nil && (stop.caught == 0 || d < stop.caught) {
		stop.caught = d
	}
	th.stack = th.stack[:len(th.stack)-1]
	th.cur = cur
	if stop != nil {
		re := th.Raise(RuntimeError, "generator raised StopIteration")
		re.Context, re.Cause, re.suppressContext = stop, stop, true
		out.err = re
	}
	g.handling = append(g.handling[:0], th.handling[g.base:]...)
	th.handling = th.handling[:g.base]
	g.running = false
	if !out.ended {
		return out.v, true, nil
	}
	g.done = true
	delete(th.gens, g)
	return out.v, false, out.err
}

// runGenerator is the generator's goroutine.
func (th *Thread) runGenerator(g *Generator) {
	var out genOut
	defer func() {
		if r := recover(); r != nil {
			msg := fmt.Sprintf("internal error in cascadelab: %v", r)
			out = genOut{err: &Exception{Class: InternalError, Args: []Value{msg}, Span: th.cur, msg: &msg, fatal: true}}
		}
		out.ended = true
		g.out <- out
	}()
	out.v, out.err = g.run()
}

// yield hands v to the generator's caller and waits to be resumed.
func (th *Thread) yield(g *Generator, v Value) (Value, error) {
	g.out <- genOut{v: v}
	in := <-g.resume
	if in.stop {
		return nil, errStopped
	}
	if in.exc != nil {
		return nil, in.exc
	}
	return in.v, nil
}

func (th *Thread) yieldExpr(e *py.Yield, sc *scope) (Value, error) {
	g := sc.gen
	if g == nil {
		th.cur = e.Span()
		return nil, th.Unsupported("'yield' here")
	}
	var v Value
	if e.Value != nil {
		var err error
		if v, err = th.eval(e.Value, sc); err != nil {
			return nil, err
		}
	}
	if !e.From {
		return th.yield(g, v)
	}
	th.cur = e.Span()
	if sub, ok := v.(*Generator); ok {
		in := genIn{}
		for {
			th.cur = e.Span() // resumed, this frame is at its yield from again
			r, yielded, err := th.resumeWith(sub, in)
			if err != nil || !yielded {
				return r, err
			}
			sent, err := th.yield(g, r)
			if err != nil {
				e, ok := err.(*Exception)
				if !ok || e.fatal {
					return nil, err
				}
				if e.Class.IsSubclass(GeneratorExit) {
					if cerr := th.closeGenerator(sub); cerr != nil {
						return nil, cerr
					}
					return nil, err
				}
				in = genIn{exc: e}
				continue
			}
			in = genIn{v: sent}
		}
	}
	next, err := th.iter(v)
	if err != nil {
		return nil, err
	}
	for {
		th.cur = e.Span()
		x, ok, err := next()
		if err != nil || !ok {
			return nil, err
		}
		if _, err := th.yield(g, x); err != nil {
			return nil, err
		}
	}
}

// closeGenerator is generator.close(): GeneratorExit thrown in at the yield.
func (th *Thread) closeGenerator(g *Generator) error {
	if !g.started || g.done {
		g.done = true
		return nil
	}
	_, yielded, err := th.resumeWith(g, genIn{exc: &Exception{Class: GeneratorExit, Span: th.cur}})
	if yielded {
		return th.Raise(RuntimeError, "generator ignored GeneratorExit")
	}
	if e, ok := err.(*Exception); ok && (e.Class.IsSubclass(GeneratorExit) || e.Class.IsSubclass(StopIteration)) {
		return nil
	}
	return err
}

// stopGenerators unwinds the generators still suspended when the run ends,
// so that their goroutines finish; they run no more Python.
func (th *Thread) stopGenerators() {
	for g := range th.gens {
		if g.running {
			continue
		}
		th.stopping = true
		g.resume <- genIn{stop: true}
		<-g.out
	}
}

// newGenerator makes a generator object running run.
func newGenerator(name string, run func() (Value, error)) *Generator {
	return &Generator{name: name, run: run, resume: make(chan genIn), out: make(chan genOut)}
}

// functionGenerator is what a call of a generator function returns.
func (th *Thread) functionGenerator(f *Function, sc *scope) *Generator {
	g := newGenerator(f.Name, func() (Value, error) {
		c, err := th.block(f.Body, sc)
		if err != nil || c != ctrlReturn {
			return nil, err
		}
		r := th.ret
		th.ret = nil
		return r, nil
	})
	sc.gen = g
	return g
}

// Attr gives the generator's methods.
func (g *Generator) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "__next__":
		return &Builtin{Name: "__next__", Fn: func(th *Thread, c *Call) (Value, error) { return th.genNext(g, genIn{}) }}, true, nil
	case "__iter__":
		return &Builtin{Name: "__iter__", Fn: func(th *Thread, c *Call) (Value, error) { return g, nil }}, true, nil
	case "send":
		return &Builtin{Name: "send", Fn: func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "send", 1, 1); err != nil {
				return nil, err
			}
			return th.genNext(g, genIn{v: c.Args[0]})
		}}, true, nil
	case "throw":
		return &Builtin{Name: "throw", Fn: func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "throw", 1, 3); err != nil {
				return nil, err
			}
			e, err := th.asRaised(c.Args[0])
			if err != nil {
				return nil, err
			}
			return th.genNext(g, genIn{exc: e})
		}}, true, nil
	case "close":
		return &Builtin{Name: "close", Fn: func(th *Thread, c *Call) (Value, error) { return nil, th.closeGenerator(g) }}, true, nil
	case "__name__", "__qualname__":
		return g.name, true, nil
	case "gi_running":
		return g.running, true, nil
	}
	return nil, false, nil
}

// genNext resumes g and turns its end into StopIteration, as next() does.
func (th *Thread) genNext(g *Generator, in genIn) (Value, error) {
	v, yielded, err := th.resumeWith(g, in)
	if err != nil || yielded {
		return v, err
	}
	return nil, th.stopIteration(v)
}

// stopIteration is the StopIteration ending an iterator, carrying value.
func (th *Thread) stopIteration(v Value) *Exception {
	e := &Exception{Class: StopIteration, Span: th.cur, Frames: th.frames()}
	if v != nil {
		e.Args = []Value{v}
	}
	return e
}

// asRaised is the exception "raise x" raises for x, an exception or class.
func (th *Thread) asRaised(v Value) (*Exception, error) {
	if c, ok := v.(*Class); ok && c.exc {
		r, err := th.Call(c, nil, nil)
		if err != nil {
			return nil, err
		}
		v = r
	}
	e, ok := v.(*Exception)
	if !ok {
		return nil, th.Raise(TypeError, "exceptions must derive from BaseException")
	}
	return e, nil
}
