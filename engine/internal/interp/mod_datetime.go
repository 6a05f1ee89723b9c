package interp

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"

	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/pyrepr"
)

// datetimeModule is datetime as CPython 3.11's: date, datetime, time,
// timedelta and fixed-offset timezones with their arithmetic, comparisons,
// reprs, isoformat/fromisoformat, strftime/strptime and format specs.
// now(), today() and utcnow() read the real clock (a script printing them
// differs from a recording, as between two runs of CPython).
func datetimeModule(th *Thread) *Module {
	return newModule("datetime", nil, map[string]Value{
		"date": TypeDate, "datetime": TypeDateTime, "time": typeTime, "timedelta": typeTimedelta,
		"timezone": typeTimezone, "MINYEAR": int64(1), "MAXYEAR": int64(9999), "tzinfo": typeTimezone,
	})
}

type dtKind int

const (
	kDate dtKind = iota
	kDateTime
	kTime
	kTimedelta
	kTimezone
)

// dtType is one of the module's classes.
type dtType struct {
	kind dtKind
	name string
}

// TypeDate and TypeDateTime are datetime.date and datetime.datetime, for
// hosts reading annotations (Mapped[date]).
var (
	TypeDate      = &dtType{kDate, "date"}
	TypeDateTime  = &dtType{kDateTime, "datetime"}
	typeTime      = &dtType{kTime, "time"}
	typeTimedelta = &dtType{kTimedelta, "timedelta"}
	typeTimezone  = &dtType{kTimezone, "timezone"}
	tzUTC         = &tzValue{}
)

func (t *dtType) TypeName() string                { return "type" }
func (t *dtType) Repr(th *Thread) (string, error) { return "<class 'datetime." + t.name + "'>", nil }

func (t *dtType) IsInstance(th *Thread, v Value) (bool, error) {
	switch x := v.(type) {
	case dtValue:
		return x.kind == t.kind || t.kind == kDate && x.kind == kDateTime, nil
	case tdValue:
		return t.kind == kTimedelta, nil
	case *tzValue:
		return t.kind == kTimezone, nil
	}
	return false, nil
}

// dtValue is a date, a datetime or a time: its wall clock (in UTC, as a
// naive value) and its timezone, nil when naive.
type dtValue struct {
	kind dtKind
	t    time.Time
	tz   *tzValue
}

// NewDate is a date (or a datetime, withTime) of t's wall clock, for hosts
// loading rows.
func NewDate(t time.Time, withTime bool) Value {
	t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond()/1000*1000, time.UTC)
	if !withTime {
		return dtValue{kind: kDate, t: time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)}
	}
	return dtValue{kind: kDateTime, t: t}
}

// DateOf is a naive date or datetime's wall clock, for hosts storing it.
func DateOf(v Value) (t time.Time, ok bool) {
	d, ok := v.(dtValue)
	if !ok || d.kind == kTime || d.tz != nil {
		return time.Time{}, false
	}
	return d.t, true
}

// tdValue is a timedelta, normalised as CPython's: 0 <= seconds < 86400,
// 0 <= microseconds < 10**6.
type tdValue struct{ days, secs, us int64 }

// tzValue is a fixed-offset timezone; the zero value is timezone.utc.
type tzValue struct {
	off  tdValue
	name string
	set  bool // a name was given
}

const maxDays = 999999999

func (th *Thread) makeTD(us int64) (tdValue, error) {
	d, rem := floorDiv(us, 86400e6)
	s, u := floorDiv(rem, 1e6)
	if d > maxDays || d < -maxDays {
		return tdValue{}, th.Raise(OverflowError, "days=%d; must have magnitude <= 999999999", d)
	}
	return tdValue{d, s, u}, nil
}

func floorDiv(a, b int64) (int64, int64) {
	q, r := a/b, a%b
	if r < 0 {
		q, r = q-1, r+b
	}
	return q, r
}

func (d tdValue) total() int64 { return (d.days*86400+d.secs)*1e6 + d.us }

func (th *Thread) tdFromUS(us float64) (tdValue, error) {
	if math.IsNaN(us) || math.Abs(us) > 1e18 {
		return tdValue{}, th.Raise(OverflowError, "cannot convert float %s to integer", pyrepr.Float(us))
	}
	return th.makeTD(int64(math.RoundToEven(us)))
}

