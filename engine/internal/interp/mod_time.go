package interp

import (
	"math"
	"strconv"
	"strings"
	"time"

	"cascadelab/engine/internal/budget"
	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/pyrepr"
)

// timeModule is time on the real clock (a script that prints the time
// differs from a recording, as it would between two runs of CPython):
// time, the monotonic clocks, sleep (which waits, within the run's time
// budget), and the struct_time functions with C's strftime and
// CPython's strptime.
func timeModule(th *Thread) *Module {
	now := func(name string, f func() Value) *Builtin {
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 0, 0); err != nil {
				return nil, err
			}
			return f(), nil
		})
	}
	start := time.Now()
	secs := func() Value { return float64(time.Now().UnixNano()) / 1e9 }
	mono := func() Value { return float64(time.Since(start).Nanoseconds())/1e9 + 1 }
	_, offset := time.Now().Zone()
	zone, _ := time.Now().Zone()
	return newModule("time", []*Builtin{
		now("time", secs), now("monotonic", mono), now("perf_counter", mono), now("process_time", mono),
		now("time_ns", func() Value { return time.Now().UnixNano() }),
		now("monotonic_ns", func() Value { return time.Since(start).Nanoseconds() + 1e9 }),
		now("perf_counter_ns", func() Value { return time.Since(start).Nanoseconds() + 1e9 }),
		fn("sleep", timeSleep),
		fn("gmtime", func(th *Thread, c *Call) (Value, error) { return th.timeFromSecs(c, "gmtime", time.UTC) }),
		fn("localtime", func(th *Thread, c *Call) (Value, error) { return th.timeFromSecs(c, "localtime", time.Local) }),
		fn("mktime", func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "mktime", "t")
			if err != nil {
				return nil, err
			}
			st, err := th.structTime(a[0], "mktime")
			if err != nil {
				return nil, err
			}
			return float64(st.in(time.Local).Unix()), nil
		}),
		fn("strftime", func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "strftime", "format", "t")
			if err != nil {
				return nil, err
			}
			f, ok := a[0].(string)
			if !ok {
				return nil, th.Raise(TypeError, "strftime() argument 1 must be str, not %s", typeName(a[0]))
			}
			t := time.Now()
			if a[1] != nil {
				st, err := th.structTime(a[1], "strftime")
				if err != nil {
					return nil, err
				}
				return th.strftimeStruct(f, st)
			}
			return th.strftime(f, t)
		}),
		fn("strptime", func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "strptime", "string", "format")
			if err != nil {
				return nil, err
			}
			s, ok := a[0].(string)
			if !ok {
				return nil, th.Raise(TypeError, "strptime() argument 0 must be str, not %s", typeName(a[0]))
			}
			f := "%a %b %d %H:%M:%S %Y"
			if a[1] != nil {
				if f, ok = a[1].(string); !ok {
					return nil, th.Raise(TypeError, "strptime() argument 1 must be str, not %s", typeName(a[1]))
				}
			}
			p, err := th.strptime(s, f)
			if err != nil {
				return nil, err
			}
			return p.structTime(), nil
		}),
		fn("asctime", func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "asctime", "t")
			if err != nil {
				return nil, err
			}
			st := newStructTime(time.Now())
			if a[0] != nil {
				if st, err = th.structTime(a[0], "asctime"); err != nil {
					return nil, err
				}
			}
			return st.asctime(), nil
		}),
		fn("ctime", func(th *Thread, c *Call) (Value, error) {
			st, err := th.timeFromSecs(c, "ctime", time.Local)
			if err != nil {
				return nil, err
			}
			return st.(*structTime).asctime(), nil
		}),
	}, map[string]Value{
		"struct_time": &builtinType{name: "struct_time", module: "time", call: newStructTimeCall}, "timezone": int64(-offset), "altzone": int64(-offset),
		"daylight": int64(0), "tzname": Tuple{zone, zone},
	})
}

