package interp

import (
	"strconv"
	"strings"
)

// string.Formatter: str.format's machinery as methods a subclass may
// override (parse, get_field, get_value, convert_field, format_field,
// check_unused_args), each called through the instance as Lib/string.py
// calls them.

// markup is one step of a format string as _string.formatter_parser yields
// it: literal text, then a replacement field when hasField.
type markup struct {
	literal, name, spec string
	conv                rune // 0: none
	hasField            bool
}

// parseMarkup splits a format string as CPython's MarkupIterator does; on
// an error it returns the steps before it with the error.
func (th *Thread) parseMarkup(s string) ([]markup, error) {
	var out []markup
	r := []rune(s)
	for i := 0; i < len(r); {
		start, c, follows := i, rune(0), false
		for i < len(r) {
			c = r[i]
			i++
			if c == '{' || c == '}' {
				follows = true
				break
			}
		}
		atEnd := i >= len(r)
		n := i - start
		if c == '}' && follows && (atEnd || r[i] != '}') {
			return out, th.Raise(ValueError, "Single '}' encountered in format string")
		}
		if atEnd && c == '{' && follows {
			return out, th.Raise(ValueError, "Single '{' encountered in format string")
		}
		if follows && r[i] == c { // a doubled brace: literal text
			i++
			follows = false
		} else if follows {
			n--
		}
		m := markup{literal: string(r[start : start+n])}
		if follows {
			var err error
			if i, err = th.parseField(r, i, &m); err != nil {
				return out, err
			}
		}
		out = append(out, m)
	}
	return out, nil
}

// parseField reads a replacement field from r[i:], past its '{', into m;
// it returns where the field ends. CPython's parse_field.
func (th *Thread) parseField(r []rune, i int, m *markup) (int, error) {
	m.hasField = true
	start, c := i, rune(0)
name:
	for i < len(r) {
		c = r[i]
		i++
		switch c {
		case '{':
			return i, th.Raise(ValueError, "unexpected '{' in field name")
		case '[':
			for i < len(r) && r[i] != ']' {
				i++
			}
		case '}', ':', '!':
			break name
		}
	}
	if c != '!' && c != ':' {
		if c != '}' {
			return i, th.Raise(ValueError, "expected '}' before end of string")
		}
		m.name = string(r[start : i-1])
		return i, nil
	}
	m.name = string(r[start : i-1])
	if c == '!' {
		if i >= len(r) {
			return i, th.Raise(ValueError, "end of string while looking for conversion specifier")
		}
		m.conv = r[i]
		i++
		if i < len(r) {
			c = r[i]
			i++
			if c == '}' {
				return i, nil
			}
			if c != ':' {
				return i, th.Raise(ValueError, "expected ':' after conversion specifier")
			}
		}
	}
	specStart, depth := i, 1
	for i < len(r) {
		c = r[i]
		i++
		if c == '{' {
			depth++
		} else if c == '}' {
			if depth--; depth == 0 {
				m.spec = string(r[specStart : i-1])
				return i, nil
			}
		}
	}
	return i, th.Raise(ValueError, "unmatched '{' in format spec")
}

// fieldKey is one .attr or [key] of a field name.
type fieldKey struct {
	attr bool
	key  Value
}

// splitFieldName is _string.formatter_field_name_split: the first part
// (an int when it is all digits) and the attributes and keys after it.
func (th *Thread) splitFieldName(name string) (Value, []fieldKey, error) {
	i := strings.IndexAny(name, ".[")
	if i < 0 {
		i = len(name)
	}
	first, rest := fieldIndex(name[:i]), name[i:]
	var keys []fieldKey
	for rest != "" {
		switch rest[0] {
		case '.':
			j := strings.IndexAny(rest[1:], ".[")
			if j < 0 {
				j = len(rest) - 1
			}
			if j == 0 {
				return nil, nil, th.Raise(ValueError, "Empty attribute in format string")
			}
			keys, rest = append(keys, fieldKey{true, rest[1 : j+1]}), rest[j+1:]
		case '[':
			j := strings.IndexByte(rest, ']')
			if j < 0 {
				return nil, nil, th.Raise(ValueError, "Missing ']' in format string")
			}
			if j == 1 {
				return nil, nil, th.Raise(ValueError, "Empty attribute in format string")
			}
			keys, rest = append(keys, fieldKey{false, fieldIndex(rest[1:j])}), rest[j+1:]
			if rest != "" && rest[0] != '.' && rest[0] != '[' {
				return nil, nil, th.Raise(ValueError, "Only '.' or '[' may follow ']' in format field specifier")
			}
		}
	}
	return first, keys, nil
}

