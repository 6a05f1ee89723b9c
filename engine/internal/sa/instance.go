package sa

import (
	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/orm"
)

// instanceState is an object's InstanceState (attributes.instance_state):
// where the object stands against its session.
type instanceState struct {
	rt *Runtime
	st *orm.State
}

func (s *instanceState) TypeName() string { return "InstanceState" }

func (s *instanceState) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	st := s.st
	switch name {
	case "transient":
		return st.Transient(), true, nil
	case "pending":
		return st.Pending(), true, nil
	case "persistent":
		return st.Persistent(), true, nil
	case "deleted":
		return st.WasDeleted() && st.Session() != nil, true, nil
	case "was_deleted":
		return st.WasDeleted(), true, nil
	case "detached":
		return st.Detached(), true, nil
	case "has_identity":
		return st.Key != nil, true, nil
	case "identity":
		if st.Key == nil {
			return nil, true, nil
		}
		key := make(interp.Tuple, len(st.Key))
		for i, v := range st.Key {
			key[i] = v
		}
		return key, true, nil
	case "object", "obj":
		if name == "obj" { // a weakref: calling it gives the object
			return builtin("InstanceState.obj", func(th *interp.Thread, c *interp.Call) (interp.Value, error) { return st.Obj, nil }), true, nil
		}
		return st.Obj, true, nil
	case "session":
		if so := s.rt.sessions[st.Session()]; so != nil && st.Session() != nil {
			return so, true, nil
		}
		return nil, true, nil
	}
	return nil, false, nil
}

// attributesModule is sqlalchemy.orm.attributes: instance_state(obj).
func (rt *Runtime) attributesModule() *interp.Module {
	return module("sqlalchemy.orm.attributes", map[string]interp.Value{
		"NO_VALUE": noValue,
		"instance_state": builtin("instance_state", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) != 1 || len(c.Kw) > 0 {
				return nil, typeErr(th, "instance_state() takes exactly one argument (%d given)", len(c.Args)+len(c.Kw))
			}
			st, err := rt.stateOf(th, c.Args[0], nil)
			if err != nil {
				return nil, err
			}
			return &instanceState{rt: rt, st: st}, nil
		}),
	})
}

// makeTransient is orm.make_transient(instance).
func (rt *Runtime) makeTransient(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	a := newArgs(th, c, "make_transient")
	v, ok := a.get(0, "instance")
	if err := a.check(1); err != nil {
		return nil, err
	}
	if !ok {
		return nil, typeErr(th, "make_transient() missing 1 required positional argument: 'instance'")
	}
	st, err := rt.stateOf(th, v, nil)
	if err != nil {
		return nil, err
	}
	orm.MakeTransient(st)
	return nil, nil
}
