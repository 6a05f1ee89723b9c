package interp

import (
	"strings"

	"cascadelab/engine/internal/py"
)

// csvDialect is a dialect's settings; a rune of -1 is not set.
type csvDialect struct {
	delim, quote, escape   rune
	doublequote, skipSpace bool
	strict                 bool
	term                   string
	quoting                int64
}

const (
	quoteMinimal = iota
	quoteAll
	quoteNonnumeric
	quoteNone
)

// csvDialects are the dialects csv registers, by name and as classes.
var csvDialects = map[string]csvDialect{
	"excel":     {delim: ',', quote: '"', escape: -1, doublequote: true, term: "\r\n"},
	"excel-tab": {delim: '\t', quote: '"', escape: -1, doublequote: true, term: "\r\n"},
	"unix":      {delim: ',', quote: '"', escape: -1, doublequote: true, term: "\n", quoting: quoteAll},
}

// csvModule is csv over any iterable of str lines and any object with a
// write method (io.StringIO, a list's append...): reader and writer as
// _csv.c parses and quotes, DictReader and DictWriter as csv.py builds them
// on those; the three registered dialects and classes deriving from Dialect.
// Sniffer and registering dialects are refused by the catalog.
func csvModule(th *Thread) *Module {
	errCls := newExceptionClass("Error", ExceptionClass)
	errCls.module = "_csv"
	dialectCls := nativeClass("Dialect", "csv", nil)
	values := map[string]Value{"Error": errCls, "Dialect": dialectCls,
		"QUOTE_MINIMAL": int64(quoteMinimal), "QUOTE_ALL": int64(quoteAll), "QUOTE_NONNUMERIC": int64(quoteNonnumeric), "QUOTE_NONE": int64(quoteNone)}
	for py, name := range map[string]string{"excel": "excel", "excel_tab": "excel-tab", "unix_dialect": "unix"} {
		d := csvDialects[name]
		c := nativeClass(py, "csv", dialectCls)
		for k, v := range map[string]Value{"delimiter": string(d.delim), "quotechar": string(d.quote), "escapechar": nil, "doublequote": true,
			"skipinitialspace": false, "lineterminator": d.term, "quoting": d.quoting, "strict": false} {
			c.Dict.SetStr(k, v)
		}
		values[py] = c
	}
	cs := &csvState{th: th, err: errCls}
	return newModule("csv", []*Builtin{
		fn("reader", func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "reader", 1, 2); err != nil {
				return nil, err
			}
			return cs.reader(c.Args[0], c.Args[1:], c.Kw)
		}),
		fn("writer", func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "writer", 1, 2); err != nil {
				return nil, err
			}
			return cs.writer(c.Args[0], c.Args[1:], c.Kw)
		}),
		fn("DictReader", cs.dictReader), fn("DictWriter", cs.dictWriter),
		fn("list_dialects", func(th *Thread, c *Call) (Value, error) {
			return &List{Items: []Value{"excel", "excel-tab", "unix"}}, argN(th, c, "list_dialects", 0, 0)
		}),
	}, values)
}

type csvState struct {
	th  *Thread
	err *Class
}