func newTimedelta(th *Thread, c *Call) (Value, error) {
	names := []string{"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"}
	scale := []float64{86400e6, 1e6, 1, 1e3, 60e6, 3600e6, 7 * 86400e6}
	a, err := th.args(c, "timedelta", names...)
	if err != nil {
		return nil, err
	}
	exact := new(big.Int)
	var frac float64
	floats := false
	for i, v := range a {
		switch x := v.(type) {
		case nil:
		case bool, int64, *big.Int:
			exact.Add(exact, new(big.Int).Mul(bigOf(x), big.NewInt(int64(scale[i]))))
		case float64:
			frac += x * scale[i]
			floats = true
		default:
			return nil, th.Raise(TypeError, "unsupported type for timedelta %s component: %s", names[i], typeName(v))
		}
	}
	if floats {
		f, _ := new(big.Float).SetInt(exact).Float64()
		if days := math.Floor((f + frac) / 86400e6); math.Abs(days) > maxDays && !math.IsInf(days, 0) {
			return nil, th.Raise(OverflowError, "days=%d; must have magnitude <= 999999999", int64(days))
		}
		return th.tdFromUS(f + frac)
	}
	days, _ := new(big.Int).DivMod(exact, big.NewInt(86400e6), new(big.Int))
	if days.CmpAbs(big.NewInt(maxDays)) > 0 {
		return nil, th.Raise(OverflowError, "days=%s; must have magnitude <= 999999999", days)
	}
	return th.makeTD(exact.Int64())
}

func (d tdValue) TypeName() string { return "timedelta" }

func (d tdValue) Str(th *Thread) (string, error) {
	h, m, s := d.secs/3600, d.secs/60%60, d.secs%60
	out := sprintf("%d:%02d:%02d", h, m, s)
	if d.us != 0 {
		out += sprintf(".%06d", d.us)
	}
	if d.days != 0 {
		plural := "s"
		if d.days == 1 || d.days == -1 {
			plural = ""
		}
		out = sprintf("%d day%s, ", d.days, plural) + out
	}
	return out, nil
}

func (d tdValue) Repr(th *Thread) (string, error) {
	var parts []string
	if d.days != 0 {
		parts = append(parts, sprintf("days=%d", d.days))
	}
	if d.secs != 0 {
		parts = append(parts, sprintf("seconds=%d", d.secs))
	}
	if d.us != 0 {
		parts = append(parts, sprintf("microseconds=%d", d.us))
	}
	if len(parts) == 0 {
		parts = []string{"0"}
	}
	return "datetime.timedelta(" + strings.Join(parts, ", ") + ")", nil
}

func (d tdValue) Truth(th *Thread) (bool, error) { return d != tdValue{}, nil }

func (d tdValue) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "days":
		return d.days, true, nil
	case "seconds":
		return d.secs, true, nil
	case "microseconds":
		return d.us, true, nil
	case "total_seconds":
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			return float64(d.total()) / 1e6, nil
		}), true, nil
	}
	return nil, false, nil
}

func (d tdValue) Unary(th *Thread, op py.Op) (Value, bool, error) {
	switch op {
	case py.USub:
		r, err := th.makeTD(-d.total())
		return r, true, err
	case py.UAdd:
		return d, true, nil
	}
	return nil, false, nil
}

func (d tdValue) Binary(th *Thread, op py.Op, other Value, right bool) (Value, bool, error) {
	switch o := other.(type) {
	case tdValue:
		a, b := d.total(), o.total()
		if right {
			a, b = b, a
		}
		switch op {
		case py.Add, py.Sub:
			if op == py.Sub {
				b = -b
			}
			r, err := th.makeTD(a + b)
			return r, true, err
		case py.Div:
			if b == 0 {
				return nil, true, th.Raise(ZeroDivisionError, "division by zero")
			}
			return float64(a) / float64(b), true, nil
		case py.FloorDiv, py.Mod:
			if b == 0 {
				return nil, true, th.Raise(ZeroDivisionError, "integer division or modulo by zero")
			}
			q, r := floorDiv(a, b)
			if op == py.FloorDiv {
				return q, true, nil
			}
			res, err := th.makeTD(r)
			return res, true, err
		}
		if isCompare(op) {
			return cmpResult(op, cmp64(a, b), false), true, nil
		}
	case bool, int64, float64:
		f, _ := th.toFloat(o)
		switch {
		case op == py.Mult:
			if n, ok := o.(int64); ok {
				r, err := th.makeTD(d.total() * n)
				return r, true, err
			}
			r, err := th.tdFromUS(float64(d.total()) * f)
			return r, true, err
		case (op == py.Div || op == py.FloorDiv) && !right:
			if f == 0 {
				return nil, true, th.Raise(ZeroDivisionError, "division by zero")
			}
			if n, ok := o.(int64); ok && op == py.FloorDiv {
				q, _ := floorDiv(d.total(), n)
				r, err := th.makeTD(q)
				return r, true, err
			}
			r, err := th.tdFromUS(float64(d.total()) / f)
			return r, true, err
		}
	}
	return th.foreignOperand(op, d, other, right)
}

func (d tdValue) tzString() string {
	sign := "+"
	t := d
	if d.total() < 0 {
		sign = "-"
		t = tdValue{}
		n := -d.total()
		t.days, n = n/86400e6, n%86400e6
		t.secs, t.us = n/1e6, n%1e6
	}
	s := sprintf("%s%02d:%02d", sign, t.secs/3600, t.secs/60%60)
	if t.secs%60 != 0 || t.us != 0 {
		s += sprintf(":%02d", t.secs%60)
	}
	if t.us != 0 {
		s += sprintf(".%06d", t.us)
	}
	return s
}

