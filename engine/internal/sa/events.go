package sa

import (
	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/orm"
)

// mapperEvents are the MapperEvents a flush fires per object.
var mapperEvents = map[string]orm.MapperEvent{
	"before_insert": orm.BeforeInsert, "after_insert": orm.AfterInsert,
	"before_update": orm.BeforeUpdate, "after_update": orm.AfterUpdate,
	"before_delete": orm.BeforeDelete, "after_delete": orm.AfterDelete,
}

// listenOpts are the keywords of event.listen / listens_for the engine
// builds; retval changes nothing for the events it builds (their return
// value is ignored either way).
type listenOpts struct {
	propagate, raw, named bool
}

// mapperListener is one function listening to a mapper event.
type mapperListener struct {
	ev orm.MapperEvent
	fn interp.Value
	listenOpts
}

// mapperHub holds the mapper event listeners as SQLAlchemy's dispatch does:
// those on Mapper itself run first for every mapper; a mapped class's own
// list is in the order its listeners were added, with the propagating ones
// of its mapped superclass copied in when it is mapped; listeners on a
// class that is not mapped (a mixin, the declarative base) wait in holds
// for the classes mapped below it (_MapperEventsHold).
type mapperHub struct {
	every []*mapperListener
	holds map[*interp.Class][]*mapperListener
	own   map[*orm.Mapper][]*mapperListener
}

// listenMapper adds a mapper event listener on target: Mapper, a mapped
// class (or its inspect() mapper), or a class not mapped (yet).
func (rt *Runtime) listenMapper(th *interp.Thread, target interp.Value, l *mapperListener) error {
	h := &rt.mapperEvents
	if h.own == nil {
		h.own = map[*orm.Mapper][]*mapperListener{}
		h.holds = map[*interp.Class][]*mapperListener{}
	}
	var mp *mapped
	switch t := target.(type) {
	case *hostType:
		if t != rt.mapperType {
			return unsupported(th, "mapper events on %s", t.name)
		}
		h.every = append(h.every, l)
		return nil
	case *mapperObj:
		mp = t.mp
	case *interp.Class:
		mp = rt.mappedClass(t)
		if mp == nil {
			h.holds[t] = append(h.holds[t], l)
			if l.propagate {
				for _, r := range rt.registries {
					for _, sub := range r.order {
						if sub.cls != t && sub.cls.IsSubclass(t) {
							h.add(sub.m, l)
						}
					}
				}
			}
			return nil
		}
	default:
		return unsupported(th, "mapper events on %s", th.TypeName(target))
	}
	if !l.propagate {
		h.add(mp.m, l)
		return nil
	}
	for _, m := range mp.m.SelfAndDescendants() {
		h.add(m, l)
	}
	return nil
}

func (h *mapperHub) add(m *orm.Mapper, l *mapperListener) {
	for _, x := range h.own[m] {
		if x == l {
			return
		}
	}
	h.own[m] = append(h.own[m], l)
}

// mapped gives a newly mapped class the listeners waiting for it: those
// held on the classes of its MRO (in MRO order; a held class's own
// listeners only when it is that class, the others when they propagate),
// then its mapped superclass's propagating ones.
func (h *mapperHub) mapped(mp *mapped) {
	if h.own == nil {
		return
	}
	for _, k := range mp.cls.MRO {
		for _, l := range h.holds[k] {
			if l.propagate || k == mp.cls {
				h.add(mp.m, l)
			}
		}
	}
	if mp.m.Inherits != nil {
		for _, l := range h.own[mp.m.Inherits] {
			if l.propagate {
				h.add(mp.m, l)
			}
		}
	}
}

