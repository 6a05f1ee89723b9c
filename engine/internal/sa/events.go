package sa

import (
	"fmt"
	"sort"

	"cascadelab/engine/internal/exc"
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
// builds; retval matters to attribute events only (the mapper and session
// events ignore their listeners' return value).
type listenOpts struct {
	propagate, raw, named, retval bool
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
		if _, err := callListener(th, l.fn, l.named, []string{"mapper", "connection", "target"}, args); err != nil {
			return err
		}
	}
	return nil
}

// callListener calls a listener with the event's arguments, by name when
// it was added with named=True.
func callListener(th *interp.Thread, fn interp.Value, named bool, names []string, args []interp.Value) (interp.Value, error) {
	if !named {
		return th.Call(fn, args, nil)
	}
	kw := make([]interp.KV, len(args))
	for i, a := range args {
		kw[i] = interp.KV{Name: names[i], Value: a}
	}
	return th.Call(fn, nil, kw)
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
		if _, err := callListener(th, l.fn, l.named, names, args); err != nil {
			return err
		}
	}
	return nil
}

// uowTransaction is the flush_context a flush's listeners receive; its
// attributes are refused.
type uowTransaction struct{}

func (*uowTransaction) TypeName() string { return "UOWTransaction" }

// loaderStatus is a LoaderCallableStatus member: NO_VALUE, the old value
// a listener receives for an attribute never loaded or set, or
// PASSIVE_NO_RESULT, a persistent object's relationship not loaded.
type loaderStatus struct {
	name  string
	value int
}

var (
	noValue         = &loaderStatus{"NO_VALUE", 4}
	passiveNoResult = &loaderStatus{"PASSIVE_NO_RESULT", 0}
)

func (*loaderStatus) TypeName() string { return "LoaderCallableStatus" }
func (l *loaderStatus) Repr(th *interp.Thread) (string, error) {
	return fmt.Sprintf("<LoaderCallableStatus.%s: %d>", l.name, l.value), nil
}
func (l *loaderStatus) Str(th *interp.Thread) (string, error) {
	return "LoaderCallableStatus." + l.name, nil
}
func (*loaderStatus) Attr(*interp.Thread, string) (interp.Value, bool, error) { return nil, false, nil }

// attrKey is one mapper's attribute.
type attrKey struct {
	m   *orm.Mapper
	key string
}

// attrListener is an attribute event listener ("set", "remove", or
// "append" on a collection), or a @validates method (validator set) put
// among a column's "set" listeners when its mapper is configured, as
// SQLAlchemy instruments it.
type attrListener struct {
	ident string
	fn    interp.Value
	listenOpts
	activeHistory bool
	validator     *validator
}

// validator is a method decorated with @validates.
type validator struct {
	fn             interp.Value
	includeRemoves bool
}

// validatesFn is sqlalchemy.orm.validates(*names, include_removes=False,
// include_backrefs=True): it marks the method, which the mapping of its
// class reads.
func (rt *Runtime) validatesFn(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	var names []string
	for _, a := range c.Args {
		s, ok := a.(string)
		if !ok {
			return nil, unsupported(th, "validates() of a %s (only attribute names)", th.TypeName(a))
		}
		names = append(names, s)
	}
	var removes bool
	for _, k := range c.Kw {
		b, err := th.Truth(k.Value)
		if err != nil {
			return nil, err
		}
		switch k.Name {
		case "include_removes":
			removes = b
		case "include_backrefs":
			// only column attributes are validated here: no backrefs reach them
		default:
			return nil, typeErr(th, "validates() got an unexpected keyword argument '%s'", k.Name)
		}
	}
	return builtin("validates", func(th *interp.Thread, d *interp.Call) (interp.Value, error) {
		if len(d.Args) != 1 {
			return nil, typeErr(th, "validates decorator takes one function")
		}
		if rt.validated == nil {
			rt.validated = map[interp.Value]*validated{}
		}
		rt.validated[d.Args[0]] = &validated{names: names, includeRemoves: removes}
		return d.Args[0], nil
	}), nil
}

// validated is what @validates marked on a method.
type validated struct {
	names          []string
	includeRemoves bool
}