func newTimezone(th *Thread, c *Call) (Value, error) {
	a, err := th.args(c, "timezone", "offset", "name")
	if err != nil {
		return nil, err
	}
	off, ok := a[0].(tdValue)
	if !ok {
		return nil, th.Raise(TypeError, "timezone() argument 1 must be datetime.timedelta, not %s", typeName(a[0]))
	}
	if t := off.total(); t <= -86400e6 || t >= 86400e6 {
		r, _ := off.Repr(th)
		return nil, th.Raise(ValueError, "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not %s.", r)
	}
	z := &tzValue{off: off}
	if a[1] != nil {
		s, ok := a[1].(string)
		if !ok {
			return nil, th.Raise(TypeError, "timezone() argument 2 must be str, not %s", typeName(a[1]))
		}
		z.name, z.set = s, true
	}
	if !z.set && off == (tdValue{}) {
		return tzUTC, nil
	}
	return z, nil
}

func (z *tzValue) TypeName() string { return "timezone" }

func (z *tzValue) Str(th *Thread) (string, error) { return z.tzname(), nil }

func (z *tzValue) tzname() string {
	if z.set {
		return z.name
	}
	if z.off == (tdValue{}) {
		return "UTC"
	}
	return "UTC" + z.off.tzString()
}

func (z *tzValue) Repr(th *Thread) (string, error) {
	if z == tzUTC {
		return "datetime.timezone.utc", nil
	}
	r, _ := z.off.Repr(th)
	if z.set {
		return "datetime.timezone(" + r + ", " + pyrepr.Str(z.name) + ")", nil
	}
	return "datetime.timezone(" + r + ")", nil
}

func (z *tzValue) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "utcoffset":
		return fn(name, func(th *Thread, c *Call) (Value, error) { return z.off, nil }), true, nil
	case "tzname":
		return fn(name, func(th *Thread, c *Call) (Value, error) { return z.tzname(), nil }), true, nil
	case "dst":
		return fn(name, func(th *Thread, c *Call) (Value, error) { return nil, nil }), true, nil
	}
	return nil, false, nil
}

func (z *tzValue) Binary(th *Thread, op py.Op, other Value, right bool) (Value, bool, error) {
	o, ok := other.(*tzValue)
	if ok && (op == py.Eq || op == py.NotEq) {
		return (z.off == o.off) == (op == py.Eq), true, nil
	}
	return th.foreignOperand(op, z, other, right)
}

func (z *tzValue) Unary(th *Thread, op py.Op) (Value, bool, error) { return nil, false, nil }