// timeSleep waits for real, and stops with the time budget's error when
// the wait would outlast the run's budget.
func timeSleep(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "sleep", 1, 1); err != nil {
		return nil, err
	}
	s, err := th.toFloat(c.Args[0])
	if err != nil {
		return nil, th.Raise(TypeError, "'%s' object cannot be interpreted as an integer", typeName(c.Args[0]))
	}
	if s < 0 {
		return nil, th.Raise(ValueError, "sleep length must be non-negative")
	}
	d := time.Duration(math.Min(s, 1e9) * float64(time.Second))
	deadline, timed := th.opts.Ctx.Deadline()
	if timed && time.Now().Add(d).After(deadline) {
		d = time.Until(deadline)
	}
	select {
	case <-time.After(d):
	case <-th.opts.Ctx.Done():
	}
	// the deadline read here: the context may read the clock only now and then
	if th.opts.Ctx.Err() != nil || timed && !time.Now().Before(deadline) {
		e := th.overBudget(budget.Time, StepLimitExceeded, "the script ran out of time and was stopped: time.sleep() waited past the run's time budget")
		e.fatal = true
		return nil, e
	}
	return nil, nil
}

func (th *Thread) timeFromSecs(c *Call, name string, loc *time.Location) (Value, error) {
	a, err := th.args(c, name, "secs")
	if err != nil {
		return nil, err
	}
	t := time.Now()
	if a[0] != nil {
		f, err := th.toFloat(a[0])
		if err != nil {
			return nil, th.Raise(TypeError, "'%s' object cannot be interpreted as an integer", typeName(a[0]))
		}
		if math.IsNaN(f) {
			return nil, th.Raise(ValueError, "Invalid value NaN (not a number)")
		}
		if math.Abs(f) > 1e17 {
			return nil, th.Raise(OverflowError, "timestamp out of range for platform time_t")
		}
		sec := math.Floor(f)
		t = time.Unix(int64(sec), 0)
	}
	st := newStructTime(t.In(loc))
	if loc == time.UTC {
		st.zone = "GMT" // C's gmtime names UTC so
	}
	return st, nil
}

// structTime is a time.struct_time: nine fields and the zone ("" for none).
type structTime struct {
	f      [9]int64
	zone   string
	gmtoff int64
}

var structFields = []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"}

func newStructTime(t time.Time) *structTime {
	zone, off := t.Zone()
	return &structTime{f: [9]int64{int64(t.Year()), int64(t.Month()), int64(t.Day()), int64(t.Hour()), int64(t.Minute()),
		int64(t.Second()), int64((t.Weekday() + 6) % 7), int64(t.YearDay()), 0}, zone: zone, gmtoff: int64(off)}
}

func (st *structTime) in(loc *time.Location) time.Time {
	return time.Date(int(st.f[0]), time.Month(st.f[1]), int(st.f[2]), int(st.f[3]), int(st.f[4]), int(st.f[5]), 0, loc)
}

func (st *structTime) asctime() string {
	t := st.in(time.UTC)
	return sprintf("%s %s %2d %02d:%02d:%02d %d", t.Weekday().String()[:3], t.Month().String()[:3], st.f[2], st.f[3], st.f[4], st.f[5], st.f[0])
}

func (st *structTime) TypeName() string { return "struct_time" }

func (st *structTime) tuple() Tuple {
	t := make(Tuple, 9)
	for i, v := range st.f {
		t[i] = v
	}
	return t
}

func (st *structTime) Iterate(th *Thread) ([]Value, error) { return st.tuple(), nil }

// Binary compares as the tuple does.
func (st *structTime) Binary(th *Thread, op py.Op, other Value, right bool) (Value, bool, error) {
	return th.compareAsTuple(op, st.tuple(), other, right)
}

func (st *structTime) Unary(th *Thread, op py.Op) (Value, bool, error) { return nil, false, nil }
func (st *structTime) Len(th *Thread) (int, error)                     { return 9, nil }
func (st *structTime) GetItem(th *Thread, key Value) (Value, error) {
	return th.getItem(st.tuple(), key)
}
func (st *structTime) Slice(th *Thread, lo, hi, step Value) (Value, error) {
	return th.slice(st.tuple(), lo, hi, step)
}