// dialect is a dialect (a registered name, or a class or object with a
// dialect's attributes) with the keyword arguments over it.
func (cs *csvState) dialect(args []Value, kw []KV) (csvDialect, error) {
	th := cs.th
	d := csvDialects["excel"]
	var src Value = "excel"
	if len(args) > 0 {
		src = args[0]
	}
	var rest []KV
	for _, k := range kw {
		if k.Name == "dialect" {
			src = k.Value
		} else {
			rest = append(rest, k)
		}
	}
	if name, ok := src.(string); ok {
		known, ok := csvDialects[name]
		if !ok {
			return d, th.Raise(cs.err, "unknown dialect")
		}
		d = known
	} else {
		for _, name := range []string{"delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace", "lineterminator", "quoting", "strict"} {
			v, ok, err := th.GetAttr(src, name)
			if err != nil {
				return d, err
			}
			if ok {
				rest = append([]KV{{Name: name, Value: v}}, rest...)
			}
		}
	}
	char := func(name string, v Value, none bool) (rune, error) {
		if v == nil && none {
			return -1, nil
		}
		s, ok := v.(string)
		if r := []rune(s); ok && len(r) == 1 {
			return r[0], nil
		}
		if !ok && !(v == nil && !none) {
			return 0, th.Raise(TypeError, "\"%s\" must be string or None, not %s", name, typeName(v))
		}
		return 0, th.Raise(TypeError, "\"%s\" must be a 1-character string", name)
	}
	for _, k := range rest {
		var err error
		switch k.Name {
		case "delimiter":
			if s, ok := k.Value.(string); !ok {
				err = th.Raise(TypeError, "\"delimiter\" must be string, not %s", typeName(k.Value))
			} else {
				d.delim, err = char(k.Name, s, false)
			}
		case "quotechar":
			d.quote, err = char(k.Name, k.Value, true)
		case "escapechar":
			d.escape, err = char(k.Name, k.Value, true)
		case "lineterminator":
			s, ok := k.Value.(string)
			if !ok {
				err = th.Raise(TypeError, "\"lineterminator\" must be a string")
			}
			d.term = s
		case "quoting":
			q, ok := smallInt(k.Value)
			if !ok || q < 0 || q > quoteNone {
				err = th.Raise(TypeError, "bad \"quoting\" value")
			}
			d.quoting = q
		case "doublequote", "skipinitialspace", "strict":
			var b bool
			b, err = th.truth(k.Value)
			switch k.Name {
			case "doublequote":
				d.doublequote = b
			case "skipinitialspace":
				d.skipSpace = b
			default:
				d.strict = b
			}
		default:
			err = th.Raise(TypeError, "'%s' is an invalid keyword argument for this function", k.Name)
		}
		if err != nil {
			return d, err
		}
	}
	if d.quote < 0 && d.quoting != quoteNone && d.quoting != quoteMinimal {
		return d, th.Raise(TypeError, "quotechar must be set if quoting enabled")
	}
	return d, nil
}

// object is an instance of a class of its own named name with Go methods.
func csvObject(name string, methods map[string]func(th *Thread, c *Call) (Value, error)) *Instance {
	c := nativeClass(name, "_csv", nil)
	for n, m := range methods {
		c.setMethod(n, m)
	}
	return &Instance{Class: c, Dict: NewDict()}
}

func (cs *csvState) reader(src Value, args []Value, kw []KV) (*Instance, error) {
	th := cs.th
	lines, err := th.iter(src)
	if err != nil {
		return nil, err
	}
	d, err := cs.dialect(args, kw)
	if err != nil {
		return nil, err
	}
	var r *Instance
	lineNum := int64(0)
	r = csvObject("reader", map[string]func(th *Thread, c *Call) (Value, error){
		"__iter__": func(th *Thread, c *Call) (Value, error) { return r, nil },
		"__next__": func(th *Thread, c *Call) (Value, error) {
			row, err := cs.parse(d, lines, &lineNum)
			r.Dict.SetStr("line_num", lineNum)
			if err == nil && row == nil {
				err = th.Raise(StopIteration, "")
			}
			return row, err
		},
	})
	r.Dict.SetStr("line_num", int64(0))
	return r, nil
}