func (t *dtType) Attr(th *Thread, name string) (Value, bool, error) {
	if t.kind == kTimezone && name == "utc" {
		return tzUTC, true, nil
	}
	switch name {
	case "__name__", "__qualname__":
		return t.name, true, nil
	case "__module__":
		return "datetime", true, nil
	case "min", "max", "resolution":
		if v, ok := dtLimits[t.kind][name]; ok {
			return v, true, nil
		}
	}
	if t.kind != kDate && t.kind != kDateTime && (t.kind != kTime || name != "fromisoformat") {
		return nil, false, nil
	}
	if t.kind != kDateTime && (name == "now" || name == "utcnow" || name == "combine" || name == "utcfromtimestamp") {
		return nil, false, nil // datetime's alone
	}
	switch name {
	case "today", "now", "utcnow":
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, name, "tz")
			if err != nil {
				return nil, err
			}
			now := time.Now()
			if name == "utcnow" {
				now = now.UTC()
			}
			if tz, ok := a[0].(*tzValue); ok {
				return dtValue{kind: kDateTime, t: now.UTC().Add(time.Duration(tz.off.total()) * time.Microsecond), tz: tz}.wall(), nil
			}
			if a[0] != nil {
				return nil, th.Raise(TypeError, "tzinfo argument must be None or of a tzinfo subclass, not type '%s'", typeName(a[0]))
			}
			return NewDate(now, t.kind == kDateTime && name != "today" || t.kind == kDateTime), nil
		}), true, nil
	case "fromisoformat":
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 1, 1); err != nil {
				return nil, err
			}
			s, ok := c.Args[0].(string)
			if !ok {
				return nil, th.Raise(TypeError, "fromisoformat: argument must be str")
			}
			v, msg := parseISO(s, t.kind)
			if msg != "" {
				return nil, th.Raise(ValueError, "%s", msg)
			}
			return v, nil
		}), true, nil
	case "strptime":
		if t.kind != kDateTime {
			return nil, false, nil
		}
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 2, 2); err != nil {
				return nil, err
			}
			s, ok1 := c.Args[0].(string)
			f, ok2 := c.Args[1].(string)
			if !ok1 || !ok2 {
				return nil, th.Raise(TypeError, "strptime() argument 1 must be str, not %s", typeName(c.Args[0]))
			}
			p, err := th.strptime(s, f)
			if err != nil {
				return nil, err
			}
			d := dtValue{kind: kDateTime, t: p.date()}
			if p.zone != nil {
				d.tz = &tzValue{off: tdValue{secs: int64(*p.zone)}}
				if *p.zone < 0 {
					d.tz.off, _ = th.makeTD(int64(*p.zone) * 1e6)
				}
			}
			return d, nil
		}), true, nil
	case "combine":
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, name, "date", "time", "tzinfo")
			if err != nil {
				return nil, err
			}
			d, ok1 := a[0].(dtValue)
			tm, ok2 := a[1].(dtValue)
			if !ok1 || !ok2 || d.kind == kTime || tm.kind != kTime {
				return nil, th.Raise(TypeError, "combine() argument 1 must be datetime.date, not %s", typeName(a[0]))
			}
			r := dtValue{kind: kDateTime, t: time.Date(d.t.Year(), d.t.Month(), d.t.Day(), tm.t.Hour(), tm.t.Minute(), tm.t.Second(), tm.t.Nanosecond(), time.UTC), tz: tm.tz}
			if z, ok := a[2].(*tzValue); ok {
				r.tz = z
			}
			return r, nil
		}), true, nil
	case "fromtimestamp", "utcfromtimestamp":
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, name, "timestamp", "tz")
			if err != nil {
				return nil, err
			}
			f, err := th.toFloat(a[0])
			if err != nil {
				return nil, err
			}
			sec := math.Floor(f)
			us := math.RoundToEven((f - sec) * 1e6)
			at := time.Unix(int64(sec), int64(us)*1000)
			if tz, ok := a[1].(*tzValue); ok {
				return dtValue{kind: kDateTime, t: at.UTC().Add(time.Duration(tz.off.total()) * time.Microsecond), tz: tz}.wall(), nil
			}
			if name == "utcfromtimestamp" {
				at = at.UTC()
			}
			return NewDate(at.Local(), t.kind == kDateTime), nil
		}), true, nil
	case "fromordinal":
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			n, err := th.intArg(c.Args[0], 0)
			if err != nil {
				return nil, err
			}
			if n < 1 || n > 3652059 {
				return nil, th.Raise(ValueError, "ordinal must be in 1..3652059")
			}
			return NewDate(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(n-1)), t.kind == kDateTime), nil
		}), true, nil
	}
	return nil, false, nil
}

// dtLimits are each class's min, max and resolution.
var dtLimits = map[dtKind]map[string]Value{
	kDate: {
		"min":        NewDate(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), false),
		"max":        NewDate(time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), false),
		"resolution": tdValue{days: 1},
	},
	kDateTime: {
		"min":        NewDate(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), true),
		"max":        NewDate(time.Date(9999, 12, 31, 23, 59, 59, 999999000, time.UTC), true),
		"resolution": tdValue{us: 1},
	},
	kTime: {
		"min":        dtValue{kind: kTime, t: time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)},
		"max":        dtValue{kind: kTime, t: time.Date(1900, 1, 1, 23, 59, 59, 999999000, time.UTC)},
		"resolution": tdValue{us: 1},
	},
	kTimedelta: {
		"min":        tdValue{days: -999999999},
		"max":        tdValue{999999999, 86399, 999999},
		"resolution": tdValue{us: 1},
	},
}

// wall makes an aware value's stored time its wall clock (in UTC's representation).
func (d dtValue) wall() dtValue {
	d.t = time.Date(d.t.Year(), d.t.Month(), d.t.Day(), d.t.Hour(), d.t.Minute(), d.t.Second(), d.t.Nanosecond(), time.UTC)
	return d
}