func (st *structTime) Attr(th *Thread, name string) (Value, bool, error) {
	for i, f := range structFields {
		if f == name {
			return st.f[i], true, nil
		}
	}
	switch name {
	case "tm_zone", "tm_gmtoff":
		if st.zone == "" { // made from fields alone (datetime.timetuple)
			return nil, true, nil
		}
		if name == "tm_zone" {
			return st.zone, true, nil
		}
		return st.gmtoff, true, nil
	}
	return nil, false, nil
}

func (st *structTime) Repr(th *Thread) (string, error) {
	parts := make([]string, 9)
	for i, f := range structFields {
		parts[i] = f + "=" + strconv.FormatInt(st.f[i], 10)
	}
	return "time.struct_time(" + strings.Join(parts, ", ") + ")", nil
}

// structTime reads a struct_time or a 9-tuple.
func (th *Thread) structTime(v Value, name string) (*structTime, error) {
	if st, ok := v.(*structTime); ok {
		return st, nil
	}
	t, ok := v.(Tuple)
	if !ok {
		return nil, th.Raise(TypeError, "Tuple or struct_time argument required")
	}
	if len(t) != 9 {
		return nil, th.Raise(TypeError, "%s(): illegal time tuple argument", name)
	}
	st := &structTime{zone: "UTC"}
	for i, x := range t {
		n, ok := smallInt(x)
		if !ok {
			return nil, th.Raise(TypeError, "'%s' object cannot be interpreted as an integer", typeName(x))
		}
		st.f[i] = n
	}
	return st, nil
}

// newStructTimeCall is time.struct_time(seq): nine fields, no zone.
func newStructTimeCall(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "struct_time", 1, 1); err != nil {
		return nil, err
	}
	items, err := th.iterate(c.Args[0])
	if err != nil {
		return nil, err
	}
	if len(items) != 9 {
		return nil, th.Raise(TypeError, "time.struct_time() takes a 9-sequence (%d-sequence given)", len(items))
	}
	st, err := th.structTime(Tuple(items), "struct_time")
	if err != nil {
		return nil, err
	}
	st.zone = ""
	return st, nil
}

func (th *Thread) strftimeStruct(f string, st *structTime) (Value, error) {
	if st.f[1] < 1 || st.f[1] > 12 {
		return nil, th.Raise(ValueError, "month out of range")
	}
	if st.f[2] < 1 || st.f[2] > 31 {
		return nil, th.Raise(ValueError, "day of month out of range")
	}
	t := st.in(time.FixedZone(st.zone, int(st.gmtoff)))
	return th.strftimeAt(f, t, st.f[6], st.f[7], nil)
}

// strftime is C's strftime (glibc's, in the C locale) for time.strftime and
// logging. datetime's (zone set: its %Z and %z, empty when naive) adds %f.
func (th *Thread) strftime(f string, t time.Time) (string, error) {
	v, err := th.strftimeAt(f, t, int64((t.Weekday()+6)%7), int64(t.YearDay()), nil)
	if err != nil {
		return "", err
	}
	return v.(string), nil
}