// mapValidators reads a newly mapped class's validators
// (Mapper._configure_class_instrumentation): every attribute of the class
// in dir() order, resolved along the MRO, that @validates marked.
func (rt *Runtime) mapValidators(th *interp.Thread, mp *mapped) error {
	if len(rt.validated) == 0 {
		return nil
	}
	seen := map[string]bool{}
	var names []string
	for _, k := range mp.cls.MRO {
		for _, n := range k.Dict.Keys() {
			if s, ok := n.(string); ok && !seen[s] {
				seen[s] = true
				names = append(names, s)
			}
		}
	}
	sort.Strings(names)
	for _, n := range names {
		v, _ := mp.cls.Lookup(n)
		marks := rt.validated[v]
		if marks == nil {
			continue
		}
		for _, key := range marks.names {
			if mp.m.Cols[key] == nil {
				return unsupported(th, "validates(%q) of anything but a column attribute", key)
			}
			if mp.validators[key] != nil {
				return th.Raise(interp.ClassOf(exc.InvalidRequestError), "A validation function for mapped attribute '%s' on mapper Mapper[%s(%s)] already exists.", key, mp.cls.Name, mp.m.Table.Name)
			}
			if mp.validators == nil {
				mp.validators = map[string]*validator{}
			}
			mp.validators[key] = &validator{fn: v, includeRemoves: marks.includeRemoves}
		}
	}
	return nil
}

// instrument runs the attribute_instrument listeners for the attributes of
// newly configured mappers, then puts their validators among their
// attributes' listeners (the declaring mapper's validator, on it and on
// the subclasses that inherit the attribute), as SQLAlchemy's
// register_attribute_impl and its listen hooks do.
func (rt *Runtime) instrument(th *interp.Thread, r *registry) error {
	if rt.attrEvents == nil {
		rt.attrEvents = map[attrKey][]*attrListener{}
	}
	var fresh []*mapped
	for _, mp := range r.order {
		if !mp.instrumented {
			mp.instrumented = true
			fresh = append(fresh, mp)
		}
	}
	if len(rt.instrumentListeners) > 0 {
		for _, mp := range fresh {
			if err := rt.instrumentMapper(th, mp); err != nil {
				return err
			}
		}
	}
	for _, mp := range fresh {
		for key := range mp.m.Cols {
			d := rt.mappedOf(mp.m.Declarer(key))
			if d == nil || d.validators[key] == nil {
				continue
			}
			k := attrKey{mp.m, key}
			rt.attrEvents[k] = append(rt.attrEvents[k], &attrListener{ident: "set", validator: d.validators[key]})
		}
	}
	return nil
}

// instrumentListener is an attribute_instrument listener on a class: it
// hears of the attributes of the mapped classes below it.
type instrumentListener struct {
	cls *interp.Class
	fn  interp.Value
}

// instrumentMapper fires attribute_instrument for a mapper's attributes in
// mapper._props order (Mapper._post_configure_properties): each on the
// mapper and the subclasses inheriting it, a relationship's backref just
// before the relationship (its init makes it).
func (rt *Runtime) instrumentMapper(th *interp.Thread, mp *mapped) error {
	m := mp.m
	if len(mp.exprs) > 0 {
		return unsupported(th, "the event \"attribute_instrument\" on a class with column_property() expressions (%s)", mp.cls.Name)
	}
	for _, key := range props(mp) {
		if r := m.Rel(key); r != nil {
			if r.FromBackref || r.Parent != m {
				continue
			}
			if rev := r.Reverse; rev != nil && rev.FromBackref {
				if err := rt.instrumentAttr(th, rev.Parent, rev.Key); err != nil {
					return err
				}
			}
		}
		if err := rt.instrumentAttr(th, m, key); err != nil {
			return err
		}
	}
	return nil
}