func (t *dtType) CallHost(th *Thread, c *Call) (Value, error) {
	switch t.kind {
	case kTimedelta:
		return newTimedelta(th, c)
	case kTimezone:
		return newTimezone(th, c)
	}
	var names []string
	switch t.kind {
	case kDate:
		names = []string{"year", "month", "day"}
	case kDateTime:
		names = []string{"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"}
	default:
		names = []string{"hour", "minute", "second", "microsecond", "tzinfo", "fold"}
	}
	a, err := th.args(c, t.name, names...)
	if err != nil {
		return nil, err
	}
	n := map[string]int{}
	var tz *tzValue
	for i, name := range names {
		v := a[i]
		switch name {
		case "tzinfo":
			if v != nil {
				z, ok := v.(*tzValue)
				if !ok {
					return nil, th.Raise(TypeError, "tzinfo argument must be None or of a tzinfo subclass, not type '%s'", typeName(v))
				}
				tz = z
			}
			continue
		case "fold":
			if v != nil && v != int64(0) {
				return nil, th.Unsupported("fold=1 (the sandbox has fixed-offset timezones only)")
			}
			continue
		}
		if v == nil {
			if i < 3 && t.kind != kTime {
				return nil, th.Raise(TypeError, "function missing required argument '%s' (pos %d)", name, i+1)
			}
			continue
		}
		x, ok := v.(int64)
		if _, isBool := v.(bool); !ok && !isBool {
			return nil, th.Raise(TypeError, "'%s' object cannot be interpreted as an integer", typeName(v))
		}
		if b, isBool := v.(bool); isBool && b {
			x = 1
		}
		n[name] = int(x)
	}
	year, month, day := n["year"], n["month"], n["day"]
	if t.kind == kTime {
		year, month, day = 1900, 1, 1
	}
	switch {
	case year < 1 || year > 9999:
		return nil, th.Raise(ValueError, "year %d is out of range", year)
	case month < 1 || month > 12:
		return nil, th.Raise(ValueError, "month must be in 1..12")
	case day < 1 || day > daysIn(year, month):
		return nil, th.Raise(ValueError, "day is out of range for month")
	case n["hour"] < 0 || n["hour"] > 23:
		return nil, th.Raise(ValueError, "hour must be in 0..23")
	case n["minute"] < 0 || n["minute"] > 59:
		return nil, th.Raise(ValueError, "minute must be in 0..59")
	case n["second"] < 0 || n["second"] > 59:
		return nil, th.Raise(ValueError, "second must be in 0..59")
	case n["microsecond"] < 0 || n["microsecond"] > 999999:
		return nil, th.Raise(ValueError, "microsecond must be in 0..999999")
	}
	return dtValue{kind: t.kind, t: time.Date(year, time.Month(month), day, n["hour"], n["minute"], n["second"], n["microsecond"]*1000, time.UTC), tz: tz}, nil
}

// parseISO is fromisoformat for 3.11's formats: YYYY-MM-DD (or YYYYMMDD),
// then for a datetime any one separator, HH[:MM[:SS[.ffffff]]] and an offset;
// a time is the part after the separator.
func parseISO(s string, kind dtKind) (Value, string) {
	bad := "Invalid isoformat string: " + pyrepr.Str(s)
	num := func(x string) (int, bool) {
		if x == "" || strings.Trim(x, "0123456789") != "" {
			return 0, false
		}
		n, err := strconv.Atoi(x)
		return n, err == nil
	}
	y, m, d, rest := 1900, 1, 1, strings.TrimPrefix(s, "T")
	if kind != kTime {
		var datePart string
		switch {
		case len(s) >= 10 && s[4] == '-' && s[7] == '-':
			datePart, rest = s[:4]+s[5:7]+s[8:10], s[10:]
		case len(s) >= 8:
			datePart, rest = s[:8], s[8:]
		default:
			return nil, bad
		}
		var ok1, ok2, ok3 bool
		y, ok1 = num(datePart[:4])
		m, ok2 = num(datePart[4:6])
		d, ok3 = num(datePart[6:8])
		switch {
		case !ok1 || !ok2 || !ok3:
			return nil, bad
		case y < 1:
			return nil, sprintf("year %d is out of range", y)
		case m < 1 || m > 12:
			return nil, "month must be in 1..12"
		case d < 1 || d > daysIn(y, m):
			return nil, "day is out of range for month"
		case kind == kDate && rest != "":
			return nil, bad
		case kind == kDate || rest == "":
			return dtValue{kind: kind, t: time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)}, ""
		}
		rest = string([]rune(rest)[1:])
	}
	v := dtValue{kind: kind}
	var tzs string
	if i := strings.IndexAny(rest, "+-Z"); i >= 0 {
		rest, tzs = rest[:i], rest[i:]
	}
	var hms [3]int
	frac := 0
	main, fracs, hasFrac := strings.Cut(rest, ".")
	if !hasFrac {
		main, fracs, hasFrac = strings.Cut(rest, ",")
	}
	parts := strings.Split(main, ":")
	if len(parts) == 1 && len(main) > 2 {
		parts = nil
		for i := 0; i < len(main); i += 2 {
			parts = append(parts, main[i:min(i+2, len(main))])
		}
	}
	if len(parts) > 3 || len(parts) == 0 {
		return nil, bad
	}
	for i, p := range parts {
		n, ok := num(p)
		if !ok || len(p) != 2 {
			return nil, bad
		}
		hms[i] = n
	}
	if hasFrac {
		if len(fracs) == 0 || len(fracs) > 6 && strings.Trim(fracs[6:], "0123456789") != "" {
			return nil, bad
		}
		f := (fracs + "000000")[:6]
		n, ok := num(f)
		if !ok {
			return nil, bad
		}
		frac = n
	}
	for i, unit := range []string{"hour", "minute", "second"} {
		if hms[i] > []int{23, 59, 59}[i] {
			return nil, unit + " must be in 0.." + []string{"23", "59", "59"}[i]
		}
	}
	v.t = time.Date(y, time.Month(m), d, hms[0], hms[1], hms[2], frac*1000, time.UTC)
	if tzs != "" {
		if tzs == "Z" {
			v.tz = tzUTC
			return v, ""
		}
		sign := int64(1)
		if tzs[0] == '-' {
			sign = -1
		}
		hm := strings.Split(tzs[1:], ":")
		if len(hm) == 1 && len(hm[0]) == 4 {
			hm = []string{hm[0][:2], hm[0][2:]}
		}
		var off int64
		for i, p := range hm {
			n, ok := num(p)
			if !ok || i > 2 {
				return nil, bad
			}
			off += int64(n) * []int64{3600, 60, 1}[i]
		}
		total := sign * off * 1e6
		dd, rem := floorDiv(total, 86400e6)
		ss, uu := floorDiv(rem, 1e6)
		v.tz = &tzValue{off: tdValue{dd, ss, uu}}
		if v.tz.off == (tdValue{}) {
			v.tz = tzUTC
		}
	}
	return v, ""
}