func (th *Thread) strftimeAt(f string, t time.Time, wday, yday int64, zone *[2]string) (Value, error) {
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		if f[i] != '%' || i+1 == len(f) {
			b.WriteByte(f[i])
			continue
		}
		i++
		hour12 := t.Hour() % 12
		if hour12 == 0 {
			hour12 = 12
		}
		switch f[i] {
		case 'Y':
			b.WriteString(strconv.Itoa(t.Year()))
		case 'y':
			b.WriteString(sprintf("%02d", t.Year()%100))
		case 'm':
			b.WriteString(sprintf("%02d", int(t.Month())))
		case 'd':
			b.WriteString(sprintf("%02d", t.Day()))
		case 'e':
			b.WriteString(sprintf("%2d", t.Day()))
		case 'H':
			b.WriteString(sprintf("%02d", t.Hour()))
		case 'I':
			b.WriteString(sprintf("%02d", hour12))
		case 'M':
			b.WriteString(sprintf("%02d", t.Minute()))
		case 'S':
			b.WriteString(sprintf("%02d", t.Second()))
		case 'f':
			if zone == nil {
				return nil, th.Unsupported("%%f in time.strftime (glibc leaves it as it is)")
			}
			b.WriteString(sprintf("%06d", t.Nanosecond()/1000))
		case 'p':
			b.WriteString(map[bool]string{true: "PM", false: "AM"}[t.Hour() >= 12])
		case 'j':
			b.WriteString(sprintf("%03d", yday))
		case 'a':
			b.WriteString(weekdays[wday][:3])
		case 'A':
			b.WriteString(weekdays[wday])
		case 'b', 'h':
			b.WriteString(t.Month().String()[:3])
		case 'B':
			b.WriteString(t.Month().String())
		case 'w':
			b.WriteString(strconv.FormatInt((wday+1)%7, 10))
		case 'u':
			b.WriteString(strconv.FormatInt(wday+1, 10))
		case 'c':
			b.WriteString(sprintf("%s %s %2d %02d:%02d:%02d %d", weekdays[wday][:3], t.Month().String()[:3], t.Day(), t.Hour(), t.Minute(), t.Second(), t.Year()))
		case 'x', 'D':
			b.WriteString(sprintf("%02d/%02d/%02d", int(t.Month()), t.Day(), t.Year()%100))
		case 'X', 'T':
			b.WriteString(sprintf("%02d:%02d:%02d", t.Hour(), t.Minute(), t.Second()))
		case 'R':
			b.WriteString(sprintf("%02d:%02d", t.Hour(), t.Minute()))
		case 'F':
			b.WriteString(sprintf("%d-%02d-%02d", t.Year(), int(t.Month()), t.Day()))
		case 'U':
			b.WriteString(sprintf("%02d", (yday-1+7-(wday+1)%7)/7))
		case 'W':
			b.WriteString(sprintf("%02d", (yday-1+7-wday)/7))
		case 'Z':
			z, _ := t.Zone()
			if zone != nil {
				z = zone[0]
			}
			b.WriteString(z)
		case 'z':
			if zone != nil {
				b.WriteString(zone[1])
				continue
			}
			_, off := t.Zone()
			sign := '+'
			if off < 0 {
				sign, off = '-', -off
			}
			b.WriteString(sprintf("%c%02d%02d", sign, off/3600, off/60%60))
		case 'G', 'V', 'g': // the ISO 8601 year and week
			y, w := t.ISOWeek()
			switch f[i] {
			case 'G':
				b.WriteString(strconv.Itoa(y))
			case 'g':
				b.WriteString(sprintf("%02d", y%100))
			default:
				b.WriteString(sprintf("%02d", w))
			}
		case 'C':
			b.WriteString(sprintf("%02d", t.Year()/100))
		case '%':
			b.WriteByte('%')
		default:
			return nil, th.Unsupported("the strftime directive %%%c", f[i])
		}
	}
	return b.String(), nil
}

var weekdays = [...]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// parsedTime is what strptime read.
type parsedTime struct {
	year, month, day, hour, minute, second, micro int
	zone                                          *int // seconds east of UTC (%z)
}

func (p *parsedTime) date() time.Time {
	return time.Date(p.year, time.Month(p.month), p.day, p.hour, p.minute, p.second, p.micro*1000, time.UTC)
}

func (p *parsedTime) structTime() *structTime {
	t := p.date()
	st := newStructTime(t)
	st.f[8] = -1
	st.zone = ""
	if p.zone != nil {
		st.gmtoff = int64(*p.zone)
	}
	return st
}

