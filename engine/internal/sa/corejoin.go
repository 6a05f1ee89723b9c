package sa

import (
	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/sql"
)

// joinObj is a Core join, sqlalchemy.join(left, right, onclause) or
// Table.join(), and the joins chained to it: its left FROM item and the
// JOINs that hang off it, which select_from() takes as the FROM.
type joinObj struct {
	rt    *Runtime
	left  *sql.From
	joins []sql.Join
}

func (j *joinObj) TypeName() string { return "Join" }

// chain is what the join reads: its left item and each item joined.
func (j *joinObj) chain() []*sql.From {
	out := []*sql.From{j.left}
	for _, x := range j.joins {
		out = append(out, x.To)
	}
	return out
}

func (j *joinObj) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "join", "outerjoin":
		return builtin("Join."+name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			n := &joinObj{rt: j.rt, left: j.left, joins: append([]sql.Join(nil), j.joins...)}
			return n, n.add(th, c, name, 0)
		}), true, nil
	case "c", "columns":
		// a join's columns are keyed <table>_<column>, each table's in turn
		d := interp.NewDict()
		for _, f := range j.chain() {
			if f.Aliased() {
				return nil, false, unsupported(th, "Join.c of a join of an alias")
			}
			for _, c := range f.Table.Columns {
				d.SetStr(f.Table.Name+"_"+c.Name, &colAttr{col: c})
			}
		}
		return &namespace{name: "ReadOnlyColumnCollection", d: d}, true, nil
	}
	return nil, false, nil
}

// add joins the right item of a join() call whose arguments start at
// first: with its ON clause, or the one foreign key path from what the
// join reads (join_condition()).
func (j *joinObj) add(th *interp.Thread, c *interp.Call, name string, first int) error {
	right, on, outer, full, err := joinArgs(th, c, name, first, "right")
	if err != nil {
		return err
	}
	to, err := j.rt.coreFrom(th, right)
	if err != nil {
		return err
	}
	join := sql.Join{To: to, Inner: !outer && !full, Full: full}
	switch on := on.(type) {
	case *sqlExpr:
		join.On = on.e
	case nil:
		paths := fkPaths(j.chain(), to)
		switch len(paths) {
		case 0:
			return th.Raise(interp.ClassOf(exc.NoForeignKeysError), "Can't find any foreign key relationships between '%s' and '%s'.", j.left.Table.Name, to.Table.Name)
		case 1:
			join.On = paths[0]
		default:
			return unsupported(th, "%s() without an ON clause where several foreign keys could join %s", name, to.Table.Name)
		}
	default:
		return unsupported(th, "%s() with an ON clause of %s", name, th.TypeName(on))
	}
	j.joins = append(j.joins, join)
	return nil
}

// joinArgs reads a join() or outerjoin() call's arguments from position
// first: the target (named target), the ON clause, isouter= and full=.
func joinArgs(th *interp.Thread, c *interp.Call, name string, first int, target string) (to, on interp.Value, outer, full bool, err error) {
	a := newArgs(th, c, name)
	to, _ = a.get(first, target)
	on, _ = a.get(first+1, "onclause")
	if outer, err = a.boolean("isouter", name == "outerjoin"); err != nil {
		return
	}
	if full, err = a.boolean("full", false); err != nil {
		return
	}
	err = a.check(first + 2)
	return
}

// coreFrom is a Core join's item: a Table, or a mapped class or alias as
// its table.
func (rt *Runtime) coreFrom(th *interp.Thread, v interp.Value) (*sql.From, error) {
	f, e, err := rt.fromOf(th, v)
	if err == nil && e != nil && (e.M.Inherits != nil || len(e.M.Subs) > 0) {
		return nil, unsupported(th, "a Core join() of %s, a class with mapped class inheritance", e.M.Class)
	}
	return f, err
}

// coreJoin is sqlalchemy.join() and outerjoin(): left joined to right.
func (rt *Runtime) coreJoin(name string) *interp.Builtin {
	return builtin(name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		left, ok := newArgs(th, c, name).get(0, "left")
		if !ok {
			return nil, typeErr(th, "%s() missing 1 required positional argument: 'left'", name)
		}
		f, err := rt.coreFrom(th, left)
		if err != nil {
			return nil, err
		}
		j := &joinObj{rt: rt, left: f}
		return j, j.add(th, c, name, 1)
	})
}