// parse is _csv.c's Reader_iternext: lines are fed a character at a time,
// then an end of line, until a record ends. nil at the end of the input.
func (cs *csvState) parse(d csvDialect, lines nextFunc, lineNum *int64) (Value, error) {
	const (
		startRecord = iota
		startField
		escapedChar
		inField
		inQuoted
		escapeInQuoted
		quoteInQuoted
		eatCRNL
		afterEscapedCRNL
		eol = -2
	)
	th := cs.th
	var fields []Value
	var field []rune
	state, numeric := startRecord, false
	save := func() error {
		s := string(field)
		field = field[:0]
		if numeric {
			numeric = false
			f, err := callFloat(th, &Call{Args: []Value{s}})
			fields = append(fields, f)
			return err
		}
		fields = append(fields, s)
		return nil
	}
	newline := func(c rune) bool { return c == '\n' || c == '\r' || c == eol }
	endLine := func(c rune) error {
		if c == eol {
			state = startRecord
		} else {
			state = eatCRNL
		}
		return save()
	}
	step := func(c rune) error {
		switch state {
		case startRecord:
			if c == eol {
				return nil
			}
			if c == '\n' || c == '\r' {
				state = eatCRNL
				return nil
			}
			state = startField
			fallthrough
		case startField:
			switch {
			case newline(c):
				return endLine(c)
			case c == d.quote && d.quoting != quoteNone:
				state = inQuoted
			case c == d.escape:
				state = escapedChar
			case c == ' ' && d.skipSpace:
			case c == d.delim:
				return save()
			default:
				numeric = d.quoting == quoteNonnumeric
				field = append(field, c)
				state = inField
			}
		case escapedChar:
			if c == '\n' || c == '\r' {
				field = append(field, c)
				state = afterEscapedCRNL
				return nil
			}
			if c == eol {
				c = '\n'
			}
			field = append(field, c)
			state = inField
		case afterEscapedCRNL, inField:
			if state == afterEscapedCRNL && c == eol {
				return nil
			}
			state = inField
			switch {
			case newline(c):
				return endLine(c)
			case c == d.escape:
				state = escapedChar
			case c == d.delim:
				state = startField
				return save()
			default:
				field = append(field, c)
			}
		case inQuoted:
			switch {
			case c == eol:
			case c == d.escape:
				state = escapeInQuoted
			case c == d.quote && d.quoting != quoteNone:
				state = inField
				if d.doublequote {
					state = quoteInQuoted
				}
			default:
				field = append(field, c)
			}
		case escapeInQuoted:
			if c == eol {
				c = '\n'
			}
			field = append(field, c)
			state = inQuoted
		case quoteInQuoted:
			switch {
			case d.quoting != quoteNone && c == d.quote:
				field = append(field, c)
				state = inQuoted
			case c == d.delim:
				state = startField
				return save()
			case newline(c):
				return endLine(c)
			case !d.strict:
				field = append(field, c)
				state = inField
			default:
				return th.Raise(cs.err, "'%c' expected after '%c'", d.delim, d.quote)
			}
		case eatCRNL:
			switch {
			case c == '\n' || c == '\r':
			case c == eol:
				state = startRecord
			default:
				return th.Raise(cs.err, "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?")
			}
		}
		return nil
	}
	for {
		line, ok, err := lines()
		if err != nil {
			return nil, err
		}
		if !ok {
			if len(field) == 0 && state != inQuoted {
				return nil, nil
			}
			if d.strict {
				return nil, th.Raise(cs.err, "unexpected end of data")
			}
			if err := save(); err != nil {
				return nil, err
			}
			break
		}
		s, isStr := line.(string)
		if !isStr {
			return nil, th.Raise(cs.err, "iterator should return strings, not %s (the file should be opened in text mode)", typeName(line))
		}
		*lineNum++
		for _, c := range s {
			if err := step(c); err != nil {
				return nil, err
			}
		}
		if err := step(eol); err != nil {
			return nil, err
		}
		if state == startRecord {
			break
		}
	}
	return &List{Items: fields}, nil
}

func (cs *csvState) writer(file Value, args []Value, kw []KV) (*Instance, error) {
	th := cs.th
	write, err := th.getAttr(file, "write")
	if err != nil {
		return nil, th.Raise(TypeError, "argument 1 must have a \"write\" method")
	}
	d, err := cs.dialect(args, kw)
	if err != nil {
		return nil, err
	}
	writerow := func(th *Thread, c *Call) (Value, error) {
		if err := argN(th, c, "writerow", 2, 2); err != nil {
			return nil, err
		}
		line, err := cs.join(d, c.Args[1])
		if err != nil {
			return nil, err
		}
		return th.Call(write, []Value{line}, nil)
	}
	return csvObject("writer", map[string]func(th *Thread, c *Call) (Value, error){
		"writerow": writerow,
		"writerows": func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "writerows", 2, 2); err != nil {
				return nil, err
			}
			next, err := th.iter(c.Args[1])
			for err == nil {
				var row Value
				var ok bool
				if row, ok, err = next(); !ok || err != nil {
					break
				}
				_, err = writerow(th, &Call{Args: []Value{c.Args[0], row}})
			}
			return nil, err
		},
	}), nil
}