// fireMapper runs the listeners of a mapper event for one object of the
// flush, as fn(mapper, connection, target).
func (s *sessionObj) fireMapper(th *interp.Thread, ev orm.MapperEvent, st *orm.State) error {
	h := &s.rt.mapperEvents
	var fns []*mapperListener
	for _, l := range append(append([]*mapperListener(nil), h.every...), h.own[st.M]...) {
		if l.ev == ev {
			fns = append(fns, l)
		}
	}
	if len(fns) == 0 {
		return nil
	}
	mp := s.rt.mappedOf(st.M)
	conn := s.connection()
	for _, l := range fns {
		var target interp.Value = st.Obj
		if l.raw {
			target = &instanceState{st: st, rt: s.rt}
		}
		args := []interp.Value{&mapperObj{mp: mp}, conn, target}
		if err := callListener(th, l.fn, l.named, []string{"mapper", "connection", "target"}, args); err != nil {
			return err
		}
	}
	return nil
}

// callListener calls a listener with the event's arguments, by name when
// it was added with named=True.
func callListener(th *interp.Thread, fn interp.Value, named bool, names []string, args []interp.Value) error {
	if !named {
		_, err := th.Call(fn, args, nil)
		return err
	}
	kw := make([]interp.KV, len(args))
	for i, a := range args {
		kw[i] = interp.KV{Name: names[i], Value: a}
	}
	_, err := th.Call(fn, nil, kw)
	return err
}

// mappedClass finds the mapping of a class, nil when it is not mapped.
func (rt *Runtime) mappedClass(cls *interp.Class) *mapped {
	for _, r := range rt.registries {
		if mp := r.byClass(cls); mp != nil {
			return mp
		}
	}
	return nil
}

// mappedOf finds the mapping of a mapper.
func (rt *Runtime) mappedOf(m *orm.Mapper) *mapped {
	for _, r := range rt.registries {
		for _, mp := range r.order {
			if mp.m == m {
				return mp
			}
		}
	}
	return nil
}

// sessionEvents are the SessionEvents the engine fires, with the names of
// their arguments.
var sessionEvents = map[string]orm.SessionEvent{
	"before_flush": orm.BeforeFlush, "after_flush": orm.AfterFlush, "after_flush_postexec": orm.AfterFlushPostexec,
	"before_commit": orm.BeforeCommit, "after_commit": orm.AfterCommit, "after_rollback": orm.AfterRollback,
}

var sessionEventArgs = map[orm.SessionEvent][]string{
	orm.BeforeFlush: {"session", "flush_context", "instances"}, orm.AfterFlush: {"session", "flush_context"},
	orm.AfterFlushPostexec: {"session", "flush_context"}, orm.BeforeCommit: {"session"},
	orm.AfterCommit: {"session"}, orm.AfterRollback: {"session"},
}

// sessionListener is a session event listener on Session (maker nil: every
// session), on a sessionmaker (the sessions it makes) or on one session.
type sessionListener struct {
	ev    orm.SessionEvent
	maker *sessionMaker
	fn    interp.Value
	named bool
}

// listenSession adds a session event listener.
func (rt *Runtime) listenSession(th *interp.Thread, target interp.Value, l sessionListener) error {
	switch t := target.(type) {
	case sessionClass:
		rt.sessionListeners = append(rt.sessionListeners, l)
	case *sessionMaker:
		l.maker = t
		rt.sessionListeners = append(rt.sessionListeners, l)
	case *sessionObj:
		t.listeners = append(t.listeners, l)
	default:
		return unsupported(th, "session event listeners on %s", th.TypeName(target))
	}
	return nil
}

// fireSession calls a session event's listeners: the class's (Session's and
// the sessionmaker's) in the order they were added, then the session's own.
func (s *sessionObj) fireSession(th *interp.Thread, ev orm.SessionEvent) error {
	var fns []sessionListener
	for _, l := range append(append([]sessionListener(nil), s.rt.sessionListeners...), s.listeners...) {
		if l.ev == ev && (l.maker == nil || l.maker == s.maker) {
			fns = append(fns, l)
		}
	}
	names := sessionEventArgs[ev]
	args := []interp.Value{s, &uowTransaction{}, nil}[:len(names)]
	for _, l := range fns {
		if err := callListener(th, l.fn, l.named, names, args); err != nil {
			return err
		}
	}
	return nil
}

// uowTransaction is the flush_context a flush's listeners receive; its
// attributes are refused.
type uowTransaction struct{}

func (*uowTransaction) TypeName() string { return "UOWTransaction" }