func (d dtValue) qualName() string  { return "datetime." + d.TypeName() }
func (d tdValue) qualName() string  { return "datetime.timedelta" }
func (z *tzValue) qualName() string { return "datetime.timezone" }

func (d dtValue) TypeName() string {
	return map[dtKind]string{kDate: "date", kDateTime: "datetime", kTime: "time"}[d.kind]
}

func (d dtValue) timeString(timespec string) string {
	t := d.t
	switch timespec {
	case "hours":
		return sprintf("%02d", t.Hour())
	case "minutes":
		return sprintf("%02d:%02d", t.Hour(), t.Minute())
	case "milliseconds":
		return sprintf("%02d:%02d:%02d.%03d", t.Hour(), t.Minute(), t.Second(), t.Nanosecond()/1e6)
	case "microseconds":
		return sprintf("%02d:%02d:%02d.%06d", t.Hour(), t.Minute(), t.Second(), t.Nanosecond()/1e3)
	}
	s := sprintf("%02d:%02d:%02d", t.Hour(), t.Minute(), t.Second())
	if us := t.Nanosecond() / 1000; us != 0 && timespec != "seconds" {
		s += sprintf(".%06d", us)
	}
	return s
}

func (d dtValue) iso(sep, timespec string) string {
	date := sprintf("%04d-%02d-%02d", d.t.Year(), int(d.t.Month()), d.t.Day())
	if d.kind == kDate {
		return date
	}
	s := d.timeString(timespec)
	if d.tz != nil {
		s += d.tz.off.tzString()
	}
	if d.kind == kTime {
		return s
	}
	return date + sep + s
}

func (d dtValue) Str(th *Thread) (string, error) { return d.iso(" ", "auto"), nil }

func (d dtValue) Repr(th *Thread) (string, error) {
	t := d.t
	var parts []string
	switch d.kind {
	case kDate:
		return sprintf("datetime.date(%d, %d, %d)", t.Year(), int(t.Month()), t.Day()), nil
	case kDateTime:
		parts = []string{strconv.Itoa(t.Year()), strconv.Itoa(int(t.Month())), strconv.Itoa(t.Day()), strconv.Itoa(t.Hour()), strconv.Itoa(t.Minute())}
	default:
		parts = []string{strconv.Itoa(t.Hour()), strconv.Itoa(t.Minute())}
	}
	if us := t.Nanosecond() / 1000; us != 0 {
		parts = append(parts, strconv.Itoa(t.Second()), strconv.Itoa(us))
	} else if t.Second() != 0 {
		parts = append(parts, strconv.Itoa(t.Second()))
	}
	s := "datetime." + d.TypeName() + "(" + strings.Join(parts, ", ")
	if d.tz != nil {
		r, _ := d.tz.Repr(th)
		s += ", tzinfo=" + r
	}
	return s + ")", nil
}

// utc is an aware value's instant.
func (d dtValue) utc() time.Time {
	if d.tz == nil {
		return d.t
	}
	return d.t.Add(-time.Duration(d.tz.off.total()) * time.Microsecond)
}

func (d dtValue) Format(th *Thread, spec string) (string, error) {
	if spec == "" {
		return d.Str(th)
	}
	v, err := d.strftime(th, spec)
	if err != nil {
		return "", err
	}
	return v.(string), nil
}

func (d dtValue) strftime(th *Thread, f string) (Value, error) {
	zone := [2]string{}
	if d.tz != nil {
		zone = [2]string{d.tz.tzname(), strings.ReplaceAll(d.tz.off.tzString(), ":", "")}
	}
	return th.strftimeAt(f, d.t, int64((d.t.Weekday()+6)%7), int64(d.t.YearDay()), &zone)
}