// strptime is _strptime's parse: each directive reads its digits or
// names; what is left over or does not match is CPython's ValueError.
func (th *Thread) strptime(s, f string) (*parsedTime, error) {
	p := &parsedTime{year: 1900, month: 1, day: 1}
	fail := func() error {
		return th.Raise(ValueError, "time data %s does not match format %s", pyrepr.Str(s), pyrepr.Str(f))
	}
	pm, hour12 := -1, false
	i := 0
	num := func(maxDigits int) (int, bool) {
		j := i
		for j < len(s) && j-i < maxDigits && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i {
			return 0, false
		}
		n, _ := strconv.Atoi(s[i:j])
		i = j
		return n, true
	}
	name := func(names []string, short bool) (int, bool) {
		for k, n := range names {
			if short {
				n = n[:3]
			}
			if len(s)-i >= len(n) && strings.EqualFold(s[i:i+len(n)], n) {
				i += len(n)
				return k, true
			}
		}
		return 0, false
	}
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	for k := 0; k < len(f); k++ {
		c := f[k]
		if c != '%' {
			if c == ' ' {
				for i < len(s) && s[i] == ' ' {
					i++
				}
				continue
			}
			if i >= len(s) || s[i] != c {
				return nil, fail()
			}
			i++
			continue
		}
		k++
		if k >= len(f) {
			return nil, th.Raise(ValueError, "stray %% in format '%s'", f)
		}
		var ok bool
		var n int
		switch f[k] {
		case 'Y':
			p.year, ok = num(4)
		case 'y':
			if n, ok = num(2); ok {
				p.year = 1900 + n
				if n < 69 {
					p.year = 2000 + n
				}
			}
		case 'm':
			p.month, ok = num(2)
			ok = ok && p.month >= 1 && p.month <= 12
		case 'd':
			p.day, ok = num(2)
			ok = ok && p.day >= 1 && p.day <= 31
		case 'H':
			p.hour, ok = num(2)
			ok = ok && p.hour <= 23
		case 'I':
			p.hour, ok = num(2)
			ok, hour12 = ok && p.hour >= 1 && p.hour <= 12, true
		case 'M':
			p.minute, ok = num(2)
			ok = ok && p.minute <= 59
		case 'S':
			p.second, ok = num(2)
			ok = ok && p.second <= 61
		case 'f':
			j := i
			if n, ok = num(6); ok {
				for d := i - j; d < 6; d++ {
					n *= 10
				}
				p.micro = n
			}
		case 'p':
			if n, ok = name([]string{"AM", "PM"}, false); ok {
				pm = n
			}
		case 'b', 'h':
			if n, ok = name(months, false); !ok {
				n, ok = name(months, true)
			}
			p.month = n + 1
		case 'B':
			if n, ok = name(months, false); !ok {
				n, ok = name(months, true)
			}
			p.month = n + 1
		case 'a', 'A':
			if _, ok = name(weekdays[:], false); !ok {
				_, ok = name(weekdays[:], true)
			}
		case 'j':
			n, ok = num(3)
			if ok {
				return nil, th.Unsupported("%%j in strptime")
			}
		case 'z':
			if i < len(s) && (s[i] == '+' || s[i] == '-') && len(s)-i >= 5 {
				sign := 1
				if s[i] == '-' {
					sign = -1
				}
				i++
				h, _ := num(2)
				if i < len(s) && s[i] == ':' {
					i++
				}
				m, ok2 := num(2)
				off := sign * (h*3600 + m*60)
				p.zone, ok = &off, ok2
			} else if i < len(s) && s[i] == 'Z' {
				i++
				off := 0
				p.zone, ok = &off, true
			}
		case '%':
			ok = i < len(s) && s[i] == '%'
			i++
		default:
			return nil, th.Unsupported("the strptime directive %%%c", f[k])
		}
		if !ok {
			return nil, fail()
		}
	}
	if i < len(s) {
		return nil, th.Raise(ValueError, "unconverted data remains: %s", s[i:])
	}
	if hour12 && pm >= 0 {
		p.hour %= 12
		if pm == 1 {
			p.hour += 12
		}
	}
	if p.day > daysIn(p.year, p.month) {
		return nil, th.Raise(ValueError, "day is out of range for month")
	}
	return p, nil
}

func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
