package interp

import (
	"strings"
	"unicode/utf8"
)

var (
	monthNames = strings.Fields("January February March April May June July August September October November December")
	dayNames   = strings.Fields("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
	monthDays  = [13]int64{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
)

// calendarModule is calendar's module functions in the C locale: leap years,
// weekdays, month grids and TextCalendar's text (month, calendar); the
// Calendar classes are refused by the catalog.
func calendarModule(th *Thread) *Module {
	first := int64(0) // firstweekday()
	const absent = -1 << 62
	badMonth := newExceptionClass("IllegalMonthError", ValueError)
	badDay := newExceptionClass("IllegalWeekdayError", ValueError)
	badMonth.module, badDay.module = "calendar", "calendar"
	ints := func(c *Call, name string, min int, names ...string) ([]int64, error) {
		a, err := th.args(c, name, names...)
		if err != nil {
			return nil, err
		}
		out := make([]int64, len(a))
		for i, v := range a {
			if v == nil && i < min {
				return nil, th.Raise(TypeError, "%s() missing 1 required positional argument: '%s'", name, names[i])
			}
			if out[i], err = th.intArg(v, absent); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	// monthStart is monthrange's checks and answer: the weekday of the first and the days.
	monthStart := func(y, m int64) (int64, int64, error) {
		if m < 1 || m > 12 {
			return 0, 0, th.Raise(badMonth, "bad month number %d; must be 1-12", m)
		}
		n := monthDays[m]
		if m == 2 && isLeap(y) {
			n++
		}
		wd, err := calWeekday(th, y, m, 1)
		return wd, n, err
	}
	// weeks is monthdays2calendar's days (0 outside the month), weeks from first.
	weeks := func(y, m int64) ([][]int64, error) {
		wd, n, err := monthStart(y, m)
		if err != nil {
			return nil, err
		}
		var out [][]int64
		day := -((wd - first + 7) % 7)
		for day < n {
			w := make([]int64, 7)
			for i := range w {
				if day++; day >= 1 && day <= n {
					w[i] = day
				}
			}
			out = append(out, w)
		}
		return out, nil
	}
	header := func(w int) string {
		names := make([]string, 7)
		for i := range names {
			n := dayNames[(int(first)+i)%7]
			if w < 9 {
				n = n[:3]
			}
			names[i] = center(n[:min(w, len(n))], w)
		}
		return strings.Join(names, " ")
	}
	week := func(days []int64, w int) string {
		cells := make([]string, 7)
		for i, d := range days {
			if d > 0 {
				cells[i] = center(sprintf("%2d", d), w)
			} else {
				cells[i] = strings.Repeat(" ", w)
			}
		}
		return strings.Join(cells, " ")
	}
	// text is TextCalendar.formatmonth(y, m, w, l), or formatyear(y, w, l, c, m) for m == 0.
	text := func(y, m int64, w, l, gap, per int) (string, error) {
		w, l = max(2, w), max(1, l)
		nl, col := strings.Repeat("\n", l), 7*(w+1)-1
		if m > 0 {
			ws, err := weeks(y, m)
			if err != nil {
				return "", err
			}
			s := strings.TrimRight(center(sprintf("%s %d", monthNames[m-1], y), col), " ") + nl + strings.TrimRight(header(w), " ") + nl
			for _, d := range ws {
				s += strings.TrimRight(week(d, w), " ") + nl
			}
			return s, nil
		}
		gap = max(2, gap)
		row := func(cols []string) string {
			for i, c := range cols {
				cols[i] = center(c, col)
			}
			return strings.TrimRight(strings.Join(cols, strings.Repeat(" ", gap)), " ") + nl
		}
		s := strings.TrimRight(center(sprintf("%d", y), col*per+gap*(per-1)), " ") + nl
		for lo := int64(1); lo <= 12; lo += int64(per) {
			var names, heads []string
			var cals [][][]int64
			height := 0
			for k := lo; k < lo+int64(per) && k <= 12; k++ {
				ws, err := weeks(y, k)
				if err != nil {
					return "", err
				}
				names, heads, cals = append(names, monthNames[k-1]), append(heads, header(w)), append(cals, ws)
				height = max(height, len(ws))
			}
			s += nl + row(names) + row(heads)
			for j := range height {
				cols := make([]string, len(cals))
				for i, ws := range cals {
					if j < len(ws) {
						cols[i] = week(ws[j], w)
					}
				}
				s += row(cols)
			}
		}
		return s, nil
	}
	monthText := func(name string, print bool) *Builtin {
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			a, err := ints(c, name, 2, "theyear", "themonth", "w", "l")
			if err != nil {
				return nil, err
			}
			s, err := text(a[0], a[1], int(a[2]), int(a[3]), 0, 0)
			if err != nil || !print {
				return s, err
			}
			return nil, th.writeStream(nil, s, false)
		})
	}
	yearText := func(name string, print bool) *Builtin {
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			a, err := ints(c, name, 1, "theyear", "w", "l", "c", "m")
			if err != nil {
				return nil, err
			}
			for i, def := range []int64{2, 1, 6, 3} {
				if a[i+1] == absent {
					a[i+1] = def
				}
			}
			if a[4] < 1 {
				return nil, th.Unsupported("calendar.%s with m < 1", name)
			}
			s, err := text(a[0], 0, int(a[1]), int(a[2]), int(a[3]), int(a[4]))
			if err != nil || !print {
				return s, err
			}
			return nil, th.writeStream(nil, s, false)
		})
	}
	values := map[string]Value{
		"IllegalMonthError": badMonth, "IllegalWeekdayError": badDay, "error": ValueError, "EPOCH": int64(1970),
		"January": int64(1), "February": int64(2), "mdays": &List{Items: func() []Value {
			out := make([]Value, 13)
			for i, n := range monthDays {
				out[i] = n
			}
			return out
		}()},
		"month_name": calNames("_localized_month", monthNames, 0), "month_abbr": calNames("_localized_month", monthNames, 3),
		"day_name": calNames("_localized_day", dayNames, 0), "day_abbr": calNames("_localized_day", dayNames, 3),
	}
	for i, d := range dayNames {
		values[strings.ToUpper(d)] = int64(i)
	}
	return newModule("calendar", []*Builtin{
		fn("isleap", func(th *Thread, c *Call) (Value, error) {
			a, err := ints(c, "isleap", 1, "year")
			if err != nil {
				return nil, err
			}
			return isLeap(a[0]), nil
		}),
		fn("leapdays", func(th *Thread, c *Call) (Value, error) {
			a, err := ints(c, "leapdays", 2, "y1", "y2")
			if err != nil {
				return nil, err
			}
			n := func(y int64) int64 {
				q4, _ := floorDiv(y-1, 4)
				q100, _ := floorDiv(y-1, 100)
				q400, _ := floorDiv(y-1, 400)
				return q4 - q100 + q400
			}
			return n(a[1]) - n(a[0]), nil
		}),
		fn("weekday", func(th *Thread, c *Call) (Value, error) {
			a, err := ints(c, "weekday", 3, "year", "month", "day")
			if err != nil {
				return nil, err
			}
			wd, err := calWeekday(th, a[0], a[1], a[2])
			return wd, err
		}),
		fn("monthrange", func(th *Thread, c *Call) (Value, error) {
			a, err := ints(c, "monthrange", 2, "year", "month")
			if err != nil {
				return nil, err
			}
			wd, n, err := monthStart(a[0], a[1])
			return Tuple{wd, n}, err
		}),
		fn("monthcalendar", func(th *Thread, c *Call) (Value, error) {
			a, err := ints(c, "monthcalendar", 2, "year", "month")
			if err != nil {
				return nil, err
			}
			ws, err := weeks(a[0], a[1])
			out := &List{}
			for _, w := range ws {
				row := make([]Value, 7)
				for i, d := range w {
					row[i] = d
				}
				out.Items = append(out.Items, &List{Items: row})
			}
			return out, err
		}),
		fn("firstweekday", func(th *Thread, c *Call) (Value, error) { return first, argN(th, c, "firstweekday", 0, 0) }),
		fn("setfirstweekday", func(th *Thread, c *Call) (Value, error) {
			a, err := ints(c, "setfirstweekday", 1, "firstweekday")
			if err != nil {
				return nil, err
			}
			if a[0] < 0 || a[0] > 6 {
				return nil, th.Raise(badDay, "bad weekday number %d; must be 0 (Monday) to 6 (Sunday)", a[0])
			}
			first = a[0]
			return nil, nil
		}),
		fn("weekheader", func(th *Thread, c *Call) (Value, error) {
			a, err := ints(c, "weekheader", 1, "width")
			if err != nil {
				return nil, err
			}
			return header(int(max(a[0], 0))), nil
		}),
		fn("timegm", func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "timegm", 1, 1); err != nil {
				return nil, err
			}
			t, err := th.iterate(c.Args[0])
			if err != nil {
				return nil, err
			}
			if len(t) < 6 {
				return nil, th.Raise(ValueError, "not enough values to unpack (expected 6, got %d)", len(t))
			}
			var f [6]int64
			for i := range f {
				if f[i], err = th.intArg(t[i], 0); err != nil {
					return nil, err
				}
			}
			if _, err := calWeekday(th, f[0], f[1], 1); err != nil {
				return nil, err
			}
			days := calOrdinal(f[0], f[1], 1) - calOrdinal(1970, 1, 1) + f[2] - 1
			return ((days*24+f[3])*60+f[4])*60 + f[5], nil
		}),
		monthText("month", false), monthText("prmonth", true), yearText("calendar", false), yearText("prcal", true),
	}, values)
}

