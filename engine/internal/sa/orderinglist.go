package sa

import (
	"fmt"

	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/orm"
)

// orderingList is what ordering_list(attr, ...) returns for a
// relationship's collection_class: a list that keeps each member's attr at
// its position (sqlalchemy.ext.orderinglist.OrderingList). fn is the
// ordering_func, called with the index and the collection.
type orderingList struct {
	attr     string
	fn       interp.Value
	onAppend bool // reorder_on_append
}

func (o *orderingList) TypeName() string { return "function" } // the lambda ordering_list returns

func orderingListModule() map[string]interp.Value {
	from := func(n int64) *interp.Builtin {
		return builtin(fmt.Sprintf("count_from_%d", n), func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) != 2 {
				return nil, typeErr(th, "f() takes 2 positional arguments but %d were given", len(c.Args))
			}
			i, ok := c.Args[0].(int64)
			if !ok {
				return nil, unsupported(th, "count_from_%d() of a %s index", n, th.TypeName(c.Args[0]))
			}
			return i + n, nil
		})
	}
	return map[string]interp.Value{
		"count_from_0": from(0),
		"count_from_1": from(1),
		"count_from_n_factory": builtin("count_from_n_factory", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			n, ok := c.Args[0].(int64)
			if len(c.Args) != 1 || !ok {
				return nil, unsupported(th, "count_from_n_factory() of anything but an int")
			}
			return from(n), nil
		}),
		"ordering_list": builtin("ordering_list", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			a := newArgs(th, c, "ordering_list")
			attr, _ := a.get(0, "attr")
			count, _ := a.get(1, "count_from")
			fn, _ := a.get(2, "ordering_func")
			onAppend, _ := a.get(3, "reorder_on_append")
			if err := a.check(4); err != nil {
				return nil, err
			}
			on, err := th.Truth(onAppend)
			if err != nil {
				return nil, err
			}
			o := &orderingList{fn: fn, onAppend: on}
			var ok bool
			if o.attr, ok = attr.(string); !ok {
				return nil, unsupported(th, "ordering_list() of a %s attribute name", th.TypeName(attr))
			}
			if n, isInt := count.(int64); fn == nil && isInt {
				o.fn = from(n)
			} else if fn == nil && count != nil {
				return nil, unsupported(th, "ordering_list(count_from=%s)", th.TypeName(count))
			}
			if o.fn == nil {
				o.fn = from(0)
			}
			return o, nil
		}),
	}
}

// entity is OrderingList._order_entity: the member at index gets the
// position ordering_func gives, unless it has one and reorder is false.
func (o *orderingList) entity(th *interp.Thread, coll interp.Value, index int, v interp.Value, reorder bool) error {
	have, _, err := th.GetAttr(v, o.attr)
	if err != nil || (have != nil && !reorder) {
		return err
	}
	want, err := th.Call(o.fn, []interp.Value{int64(index), coll}, nil)
	if err != nil {
		return err
	}
	if same, err := th.Equal(have, want); same || err != nil {
		return err
	}
	return th.SetAttr(v, o.attr, want)
}

// reorder is OrderingList.reorder: every member gets its position.
func (o *orderingList) reorder(th *interp.Thread, l *listProxy) error {
	items, err := l.Iterate(th)
	for i := 0; err == nil && i < len(items); i++ {
		err = o.entity(th, l, i, items[i], true)
	}
	return err
}

// appended is OrderingList.append's step after the list's: the member
// joining at index gets its position (unless it has one, without
// reorder_on_append), whichever way it joined.
func (o *orderingList) appended(th *interp.Thread, rt *Runtime, rel *orm.Relationship) func(*orm.State, int, *orm.State) error {
	return func(st *orm.State, i int, child *orm.State) error {
		return o.entity(th, &listProxy{rt: rt, st: st, rel: rel}, i, child.Obj, o.onAppend)
	}
}