// join is _csv.c's writerow: a row's fields quoted and escaped as the dialect says.
func (cs *csvState) join(d csvDialect, row Value) (string, error) {
	th := cs.th
	next, err := th.iter(row)
	if err != nil {
		if _, ok := err.(*Exception); ok && err.(*Exception).Class == TypeError {
			return "", th.Raise(cs.err, "iterable expected, not %s", typeName(row))
		}
		return "", err
	}
	var b strings.Builder
	n, empty := 0, false
	for {
		f, ok, err := next()
		if err != nil {
			return "", err
		}
		if !ok {
			break
		}
		quoted := d.quoting == quoteAll || d.quoting == quoteNonnumeric && !isNumber(f)
		s := ""
		switch v := f.(type) {
		case nil:
		case string:
			s = v
		default:
			if s, err = th.str(v); err != nil {
				return "", err
			}
		}
		var field strings.Builder
		for _, c := range s {
			if c == d.delim || c == d.escape || c == d.quote || strings.ContainsRune(d.term, c) {
				escape := d.quoting == quoteNone
				if !escape {
					if c == d.quote {
						if d.doublequote {
							field.WriteRune(c)
						} else {
							escape = true
						}
					} else if c == d.escape {
						escape = true
					}
					quoted = quoted || !escape
				}
				if escape {
					if d.escape < 0 {
						return "", th.Raise(cs.err, "need to escape, but no escapechar set")
					}
					field.WriteRune(d.escape)
				}
			}
			field.WriteRune(c)
		}
		if n > 0 {
			b.WriteRune(d.delim)
		}
		n++
		empty = s == "" && !quoted
		if quoted {
			b.WriteRune(d.quote)
		}
		b.WriteString(field.String())
		if quoted {
			b.WriteRune(d.quote)
		}
	}
	if n == 1 && empty {
		if d.quoting == quoteNone {
			return "", th.Raise(cs.err, "single empty field record must be quoted")
		}
		b.Reset()
		b.WriteRune(d.quote)
		b.WriteRune(d.quote)
	}
	return b.String() + d.term, nil
}

// dictReader is csv.DictReader(f, fieldnames=None, restkey=None, restval=None, dialect='excel', **fmtparams).
func (cs *csvState) dictReader(th *Thread, c *Call) (Value, error) {
	var opts [4]Value // f, fieldnames, restkey, restval
	copy(opts[:], c.Args)
	var rest []KV
	for _, k := range c.Kw {
		if i := map[string]int{"f": 1, "fieldnames": 2, "restkey": 3, "restval": 4}[k.Name]; i > 0 {
			opts[i-1] = k.Value
		} else {
			rest = append(rest, k)
		}
	}
	if opts[0] == nil {
		return nil, th.Raise(TypeError, "DictReader.__init__() missing 1 required positional argument: 'f'")
	}
	var extra []Value
	if len(c.Args) > 4 {
		extra = c.Args[4:]
	}
	r, err := cs.reader(opts[0], extra, rest)
	if err != nil {
		return nil, err
	}
	next, _ := r.Class.Dict.GetStr("__next__")
	row := func() (*List, error) {
		v, err := th.Call(next, []Value{r}, nil)
		l, _ := v.(*List)
		return l, err
	}
	var dr *Instance
	fieldnames := func() (Value, error) {
		if v, ok := dr.Dict.GetStr("fieldnames"); ok {
			return v, nil
		}
		var names Value
		l, err := row()
		if e, ok := err.(*Exception); ok && e.Class == StopIteration {
			err = nil
		} else if err == nil {
			names = l
		}
		dr.Dict.SetStr("fieldnames", names)
		return names, err
	}
	dr = csvObject("DictReader", map[string]func(th *Thread, c *Call) (Value, error){
		"__iter__": func(th *Thread, c *Call) (Value, error) { return dr, nil },
		"__getattr__": func(th *Thread, c *Call) (Value, error) {
			switch c.Args[1] {
			case "fieldnames":
				return fieldnames()
			case "line_num":
				n, _ := r.Dict.GetStr("line_num")
				return n, nil
			}
			return nil, th.Raise(AttributeError, "'DictReader' object has no attribute '%s'", c.Args[1])
		},
		"__next__": func(th *Thread, c *Call) (Value, error) {
			names, err := fieldnames()
			if err != nil {
				return nil, err
			}
			l, err := row()
			for err == nil && len(l.Items) == 0 {
				l, err = row()
			}
			if err != nil {
				return nil, err
			}
			keys, err := th.iterate(names)
			if err != nil {
				return nil, err
			}
			d := NewDict()
			for i, k := range keys {
				v := opts[3]
				if i < len(l.Items) {
					v = l.Items[i]
				}
				if err := d.Set(th, k, v); err != nil {
					return nil, err
				}
			}
			if len(l.Items) > len(keys) {
				if err := d.Set(th, opts[2], &List{Items: l.Items[len(keys):]}); err != nil {
					return nil, err
				}
			}
			return d, nil
		},
	})
	dr.Class.module = "csv"
	if opts[1] != nil {
		dr.Dict.SetStr("fieldnames", opts[1])
	}
	dr.Dict.SetStr("restkey", opts[2])
	dr.Dict.SetStr("restval", opts[3])
	dr.Dict.SetStr("reader", r)
	return dr, nil
}