// props are a mapper's attribute keys in mapper._props order
// (Mapper._configure_properties): its relationships as declared, the
// attributes it inherits, then its columns in the order it selects them;
// backref= relationships come with the relationship that makes them.
func props(mp *mapped) []string {
	var out []string
	seen := map[string]bool{}
	add := func(k string) {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	for _, d := range mp.rels {
		if d.backrefOf == nil {
			add(d.key)
		}
	}
	if p := mp.m.Inherits; p != nil {
		for _, c := range p.ColumnsInOrder() {
			if k := p.ColKey(c); mp.m.Declarer(k) != mp.m {
				add(k)
			}
		}
	}
	for _, c := range mp.m.ColumnsInOrder() {
		add(mp.m.ColKey(c))
	}
	return out
}

// instrumentAttr fires attribute_instrument for key on m and on its
// descendants that inherit the same attribute, once each.
func (rt *Runtime) instrumentAttr(th *interp.Thread, m *orm.Mapper, key string) error {
	if rt.instrumentedAttrs == nil {
		rt.instrumentedAttrs = map[attrKey]bool{}
	}
	same := func(d *orm.Mapper) bool {
		if r := m.Rel(key); r != nil {
			return d.Rel(key) == r
		}
		return d.Declarer(key) == m.Declarer(key)
	}
	for _, d := range m.SelfAndDescendants() {
		k := attrKey{d, key}
		if rt.instrumentedAttrs[k] || !same(d) {
			continue
		}
		rt.instrumentedAttrs[k] = true
		mp := rt.mappedOf(d)
		if mp == nil {
			continue
		}
		inst, _, err := th.GetAttr(mp.cls, key)
		if err != nil {
			return err
		}
		rt.instrumenting = k
		for _, l := range rt.instrumentListeners {
			if !mp.cls.IsSubclass(l.cls) {
				continue
			}
			if _, err := th.Call(l.fn, []interp.Value{mp.cls, key, inst}, nil); err != nil {
				rt.instrumenting = attrKey{}
				return err
			}
		}
		rt.instrumenting = attrKey{}
	}
	return nil
}

// listenAttr adds an attribute event listener ("set", "append" or
// "remove") on a mapped column or relationship attribute.
func (rt *Runtime) listenAttr(th *interp.Thread, target interp.Value, ident string, l *attrListener) error {
	var m *orm.Mapper
	var key string
	// each attribute takes the three (a column's "append" never fires,
	// nor a collection's "set")
	if ident != "append" && ident != "remove" && ident != "set" {
		return unsupported(th, "attribute event %q (\"set\", \"append\" and \"remove\" are)", ident)
	}
	switch t := target.(type) {
	case *colAttr:
		if t.m == nil || t.as != nil {
			return unsupported(th, "attribute event %q on %s", ident, th.TypeName(target))
		}
		m, key = t.m, t.key
	case *relAttr:
		if t.as != nil || t.rel.Dynamic() {
			return unsupported(th, "attribute event %q on %s", ident, th.TypeName(target))
		}
		m, key = t.rel.Parent, t.rel.Key
		if k := rt.instrumenting; k.key == key && k.m.Rel(key) == t.rel {
			// an attribute_instrument listener listening on the attribute
			// it hears of, before the backref's listeners exist
			m = k.m
		} else if mp := rt.mappedOf(t.rel.Parent); mp != nil && mp.instrumented {
			// listeners added once the mapper is configured run after the
			// backref's in SQLAlchemy; the engine fires them before it
			return unsupported(th, "an attribute event listener on relationship %s added after the mappers were configured", t.rel)
		}
	case *relDef:
		// a relationship before its mapper is configured
		if t.owner == nil {
			return unsupported(th, "attribute event %q on %s", ident, th.TypeName(target))
		}
		m, key = t.owner.m, t.key
	default:
		return unsupported(th, "attribute event %q on %s", ident, th.TypeName(target))
	}
	l.ident = ident
	if rt.attrEvents == nil {
		rt.attrEvents = map[attrKey][]*attrListener{}
	}
	ms := []*orm.Mapper{m}
	if l.propagate {
		ms = m.SelfAndDescendants()
	}
	for _, m := range ms {
		k := attrKey{m, key}
		rt.attrEvents[k] = append(rt.attrEvents[k], l)
	}
	return nil
}

// listeners are the listeners of one event on one mapper's attribute.
func (rt *Runtime) listeners(m *orm.Mapper, key, ident string) []*attrListener {
	var out []*attrListener
	for _, l := range rt.attrEvents[attrKey{m, key}] {
		if l.ident == ident {
			out = append(out, l)
		}
	}
	return out
}

// fireRel runs the listeners of a relationship event (orm.State.fire):
// append and set listeners with retval=True replace the object, which may
// be what a collection assignment gave rather than an object.
func (rt *Runtime) fireRel(th *interp.Thread, ev orm.RelEvent, st *orm.State, r *orm.Relationship, v, old any) (*orm.State, error) {
	ident := [...]string{orm.AppendEvent: "append", orm.RemoveEvent: "remove", orm.SetEvent: "set"}[ev]
	val := func(x any) interp.Value {
		switch x := x.(type) {
		case *orm.State:
			if x == nil {
				return nil
			}
			return x.Obj
		case nil:
			return nil
		}
		if orm.Unknown(x) {
			if st.Key == nil {
				return noValue
			}
			return passiveNoResult
		}
		return x.(interp.Value)
	}
	cur := val(v)
	for _, l := range rt.listeners(st.M, r.Key, ident) {
		var target interp.Value = st.Obj
		if l.raw {
			target = &instanceState{st: st, rt: rt}
		}
		args := []interp.Value{target, cur}
		names := []string{"target", "value"}
		if ev == orm.SetEvent {
			args, names = append(args, val(old)), append(names, "oldvalue")
		}
		args, names = append(args, &opaque{name: "AttributeEventToken"}), append(names, "initiator")
		res, err := callListener(th, l.fn, l.named, names, args)
		if err != nil {
			return nil, err
		}
		if l.retval && ev != orm.RemoveEvent {
			cur = res
		}
	}
	if cur == nil {
		return nil, nil
	}
	return rt.stateOf(th, cur, r.Target)
}

// fireRemove runs the "remove" listeners of a column attribute being
// deleted (ScalarAttributeImpl.delete): old is its value, or NO_VALUE.
func (rt *Runtime) fireRemove(th *interp.Thread, st *orm.State, key string, old interp.Value) error {
	for _, l := range rt.listeners(st.M, key, "remove") {
		var target interp.Value = st.Obj
		if l.raw {
			target = &instanceState{st: st, rt: rt}
		}
		args := []interp.Value{target, old, &opaque{name: "AttributeEventToken"}}
		if _, err := callListener(th, l.fn, l.named, []string{"target", "value", "initiator"}, args); err != nil {
			return err
		}
	}
	return nil
}

// inheritAttrListeners gives a newly mapped subclass its superclass's
// propagating attribute listeners (QueryableAttribute copying its base's
// dispatch).
func (rt *Runtime) inheritAttrListeners(mp *mapped) {
	if mp.m.Inherits == nil {
		return
	}
	for k, ls := range rt.attrEvents {
		if k.m != mp.m.Inherits {
			continue
		}
		for _, l := range ls {
			if l.propagate && l.validator == nil {
				nk := attrKey{mp.m, k.key}
				rt.attrEvents[nk] = append(rt.attrEvents[nk], l)
			}
		}
	}
}

// fireSet runs the "set" listeners of a column attribute about to take
// value v (ScalarAttributeImpl.set): each gets the value the one before
// returned when it has retval=True.
func (rt *Runtime) fireSet(th *interp.Thread, inst *interp.Instance, st *orm.State, key string, v interp.Value) (interp.Value, error) {
	ls := rt.listeners(st.M, key, "set")
	if len(ls) == 0 {
		return v, nil
	}
	old, err := rt.oldValue(th, st, key, ls)
	if err != nil {
		return nil, err
	}
	for _, l := range ls {
		if l.validator != nil {
			args := []interp.Value{inst, key, v}
			if l.validator.includeRemoves {
				args = append(args, false)
			}
			if v, err = th.Call(l.validator.fn, args, nil); err != nil {
				return nil, err
			}
			continue
		}
		var target interp.Value = inst
		if l.raw {
			target = &instanceState{st: st, rt: rt}
		}
		args := []interp.Value{target, v, old, &opaque{name: "AttributeEventToken"}}
		r, err := callListener(th, l.fn, l.named, []string{"target", "value", "oldvalue", "initiator"}, args)
		if err != nil {
			return nil, err
		}
		if l.retval {
			v = r
		}
	}
	return v, nil
}

// oldValue is the attribute's value before the set: what is loaded, or
// NO_VALUE; an active_history listener loads it first.
func (rt *Runtime) oldValue(th *interp.Thread, st *orm.State, key string, ls []*attrListener) (interp.Value, error) {
	active := false
	for _, l := range ls {
		active = active || l.activeHistory
	}
	if v, ok := st.Dict[key]; ok {
		return rt.toPy(st, key, v), nil
	}
	if !active || st.Key == nil {
		return noValue, nil
	}
	v, err := st.Get(key)
	if err != nil {
		return nil, rt.raise(th, err)
	}
	return rt.toPy(st, key, v), nil
}