func (d dtValue) Attr(th *Thread, name string) (Value, bool, error) {
	t := d.t
	hasDate, hasTime := d.kind != kTime, d.kind != kDate
	noArgs := func(f func() Value) (Value, bool, error) {
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 0, 0); err != nil {
				return nil, err
			}
			return f(), nil
		}), true, nil
	}
	switch {
	case name == "year" && hasDate:
		return int64(t.Year()), true, nil
	case name == "month" && hasDate:
		return int64(t.Month()), true, nil
	case name == "day" && hasDate:
		return int64(t.Day()), true, nil
	case name == "hour" && hasTime:
		return int64(t.Hour()), true, nil
	case name == "minute" && hasTime:
		return int64(t.Minute()), true, nil
	case name == "second" && hasTime:
		return int64(t.Second()), true, nil
	case name == "microsecond" && hasTime:
		return int64(t.Nanosecond() / 1000), true, nil
	case name == "tzinfo" && hasTime:
		if d.tz == nil {
			return nil, true, nil
		}
		return d.tz, true, nil
	case name == "fold" && hasTime:
		return int64(0), true, nil
	case name == "weekday" && hasDate:
		return noArgs(func() Value { return int64((t.Weekday() + 6) % 7) })
	case name == "isoweekday" && hasDate:
		return noArgs(func() Value { return int64((t.Weekday()+6)%7 + 1) })
	case name == "toordinal" && hasDate:
		return noArgs(func() Value { return (t.Unix()-time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Unix())/86400 + 1 })
	case name == "isocalendar" && hasDate:
		return noArgs(func() Value {
			y, w := t.ISOWeek()
			return &isoCalendar{Tuple{int64(y), int64(w), int64((t.Weekday()+6)%7 + 1)}}
		})
	case name == "timetuple" && hasDate:
		// tm_isdst is -1: no tzinfo the engine has knows daylight saving
		return noArgs(func() Value {
			st := newStructTime(t)
			st.f[8], st.zone = -1, ""
			return st
		})
	case name == "date" && d.kind == kDateTime:
		return noArgs(func() Value { return NewDate(t, false) })
	case (name == "time" || name == "timetz") && d.kind == kDateTime:
		return noArgs(func() Value {
			r := dtValue{kind: kTime, t: time.Date(1900, 1, 1, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)}
			if name == "timetz" {
				r.tz = d.tz
			}
			return r
		})
	case name == "ctime" && hasDate:
		return noArgs(func() Value {
			return sprintf("%s %s %2d %02d:%02d:%02d %d", weekdays[(t.Weekday()+6)%7][:3], t.Month().String()[:3], t.Day(), t.Hour(), t.Minute(), t.Second(), t.Year())
		})
	case (name == "utcoffset" || name == "tzname" || name == "dst") && d.kind != kDate:
		return noArgs(func() Value {
			if d.tz == nil || name == "dst" {
				return nil
			}
			if name == "tzname" {
				return d.tz.tzname()
			}
			return d.tz.off
		})
	case name == "timestamp" && d.kind == kDateTime:
		return noArgs(func() Value {
			u := d.utc()
			if d.tz == nil {
				u = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.Local)
			}
			return float64(u.Unix()) + float64(u.Nanosecond()/1000)/1e6
		})
	case name == "isoformat":
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			if d.kind == kDate {
				if err := argN(th, c, name, 0, 0); err != nil {
					return nil, err
				}
				return d.iso("", ""), nil
			}
			names := []string{"sep", "timespec"}
			if d.kind == kTime {
				names = names[1:]
			}
			a, err := th.args(c, name, names...)
			if err != nil {
				return nil, err
			}
			sep, spec := "T", "auto"
			if d.kind == kDateTime && a[0] != nil {
				s, ok := a[0].(string)
				if !ok || len([]rune(s)) != 1 {
					return nil, th.Raise(TypeError, "isoformat() argument 1 must be a unicode character, not %s", typeName(a[0]))
				}
				sep = s
			}
			if v := a[len(a)-1]; v != nil {
				s, _ := v.(string)
				switch s {
				case "auto", "hours", "minutes", "seconds", "milliseconds", "microseconds":
					spec = s
				default:
					return nil, th.Raise(ValueError, "Unknown timespec value")
				}
			}
			return d.iso(sep, spec), nil
		}), true, nil
	case name == "strftime":
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 1, 1); err != nil {
				return nil, err
			}
			f, ok := c.Args[0].(string)
			if !ok {
				return nil, th.Raise(TypeError, "strftime() argument 1 must be str, not %s", typeName(c.Args[0]))
			}
			return d.strftime(th, f)
		}), true, nil
	case name == "replace":
		return fn(name, func(th *Thread, c *Call) (Value, error) { return d.replace(th, c) }), true, nil
	case name == "astimezone" && d.kind == kDateTime:
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, name, "tz")
			if err != nil {
				return nil, err
			}
			z, ok := a[0].(*tzValue)
			if !ok {
				return nil, th.Unsupported("astimezone() without a fixed-offset timezone (the local zone)")
			}
			u := d.utc()
			if d.tz == nil {
				u = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.Local).UTC()
			}
			return dtValue{kind: kDateTime, t: u.Add(time.Duration(z.off.total()) * time.Microsecond), tz: z}.wall(), nil
		}), true, nil
	}
	return nil, false, nil
}