// fieldIndex is s as an int when it is all ASCII digits.
func fieldIndex(s string) Value {
	if s == "" || strings.TrimLeft(s, "0123456789") != "" {
		return s
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		return n
	}
	return s
}

func formatterClass() *Class {
	c := nativeClass("Formatter", "string", nil)
	// self calls a method through the instance, so an override is used
	self := func(th *Thread, call *Call, name string, args ...Value) (Value, error) {
		m, err := th.getAttr(call.Args[0], name)
		if err != nil {
			return nil, err
		}
		return th.Call(m, args, nil)
	}
	c.setMethod("format", func(th *Thread, call *Call) (Value, error) {
		if len(call.Args) < 2 {
			return nil, th.Raise(TypeError, "Formatter.format() missing 1 required positional argument: 'format_string'")
		}
		kw := NewDict()
		for _, k := range call.Kw {
			kw.SetStr(k.Name, k.Value)
		}
		return self(th, call, "vformat", call.Args[1], Tuple(append([]Value(nil), call.Args[2:]...)), kw)
	})
	c.setMethod("vformat", func(th *Thread, call *Call) (Value, error) {
		a, err := th.args(call, "vformat", "self", "format_string", "args", "kwargs")
		if err != nil {
			return nil, err
		}
		if inst, ok := a[0].(*Instance); ok {
			if _, own := inst.Class.Lookup("_vformat"); own {
				return nil, th.Unsupported("a Formatter subclass overriding _vformat")
			}
		}
		used := emptySet(false)
		out, _, err := th.vformat(call, a[1], a[2], a[3], used, 2, 0)
		if err != nil {
			return nil, err
		}
		if _, err := self(th, call, "check_unused_args", used, a[2], a[3]); err != nil {
			return nil, err
		}
		return out, nil
	})
	c.setMethod("parse", func(th *Thread, call *Call) (Value, error) {
		a, err := th.args(call, "parse", "self", "format_string")
		if err != nil {
			return nil, err
		}
		s, ok := a[1].(string)
		if !ok {
			return nil, th.Raise(TypeError, "descriptor 'formatter_parser' for 'str' objects doesn't apply to a '%s' object", typeName(a[1]))
		}
		steps, perr := th.parseMarkup(s)
		i := 0
		return &lazyIter{name: "formatteriterator", next: func() (Value, bool, error) {
			if i == len(steps) {
				return nil, false, perr
			}
			m := steps[i]
			i++
			if !m.hasField {
				return Tuple{m.literal, nil, nil, nil}, true, nil
			}
			var conv Value
			if m.conv != 0 {
				conv = string(m.conv)
			}
			return Tuple{m.literal, m.name, m.spec, conv}, true, nil
		}}, nil
	})
	c.setMethod("get_field", func(th *Thread, call *Call) (Value, error) {
		a, err := th.args(call, "get_field", "self", "field_name", "args", "kwargs")
		if err != nil {
			return nil, err
		}
		name, ok := a[1].(string)
		if !ok {
			return nil, th.Raise(TypeError, "descriptor 'formatter_field_name_split' for 'str' objects doesn't apply to a '%s' object", typeName(a[1]))
		}
		first, keys, err := th.splitFieldName(name)
		if err != nil {
			return nil, err
		}
		obj, err := self(th, call, "get_value", first, a[2], a[3])
		if err != nil {
			return nil, err
		}
		if obj, err = th.fieldPath(obj, keys); err != nil {
			return nil, err
		}
		return Tuple{obj, first}, nil
	})
	c.setMethod("get_value", func(th *Thread, call *Call) (Value, error) {
		a, err := th.args(call, "get_value", "self", "key", "args", "kwargs")
		if err != nil {
			return nil, err
		}
		if _, ok := a[1].(int64); ok {
			return th.getItem(a[2], a[1])
		}
		return th.getItem(a[3], a[1])
	})
	c.setMethod("check_unused_args", func(th *Thread, call *Call) (Value, error) {
		_, err := th.args(call, "check_unused_args", "self", "used_args", "args", "kwargs")
		return nil, err
	})
	c.setMethod("format_field", func(th *Thread, call *Call) (Value, error) {
		a, err := th.args(call, "format_field", "self", "value", "format_spec")
		if err != nil {
			return nil, err
		}
		return th.Call(builtins["format"], a[1:], nil)
	})
	c.setMethod("convert_field", func(th *Thread, call *Call) (Value, error) {
		a, err := th.args(call, "convert_field", "self", "value", "conversion")
		if err != nil {
			return nil, err
		}
		switch a[2] {
		case nil:
			return a[1], nil
		case "s":
			return th.str(a[1])
		case "r":
			return th.repr(a[1])
		case "a":
			s, err := th.repr(a[1])
			return asciiEscape(s), err
		}
		s, err := th.str(a[2])
		if err != nil {
			return nil, err
		}
		return nil, th.Raise(ValueError, "Unknown conversion specifier %s", s)
	})
	return c
}

