package sa

import (
	"cascadelab/engine/internal/py"
	"fmt"
	"time"

	"cascadelab/engine/internal/interp"
)

// dateObj is a datetime.date or datetime.datetime value.
type dateObj struct {
	t        time.Time
	withTime bool
}

func (d *dateObj) TypeName() string {
	if d.withTime {
		return "datetime"
	}
	return "date"
}

func (d *dateObj) Repr(th *interp.Thread) (string, error) {
	if !d.withTime {
		return fmt.Sprintf("datetime.date(%d, %d, %d)", d.t.Year(), d.t.Month(), d.t.Day()), nil
	}
	s := fmt.Sprintf("datetime.datetime(%d, %d, %d, %d, %d", d.t.Year(), d.t.Month(), d.t.Day(), d.t.Hour(), d.t.Minute())
	if us := d.t.Nanosecond() / 1000; us != 0 {
		s += fmt.Sprintf(", %d, %d", d.t.Second(), us)
	} else if d.t.Second() != 0 {
		s += fmt.Sprintf(", %d", d.t.Second())
	}
	return s + ")", nil
}

func (d *dateObj) Str(th *interp.Thread) (string, error) {
	if !d.withTime {
		return d.t.Format("2006-01-02"), nil
	}
	if d.t.Nanosecond() != 0 {
		return d.t.Format("2006-01-02 15:04:05.000000"), nil
	}
	return d.t.Format("2006-01-02 15:04:05"), nil
}

func (d *dateObj) Binary(th *interp.Thread, op py.Op, other interp.Value, right bool) (interp.Value, bool, error) {
	o, ok := other.(*dateObj)
	if !ok {
		switch op {
		case py.Eq:
			return false, true, nil
		case py.NotEq:
			return true, true, nil
		}
		return nil, false, nil
	}
	a, b := d.t, o.t
	if right {
		a, b = b, a
	}
	switch op {
	case py.Eq:
		return a.Equal(b), true, nil
	case py.NotEq:
		return !a.Equal(b), true, nil
	case py.Lt:
		return a.Before(b), true, nil
	case py.LtE:
		return !a.After(b), true, nil
	case py.Gt:
		return a.After(b), true, nil
	case py.GtE:
		return !a.Before(b), true, nil
	}
	return nil, false, nil
}

func (d *dateObj) Unary(th *interp.Thread, op py.Op) (interp.Value, bool, error) {
	return nil, false, nil
}

func (d *dateObj) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "year":
		return int64(d.t.Year()), true, nil
	case "month":
		return int64(d.t.Month()), true, nil
	case "day":
		return int64(d.t.Day()), true, nil
	case "hour", "minute", "second":
		if !d.withTime {
			return nil, false, nil
		}
		return int64(map[string]int{"hour": d.t.Hour(), "minute": d.t.Minute(), "second": d.t.Second()}[name]), true, nil
	case "isoformat":
		return builtin("isoformat", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if d.withTime {
				return d.t.Format("2006-01-02T15:04:05"), nil
			}
			return d.t.Format("2006-01-02"), nil
		}), true, nil
	}
	return nil, false, nil
}

// dateClass is datetime.date / datetime.datetime: literal values only, since
// today() and now() would differ on every run.
type dateClass struct{ withTime bool }

func (c *dateClass) TypeName() string { return "type" }

func (c *dateClass) CallHost(th *interp.Thread, call *interp.Call) (interp.Value, error) {
	max := 3
	if c.withTime {
		max = 7
	}
	if len(call.Args) < 3 || len(call.Args) > max || len(call.Kw) > 0 {
		return nil, typeErr(th, "%s() takes year, month, day%s as positional integers", c.name(), map[bool]string{true: "[, hour, minute, second, microsecond]", false: ""}[c.withTime])
	}
	var n [7]int
	for i, a := range call.Args {
		v, ok := a.(int64)
		if !ok {
			return nil, typeErr(th, "'%s' object cannot be interpreted as an integer", th.TypeName(a))
		}
		n[i] = int(v)
	}
	t := time.Date(n[0], time.Month(n[1]), n[2], n[3], n[4], n[5], n[6]*1000, time.UTC)
	if t.Month() != time.Month(n[1]) || t.Day() != n[2] {
		return nil, th.Raise(interp.ValueError, "day is out of range for month")
	}
	return &dateObj{t: t, withTime: c.withTime}, nil
}

func (c *dateClass) name() string {
	if c.withTime {
		return "datetime"
	}
	return "date"
}

func (c *dateClass) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "now", "today", "utcnow":
		return nil, true, unsupported(th, "%s.%s() (a run must give the same result every time; write a literal %s(...))", c.name(), name, c.name())
	}
	return nil, false, nil
}

func (c *dateClass) IsInstance(th *interp.Thread, v interp.Value) (bool, error) {
	d, ok := v.(*dateObj)
	return ok && (d.withTime == c.withTime || !c.withTime), nil
}

// dateType and dateTimeType are datetime.date and datetime.datetime.
var dateType, dateTimeType = &dateClass{}, &dateClass{withTime: true}

func datetimeModule() *interp.Module {
	return module("datetime", map[string]interp.Value{"date": dateType, "datetime": dateTimeType})
}