func (d dtValue) replace(th *Thread, c *Call) (Value, error) {
	typ := map[dtKind]*dtType{kDate: TypeDate, kDateTime: TypeDateTime, kTime: typeTime}[d.kind]
	t := d.t
	cur := map[string]Value{"year": int64(t.Year()), "month": int64(t.Month()), "day": int64(t.Day()), "hour": int64(t.Hour()),
		"minute": int64(t.Minute()), "second": int64(t.Second()), "microsecond": int64(t.Nanosecond() / 1000)}
	if d.tz != nil {
		cur["tzinfo"] = d.tz
	}
	var names []string
	switch d.kind {
	case kDate:
		names = []string{"year", "month", "day"}
	case kDateTime:
		names = []string{"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo"}
	default:
		names = []string{"hour", "minute", "second", "microsecond", "tzinfo"}
	}
	a, err := th.args(c, "replace", names...)
	if err != nil {
		return nil, err
	}
	kw := []KV{}
	for i, n := range names {
		v := cur[n]
		if i < len(c.Args) || a[i] != nil {
			v = a[i]
		}
		for _, k := range c.Kw {
			if k.Name == n {
				v = k.Value
			}
		}
		if v != nil {
			kw = append(kw, KV{n, v})
		}
	}
	return typ.CallHost(th, &Call{Kw: kw, Span: c.Span})
}

func (d dtValue) Binary(th *Thread, op py.Op, other Value, right bool) (Value, bool, error) {
	switch o := other.(type) {
	case tdValue:
		if d.kind == kTime || op != py.Add && (op != py.Sub || right) {
			break
		}
		delta := o.total()
		if op == py.Sub {
			delta = -delta
		}
		if d.kind == kDate {
			delta = delta / 86400e6 * 86400e6
		}
		r := d
		days, rem := floorDiv(delta, 86400e6)
		r.t = d.t.AddDate(0, 0, int(max(min(days, 1e7), -1e7))).Add(time.Duration(rem) * time.Microsecond)
		if r.t.Year() < 1 || r.t.Year() > 9999 || delta/86400e6 > 3652059 || delta/86400e6 < -3652059 {
			return nil, true, th.Raise(OverflowError, "date value out of range")
		}
		return r, true, nil
	case dtValue:
		if o.kind != d.kind {
			if op == py.Eq || op == py.NotEq {
				return op == py.NotEq, true, nil
			}
			if isCompare(op) && d.kind != kTime && o.kind != kTime {
				// datetime derives from date: its reflected comparison runs first
				return nil, true, th.Raise(TypeError, "can't compare datetime.datetime to datetime.date")
			}
			break
		}
		a, b := d, o
		if right {
			a, b = o, d
		}
		if (a.tz == nil) != (b.tz == nil) && d.kind != kDate {
			if op == py.Eq || op == py.NotEq {
				return op == py.NotEq, true, nil
			}
			if op == py.Sub {
				return nil, true, th.Raise(TypeError, "can't subtract offset-naive and offset-aware datetimes")
			}
			if isCompare(op) {
				return nil, true, th.Raise(TypeError, "can't compare offset-naive and offset-aware datetimes")
			}
		}
		if op == py.Sub && d.kind != kTime {
			au, bu := a.utc(), b.utc()
			r, err := th.makeTD((au.Unix()-bu.Unix())*1e6 + int64(au.Nanosecond()-bu.Nanosecond())/1000)
			return r, true, err
		}
		if isCompare(op) {
			at, bt := a.utc(), b.utc()
			c := 0
			if at.Before(bt) {
				c = -1
			} else if at.After(bt) {
				c = 1
			}
			return cmpResult(op, c, false), true, nil
		}
	}
	return th.foreignOperand(op, d, other, right)
}

func (d dtValue) Unary(th *Thread, op py.Op) (Value, bool, error) { return nil, false, nil }

// isoCalendar is date.isocalendar()'s named tuple.
type isoCalendar struct{ Tuple }

func (c *isoCalendar) TypeName() string                           { return "IsoCalendarDate" }
func (c *isoCalendar) Iterate(th *Thread) ([]Value, error)        { return c.Tuple, nil }
func (c *isoCalendar) Len(th *Thread) (int, error)                { return 3, nil }
func (c *isoCalendar) GetItem(th *Thread, k Value) (Value, error) { return th.getItem(c.Tuple, k) }

// Slice implements Slicer: a named tuple's slice is a plain tuple.
func (c *isoCalendar) Slice(th *Thread, lo, hi, st Value) (Value, error) {
	return th.slice(c.Tuple, lo, hi, st)
}
func (c *isoCalendar) Repr(th *Thread) (string, error) {
	return sprintf("datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)", c.Tuple[0], c.Tuple[1], c.Tuple[2]), nil
}
func (c *isoCalendar) Attr(th *Thread, name string) (Value, bool, error) {
	for i, n := range []string{"year", "week", "weekday"} {
		if n == name {
			return c.Tuple[i], true, nil
		}
	}
	return nil, false, nil
}