// dictWriter is csv.DictWriter(f, fieldnames, restval="", extrasaction="raise", dialect="excel", **fmtparams).
func (cs *csvState) dictWriter(th *Thread, c *Call) (Value, error) {
	opts := [4]Value{nil, nil, "", "raise"} // f, fieldnames, restval, extrasaction
	copy(opts[:], c.Args)
	var rest []KV
	for _, k := range c.Kw {
		if i := map[string]int{"f": 1, "fieldnames": 2, "restval": 3, "extrasaction": 4}[k.Name]; i > 0 {
			opts[i-1] = k.Value
		} else {
			rest = append(rest, k)
		}
	}
	for i, n := range []string{"f", "fieldnames"} {
		if opts[i] == nil && len(c.Args) <= i {
			return nil, th.Raise(TypeError, "DictWriter.__init__() missing 1 required positional argument: '%s'", n)
		}
	}
	action, _ := opts[3].(string)
	if lower := strings.ToLower(action); lower != "raise" && lower != "ignore" {
		s, err := th.str(opts[3])
		if err != nil {
			return nil, err
		}
		return nil, th.Raise(ValueError, "extrasaction (%s) must be 'raise' or 'ignore'", s)
	}
	var extra []Value
	if len(c.Args) > 4 {
		extra = c.Args[4:]
	}
	w, err := cs.writer(opts[0], extra, rest)
	if err != nil {
		return nil, err
	}
	writerow, _ := w.Class.Dict.GetStr("writerow")
	names, err := th.iterate(opts[1])
	if err != nil {
		return nil, err
	}
	var dw *Instance
	row := func(th *Thread, c *Call) (Value, error) {
		if err := argN(th, c, "writerow", 2, 2); err != nil {
			return nil, err
		}
		if strings.ToLower(action) == "raise" {
			// rowdict.keys() - fieldnames: a set, in its order
			keys, err := th.getAttr(c.Args[1], "keys")
			if err == nil {
				keys, err = th.Call(keys, nil, nil)
			}
			if err == nil {
				keys, err = th.binaryOp(py.Sub, keys, opts[1])
			}
			var extra []Value
			if err == nil {
				extra, err = th.iterate(keys)
			}
			if err != nil {
				return nil, err
			}
			var wrong []string
			for _, k := range extra {
				r, err := th.repr(k)
				if err != nil {
					return nil, err
				}
				wrong = append(wrong, r)
			}
			if len(wrong) > 0 {
				return nil, th.Raise(ValueError, "dict contains fields not in fieldnames: %s", strings.Join(wrong, ", "))
			}
		}
		vals := make([]Value, len(names))
		get, err := th.getAttr(c.Args[1], "get")
		if err != nil {
			return nil, err
		}
		for i, k := range names {
			if vals[i], err = th.Call(get, []Value{k, opts[2]}, nil); err != nil {
				return nil, err
			}
		}
		return th.Call(writerow, []Value{w, &List{Items: vals}}, nil)
	}
	dw = csvObject("DictWriter", map[string]func(th *Thread, c *Call) (Value, error){
		"writeheader": func(th *Thread, c *Call) (Value, error) {
			d := NewDict()
			for _, n := range names {
				if err := d.Set(th, n, n); err != nil {
					return nil, err
				}
			}
			return row(th, &Call{Args: []Value{dw, d}})
		},
		"writerow": row,
		"writerows": func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "writerows", 2, 2); err != nil {
				return nil, err
			}
			rows, err := th.iterate(c.Args[1])
			for _, r := range rows {
				if err != nil {
					break
				}
				_, err = row(th, &Call{Args: []Value{dw, r}})
			}
			return nil, err
		},
	})
	dw.Class.module = "csv"
	dw.Dict.SetStr("fieldnames", opts[1])
	dw.Dict.SetStr("restval", opts[2])
	dw.Dict.SetStr("extrasaction", opts[3])
	dw.Dict.SetStr("writer", w)
	return dw, nil
}