// vformat is Formatter._vformat: the formatted text and the next automatic
// field number (-1 once a field was numbered by hand, Python's False).
func (th *Thread) vformat(call *Call, format, args, kwargs Value, used *setObj, depth int, auto int64) (Value, int64, error) {
	if depth < 0 {
		return nil, 0, th.Raise(ValueError, "Max string recursion exceeded")
	}
	me := call.Args[0]
	method := func(name string, args ...Value) (Value, error) {
		m, err := th.getAttr(me, name)
		if err != nil {
			return nil, err
		}
		return th.Call(m, args, nil)
	}
	parsed, err := method("parse", format)
	if err != nil {
		return nil, 0, err
	}
	next, err := th.iter(parsed)
	if err != nil {
		return nil, 0, err
	}
	var b text
	for {
		step, ok, err := next()
		if err != nil || !ok {
			if err != nil {
				return nil, 0, err
			}
			break
		}
		parts, err := th.iterate(step)
		if err != nil {
			return nil, 0, err
		}
		if len(parts) != 4 {
			return nil, 0, th.Raise(ValueError, "too many values to unpack (expected 4)")
		}
		if lit, err := th.truth(parts[0]); err != nil {
			return nil, 0, err
		} else if lit {
			s, ok := parts[0].(string)
			if !ok {
				return nil, 0, th.Unsupported("Formatter.parse() yielding literal text that is not a str")
			}
			b.add(s)
		}
		if parts[1] == nil {
			continue
		}
		name, ok := parts[1].(string)
		if !ok {
			return nil, 0, th.Unsupported("Formatter.parse() yielding a field name that is not a str")
		}
		manualAfterAuto := "cannot switch from manual field specification to automatic field numbering"
		if name == "" {
			if auto < 0 {
				return nil, 0, th.Raise(ValueError, "%s", manualAfterAuto)
			}
			name = strconv.FormatInt(auto, 10)
			auto++
		} else if strings.IndexFunc(name, func(r rune) bool { return !isDigitRune(r) }) < 0 {
			if auto > 0 {
				return nil, 0, th.Raise(ValueError, "%s", manualAfterAuto)
			}
			auto = -1
		}
		got, err := method("get_field", name, args, kwargs)
		if err != nil {
			return nil, 0, err
		}
		pair, err := th.iterate(got)
		if err != nil {
			return nil, 0, err
		}
		if len(pair) != 2 {
			return nil, 0, th.Raise(ValueError, "too many values to unpack (expected 2)")
		}
		if err := used.add(th, pair[1]); err != nil {
			return nil, 0, err
		}
		obj, err := method("convert_field", pair[0], parts[3])
		if err != nil {
			return nil, 0, err
		}
		spec, next, err := th.vformat(call, parts[2], args, kwargs, used, depth-1, auto)
		if err != nil {
			return nil, 0, err
		}
		auto = next
		s, err := method("format_field", obj, spec)
		if err != nil {
			return nil, 0, err
		}
		str, ok := s.(string)
		if !ok {
			return nil, 0, th.Raise(TypeError, "sequence item %d: expected str instance, %s found", len(b.parts), typeName(s))
		}
		b.add(str)
	}
	out, err := th.join(&b)
	return out, auto, err
}