func isLeap(y int64) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// calOrdinal is date(y, m, d).toordinal() of a valid date.
func calOrdinal(y, m, d int64) int64 {
	y1 := y - 1
	n := y1*365 + y1/4 - y1/100 + y1/400 + d
	for k := int64(1); k < m; k++ {
		n += monthDays[k]
	}
	if m > 2 && isLeap(y) {
		n++
	}
	return n
}

// calWeekday is calendar.weekday: a year outside datetime's is moved into
// it by 400-year cycles; the date's checks are date()'s.
func calWeekday(th *Thread, y, m, d int64) (int64, error) {
	if y < 1 || y > 9999 {
		_, r := floorDiv(y, 400)
		y = 2000 + r
	}
	if m < 1 || m > 12 {
		return 0, th.Raise(ValueError, "month must be in 1..12")
	}
	if n := monthDays[m]; d < 1 || d > n && !(m == 2 && d == 29 && isLeap(y)) {
		return 0, th.Raise(ValueError, "day is out of range for month")
	}
	return (calOrdinal(y, m, d) + 6) % 7, nil
}

// center is str.center with spaces.
func center(s string, w int) string {
	marg := w - utf8.RuneCountInString(s)
	if marg <= 0 {
		return s
	}
	left := marg/2 + (marg & w & 1)
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", marg-left)
}

// calNames is month_name, month_abbr, day_name or day_abbr: indexed and
// sliced as a list (a slice is a list), len 13 or 7, its repr an address.
func calNames(cls string, names []string, abbr int) *Instance {
	items := make([]Value, 0, 13)
	if len(names) == 12 {
		items = append(items, "")
	}
	for _, n := range names {
		if abbr > 0 {
			n = n[:abbr]
		}
		items = append(items, n)
	}
	list := &List{Items: items}
	c := nativeClass(cls, "calendar", nil)
	c.setMethod("__getitem__", func(th *Thread, c *Call) (Value, error) {
		if err := argN(th, c, "__getitem__", 2, 2); err != nil {
			return nil, err
		}
		return th.getItem(list, c.Args[1])
	})
	c.setMethod("__len__", func(th *Thread, c *Call) (Value, error) { return int64(len(items)), nil })
	c.setMethod("__iter__", func(th *Thread, c *Call) (Value, error) {
		next, err := th.iter(list)
		return &lazyIter{name: "iterator", next: next}, err
	})
	return &Instance{Class: c, Dict: NewDict()}
}
