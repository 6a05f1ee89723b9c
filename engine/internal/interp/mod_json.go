package interp

import (
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"cascadelab/engine/internal/pyrepr"
)

// jsonModule is json's dumps and loads with CPython's output byte for byte
// (separators, indent, sort_keys, ensure_ascii, default, allow_nan) and its
// JSONDecodeError messages and positions; dump and load (files) and the
// encoder and decoder classes are refused by the catalog.
func jsonModule(th *Thread) *Module {
	decodeErr := newExceptionClass("JSONDecodeError", ValueError)
	decodeErr.module = "json.decoder"
	encoder := jsonEncoderClass()
	return newModule("json", []*Builtin{
		fn("dumps", func(th *Thread, c *Call) (Value, error) { return jsonDumps(th, c, encoder) }),
		fn("loads", func(th *Thread, c *Call) (Value, error) { return jsonLoads(th, c, decodeErr) }),
	}, map[string]Value{"JSONDecodeError": decodeErr, "JSONEncoder": encoder})
}

// jsonOptions are JSONEncoder's keyword arguments, in the order dumps
// passes them to cls.
var jsonOptions = []string{"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "indent", "separators", "default", "sort_keys"}

// jsonEncoderClass is json.JSONEncoder: its options are the instance's
// attributes, encode() runs the encoder with them, and a subclass's
// default() is called for the values JSON has no form for.
func jsonEncoderClass() *Class {
	c := nativeClass("JSONEncoder", "json.encoder", nil)
	c.Dict.SetStr("item_separator", ", ")
	c.Dict.SetStr("key_separator", ": ")
	c.setMethod("__init__", func(th *Thread, call *Call) (Value, error) {
		if len(call.Args) != 1 {
			return nil, th.Raise(TypeError, "JSONEncoder.__init__() takes 1 positional argument but %d were given", len(call.Args))
		}
		self := call.Args[0]
		a, err := th.args(&Call{Kw: call.Kw}, "JSONEncoder.__init__", jsonOptions...)
		if err != nil {
			return nil, err
		}
		defaults := []Value{false, true, true, true, nil, nil, nil, false}
		for i, name := range jsonOptions {
			v := a[i]
			if _, given := kwArg(call, name); !given {
				v = defaults[i]
			}
			switch {
			case name == "separators" && v != nil:
				parts, err := th.iterate(v)
				if err != nil {
					return nil, err
				}
				if len(parts) != 2 {
					return nil, th.Raise(ValueError, "too many values to unpack (expected 2)")
				}
				if err := th.setAttr(self, "item_separator", parts[0]); err != nil {
					return nil, err
				}
				err = th.setAttr(self, "key_separator", parts[1])
				if err != nil {
					return nil, err
				}
			case name == "separators":
				if a[4] != nil {
					if err := th.setAttr(self, "item_separator", ","); err != nil {
						return nil, err
					}
				}
			case name == "default":
				if v != nil {
					if err := th.setAttr(self, "default", v); err != nil {
						return nil, err
					}
				}
			default:
				if err := th.setAttr(self, name, v); err != nil {
					return nil, err
				}
			}
		}
		return nil, nil
	})
	c.setMethod("default", func(th *Thread, call *Call) (Value, error) {
		if len(call.Args) != 2 {
			return nil, th.Raise(TypeError, "JSONEncoder.default() takes 2 positional arguments but %d were given", len(call.Args))
		}
		return nil, th.Raise(TypeError, "Object of type %s is not JSON serializable", typeName(call.Args[1]))
	})
	// options are an encoder's attributes, as encode and iterencode read them
	options := func(th *Thread, call *Call, name string) (map[string]Value, error) {
		if len(call.Args) != 2 {
			return nil, th.Raise(TypeError, "JSONEncoder.%s() takes 2 positional arguments but %d were given", name, len(call.Args))
		}
		kw := map[string]Value{}
		for _, name := range []string{"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "indent", "sort_keys", "default", "item_separator", "key_separator"} {
			v, err := th.getAttr(call.Args[0], name)
			if err != nil {
				return nil, err
			}
			kw[name] = v
		}
		kw["separators"] = Tuple{kw["item_separator"], kw["key_separator"]}
		return kw, nil
	}
	c.setMethod("iterencode", func(th *Thread, call *Call) (Value, error) {
		kw, err := options(th, call, "iterencode")
		if err != nil {
			return nil, err
		}
		e, err := th.newJSONEncoder(kw)
		if err != nil {
			return nil, err
		}
		// the chunks of json's pure-Python _make_iterencode, made as the
		// generator is iterated
		var g *Generator
		g = newGenerator("_iterencode", func() (Value, error) {
			e.yield = func(chunk string) error {
				_, err := th.yield(g, chunk)
				return err
			}
			return nil, e.encode(call.Args[1])
		})
		return g, nil
	})
	c.setMethod("encode", func(th *Thread, call *Call) (Value, error) {
		kw, err := options(th, call, "encode")
		if err != nil {
			return nil, err
		}
		return th.jsonEncode(call.Args[1], kw)
	})
	return c
}

type jsonEncoder struct {
	th          *Thread
	indent      *string
	itemSep     string
	keySep      string
	sortKeys    bool
	ascii       bool
	allowNaN    bool
	skipKeys    bool
	dflt        Value
	b           strings.Builder
	charged     int64 // of b's length, charged to the memory budget before it was written
	seen        map[any]bool
	indentLevel int
	// yield, for iterencode, takes each chunk CPython's generator yields
	yield func(chunk string) error
}

// cut ends a chunk where json's _make_iterencode yields one.
func (e *jsonEncoder) cut() error {
	if e.yield == nil {
		return nil
	}
	if err := e.th.alloc(int64(e.b.Len()) - e.charged); err != nil {
		return err
	}
	chunk := e.b.String()
	e.b.Reset()
	e.charged = 0
	return e.yield(chunk)
}

// jsonScalar is what _iterencode_list writes in the chunk of its separator:
// a str, None, bool, int or float (or a subclass of one).
func jsonScalar(v Value) bool {
	switch x := v.(type) {
	case nil, bool, int64, *big.Int, float64, string:
		return true
	case *Instance:
		return x.Base != nil && x.Class.Hook == nil && !x.Class.stored && jsonScalar(x.Base)
	}
	return false
}

// jsonKwargs reads keyword arguments by name: names not in known are refused
// as the exact keyword of name().
func (th *Thread) jsonKwargs(c *Call, name string, known ...string) (map[string]Value, error) {
	out := map[string]Value{}
	for _, k := range c.Kw {
		ok := false
		for _, n := range known {
			ok = ok || n == k.Name
		}
		if !ok {
			return nil, th.Unsupported("%s(%s=...)", name, k.Name)
		}
		out[k.Name] = k.Value
	}
	return out, nil
}

func jsonDumps(th *Thread, c *Call, encoder *Class) (Value, error) {
	if len(c.Args) != 1 {
		return nil, th.Raise(TypeError, "dumps() takes 1 positional argument but %d were given", len(c.Args))
	}
	if cls, given := kwArg(c, "cls"); given && cls != nil {
		// dumps passes every option to cls, then calls its encode()
		var kw []KV
		for _, name := range jsonOptions {
			v, given := kwArg(c, name)
			if !given {
				v = map[string]Value{"skipkeys": false, "ensure_ascii": true, "check_circular": true, "allow_nan": true, "sort_keys": false}[name]
			}
			kw = append(kw, KV{Name: name, Value: v})
		}
		for _, k := range c.Kw {
			if k.Name != "cls" && !slices.Contains(jsonOptions, k.Name) {
				kw = append(kw, k)
			}
		}
		enc, err := th.Call(cls, nil, kw)
		if err != nil {
			return nil, err
		}
		encode, err := th.getAttr(enc, "encode")
		if err != nil {
			return nil, err
		}
		return th.Call(encode, []Value{c.Args[0]}, nil)
	}
	var rest []KV
	for _, k := range c.Kw {
		if k.Name != "cls" {
			rest = append(rest, k)
		}
	}
	kw, err := th.jsonKwargs(&Call{Kw: rest}, "json.dumps", jsonOptions...)
	if err != nil {
		return nil, err
	}
	return th.jsonEncode(c.Args[0], kw)
}

// jsonEncode is the encoder run on v with the options in kw.
func (th *Thread) jsonEncode(v Value, kw map[string]Value) (Value, error) {
	e, err := th.newJSONEncoder(kw)
	if err != nil {
		return nil, err
	}
	if err := e.encode(v); err != nil {
		return nil, err
	}
	if err := th.alloc(int64(e.b.Len()) - e.charged); err != nil {
		return nil, err
	}
	return e.b.String(), nil
}

// newJSONEncoder is an encoder with dumps' options kw.
func (th *Thread) newJSONEncoder(kw map[string]Value) (*jsonEncoder, error) {
	var err error
	e := &jsonEncoder{th: th, itemSep: ", ", keySep: ": ", ascii: true, allowNaN: true, seen: map[any]bool{}}
	flag := func(name string, def bool) (bool, error) {
		if v, ok := kw[name]; ok {
			return th.truth(v)
		}
		return def, nil
	}
	if e.sortKeys, err = flag("sort_keys", false); err != nil {
		return nil, err
	}
	if e.ascii, err = flag("ensure_ascii", true); err != nil {
		return nil, err
	}
	if e.allowNaN, err = flag("allow_nan", true); err != nil {
		return nil, err
	}
	if e.skipKeys, err = flag("skipkeys", false); err != nil {
		return nil, err
	}
	if v := kw["indent"]; v != nil {
		var s string
		switch v := v.(type) {
		case string:
			s = v
		default:
			n, ok := smallInt(v)
			if !ok {
				return nil, th.Raise(TypeError, "can't multiply sequence by non-int of type '%s'", typeName(v))
			}
			s = strings.Repeat(" ", int(max(n, 0)))
		}
		e.indent, e.itemSep = &s, ","
	}
	if v := kw["separators"]; v != nil {
		parts, err := th.iterate(v)
		if err != nil {
			return nil, err
		}
		if len(parts) != 2 {
			return nil, th.Raise(ValueError, "too many values to unpack (expected 2)")
		}
		for i, p := range parts {
			s, ok := p.(string)
			if !ok {
				return nil, th.Unsupported("json.dumps(separators=...) of a %s", typeName(p))
			}
			if i == 0 {
				e.itemSep = s
			} else {
				e.keySep = s
			}
		}
	}
	e.dflt = kw["default"]
	return e, nil
}

func (e *jsonEncoder) newline() {
	if e.indent != nil {
		e.b.WriteByte('\n')
		e.b.WriteString(strings.Repeat(*e.indent, e.indentLevel))
	}
}

func (e *jsonEncoder) float(f float64) (string, error) {
	switch {
	case math.IsNaN(f):
		if !e.allowNaN {
			return "", e.th.Raise(ValueError, "Out of range float values are not JSON compliant")
		}
		return "NaN", nil
	case math.IsInf(f, 0):
		if !e.allowNaN {
			return "", e.th.Raise(ValueError, "Out of range float values are not JSON compliant")
		}
		if f > 0 {
			return "Infinity", nil
		}
		return "-Infinity", nil
	}
	return pyrepr.Float(f), nil
}

// enter marks a container as being encoded: a container inside itself is
// CPython's "Circular reference detected".
func (e *jsonEncoder) enter(v any) error {
	if e.seen[v] {
		return e.th.Raise(ValueError, "Circular reference detected")
	}
	e.seen[v] = true
	return nil
}

func (e *jsonEncoder) encode(v Value) error {
	if err := e.th.step(e.th.cur); err != nil {
		return err
	}
	switch x := v.(type) {
	case nil:
		e.b.WriteString("null")
	case bool:
		e.b.WriteString(map[bool]string{true: "true", false: "false"}[x])
	case int64:
		e.b.WriteString(strconv.FormatInt(x, 10))
	case *big.Int:
		e.b.WriteString(x.String())
	case float64:
		s, err := e.float(x)
		if err != nil {
			return err
		}
		e.b.WriteString(s)
	case string:
		// charged before the output grows by it (at least its size) and for
		// its escapes once written: json.dumps([s, s]) in a loop grew the
		// heap past the budget before it was refused
		least := int64(len(x)) + 2
		if err := e.th.alloc(least); err != nil {
			return err
		}
		start := e.b.Len()
		e.str(x)
		wrote := int64(e.b.Len() - start)
		e.charged += wrote
		if err := e.th.alloc(wrote - least); err != nil {
			return err
		}
	case *List:
		return e.array(x, x.Items)
	case Tuple:
		return e.array(nil, x)
	case *Dict:
		return e.object(x)
	case *Instance:
		if x.Base != nil && x.Class.Hook == nil && !x.Class.stored {
			// a subclass of dict, list, str, int or float (an OrderedDict,
			// an IntEnum member) is encoded as its built-in value
			return e.encode(x.Base)
		}
		return e.other(v)
	default:
		return e.other(v)
	}
	return e.cut()
}

// other is a value JSON has no form for: default= decides, or TypeError.
func (e *jsonEncoder) other(v Value) error {
	if e.dflt == nil {
		return e.th.Raise(TypeError, "Object of type %s is not JSON serializable", typeName(v))
	}
	if err := e.enter(v); err != nil {
		return err
	}
	r, err := e.th.Call(e.dflt, []Value{v}, nil)
	if err != nil {
		return err
	}
	if err := e.encode(r); err != nil {
		return err
	}
	delete(e.seen, v)
	return nil
}

func (e *jsonEncoder) array(id any, items []Value) error {
	if len(items) == 0 {
		e.b.WriteString("[]")
		return e.cut()
	}
	if id != nil {
		if err := e.enter(id); err != nil {
			return err
		}
		defer delete(e.seen, id)
	}
	e.b.WriteByte('[')
	e.indentLevel++
	e.newline()
	for i, it := range items {
		if i > 0 {
			e.b.WriteString(e.itemSep)
			e.newline()
		}
		if !jsonScalar(it) {
			if err := e.cut(); err != nil {
				return err
			}
		}
		if err := e.encode(it); err != nil {
			return err
		}
	}
	return e.close(']')
}

// close ends a list or dict: its last newline and its bracket are chunks.
func (e *jsonEncoder) close(bracket byte) error {
	e.indentLevel--
	if e.indent != nil {
		e.newline()
		if err := e.cut(); err != nil {
			return err
		}
	}
	e.b.WriteByte(bracket)
	return e.cut()
}

// key is a dict key as JSON writes it: str, and int, float, bool and None
// written as their JSON text; ok=false skips it (skipkeys).
func (e *jsonEncoder) key(k Value) (s string, ok bool, err error) {
	switch x := k.(type) {
	case string:
		return x, true, nil
	case float64:
		s, err := e.float(x)
		return s, true, err
	case bool:
		return map[bool]string{true: "true", false: "false"}[x], true, nil
	case nil:
		return "null", true, nil
	case int64, *big.Int:
		return bigOf(x).String(), true, nil
	}
	if e.skipKeys {
		return "", false, nil
	}
	return "", false, e.th.Raise(TypeError, "keys must be str, int, float, bool or None, not %s", typeName(k))
}

func (e *jsonEncoder) object(d *Dict) error {
	if d.Len() == 0 {
		e.b.WriteString("{}")
		return e.cut()
	}
	if err := e.enter(d); err != nil {
		return err
	}
	defer delete(e.seen, d)
	keys := append([]Value(nil), d.keys...)
	if e.sortKeys {
		if err := e.th.sortValues(keys, nil, false); err != nil {
			return err
		}
	}
	e.b.WriteByte('{')
	if err := e.cut(); err != nil {
		return err
	}
	e.indentLevel++
	if e.indent != nil {
		e.newline()
		if err := e.cut(); err != nil {
			return err
		}
	}
	first := true
	for _, k := range keys {
		ks, ok, err := e.key(k)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if !first {
			e.b.WriteString(e.itemSep)
			e.newline()
			if err := e.cut(); err != nil {
				return err
			}
		}
		first = false
		e.str(ks)
		if err := e.cut(); err != nil {
			return err
		}
		e.b.WriteString(e.keySep)
		if err := e.cut(); err != nil {
			return err
		}
		v, _, err := d.Get(e.th, k)
		if err != nil {
			return err
		}
		if err := e.encode(v); err != nil {
			return err
		}
	}
	return e.close('}')
}

// str writes s as a JSON string literal, as CPython's encoder does.
func (e *jsonEncoder) str(s string) {
	b, ascii := &e.b, e.ascii
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			switch {
			case r < 0x20 || ascii && r > 0x7e:
				if r > 0xffff {
					r1, r2 := utf16.EncodeRune(r)
					b.WriteString(jsonU(r1) + jsonU(r2))
				} else {
					b.WriteString(jsonU(r))
				}
			default:
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
}

func jsonU(r rune) string {
	h := strconv.FormatInt(int64(r), 16)
	return `\u` + strings.Repeat("0", 4-len(h)) + h
}

// jsonDecoder parses a document held as runes, so positions count
// characters as CPython's do.
type jsonDecoder struct {
	th         *Thread
	doc        []rune
	text       string
	cls        *Class
	objectHook Value
	pairsHook  Value // object_pairs_hook, given the pairs in order (duplicates kept)
	parseFloat Value
	parseInt   Value
}

func jsonLoads(th *Thread, c *Call, cls *Class) (Value, error) {
	if len(c.Args) != 1 {
		return nil, th.Raise(TypeError, "loads() takes 1 positional argument but %d were given", len(c.Args))
	}
	kw, err := th.jsonKwargs(c, "json.loads", "object_hook", "parse_float", "parse_int", "object_pairs_hook")
	if err != nil {
		return nil, err
	}
	var text string
	switch s := bytesArg(c.Args[0]).(type) {
	case string:
		text = s
	case Bytes:
		if !utf8.ValidString(string(s)) {
			return nil, th.Unsupported("json.loads() of bytes that are not UTF-8")
		}
		text = string(s)
	default:
		return nil, th.Raise(TypeError, "the JSON object must be str, bytes or bytearray, not %s", typeName(c.Args[0]))
	}
	d := &jsonDecoder{th: th, doc: []rune(text), text: text, cls: cls, objectHook: kw["object_hook"], pairsHook: kw["object_pairs_hook"], parseFloat: kw["parse_float"], parseInt: kw["parse_int"]}
	if len(d.doc) > 0 && d.doc[0] == '\ufeff' {
		return nil, d.fail("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0)
	}
	i := d.ws(0)
	v, end, err := d.value(i)
	if err != nil {
		return nil, err
	}
	if end = d.ws(end); end != len(d.doc) {
		return nil, d.fail("Extra data", end)
	}
	return v, nil
}

// fail is JSONDecodeError at character pos, with CPython's message and attributes.
func (d *jsonDecoder) fail(msg string, pos int) error {
	line, col := 1, pos+1
	for i := 0; i < pos && i < len(d.doc); i++ {
		if d.doc[i] == '\n' {
			line, col = line+1, pos-i
		}
	}
	e := d.th.Raise(d.cls, "%s: line %d column %d (char %d)", msg, line, col, pos)
	e.Dict = NewDict()
	for k, v := range map[string]Value{"msg": msg, "doc": d.text, "pos": int64(pos), "lineno": int64(line), "colno": int64(col)} {
		e.Dict.SetStr(k, v)
	}
	return e
}

func (d *jsonDecoder) ws(i int) int {
	for i < len(d.doc) && strings.ContainsRune(" \t\n\r", d.doc[i]) {
		i++
	}
	return i
}

func (d *jsonDecoder) has(i int, lit string) bool {
	r := []rune(lit)
	return i+len(r) <= len(d.doc) && string(d.doc[i:i+len(r)]) == lit
}

func (d *jsonDecoder) value(i int) (Value, int, error) {
	if err := d.th.step(d.th.cur); err != nil {
		return nil, 0, err
	}
	if i >= len(d.doc) {
		return nil, 0, d.fail("Expecting value", i)
	}
	switch r := d.doc[i]; {
	case r == '"':
		return d.str(i + 1)
	case r == '{':
		return d.object(i + 1)
	case r == '[':
		return d.array(i + 1)
	case d.has(i, "null"):
		return nil, i + 4, nil
	case d.has(i, "true"):
		return true, i + 4, nil
	case d.has(i, "false"):
		return false, i + 5, nil
	case d.has(i, "NaN"):
		return math.NaN(), i + 3, nil
	case d.has(i, "Infinity"):
		return math.Inf(1), i + 8, nil
	case d.has(i, "-Infinity"):
		return math.Inf(-1), i + 9, nil
	}
	return d.number(i)
}

// number follows CPython's NUMBER_RE: -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?
func (d *jsonDecoder) number(i int) (Value, int, error) {
	j := i
	digits := func(k int) int {
		for k < len(d.doc) && d.doc[k] >= '0' && d.doc[k] <= '9' {
			k++
		}
		return k
	}
	if j < len(d.doc) && d.doc[j] == '-' {
		j++
	}
	switch {
	case j < len(d.doc) && d.doc[j] == '0':
		j++
	case j < len(d.doc) && d.doc[j] >= '1' && d.doc[j] <= '9':
		j = digits(j)
	default:
		return nil, 0, d.fail("Expecting value", i)
	}
	isFloat := false
	if j+1 < len(d.doc) && d.doc[j] == '.' && d.doc[j+1] >= '0' && d.doc[j+1] <= '9' {
		j, isFloat = digits(j+1), true
	}
	if j < len(d.doc) && (d.doc[j] == 'e' || d.doc[j] == 'E') {
		k := j + 1
		if k < len(d.doc) && (d.doc[k] == '+' || d.doc[k] == '-') {
			k++
		}
		if e := digits(k); e > k {
			j, isFloat = e, true
		}
	}
	text := string(d.doc[i:j])
	if isFloat {
		if d.parseFloat != nil {
			v, err := d.th.Call(d.parseFloat, []Value{text}, nil)
			return v, j, err
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !math.IsInf(f, 0) {
			return nil, 0, d.fail("Expecting value", i)
		}
		return f, j, nil
	}
	if d.parseInt != nil {
		v, err := d.th.Call(d.parseInt, []Value{text}, nil)
		return v, j, err
	}
	v, err := d.th.parseInt(text, 10)
	return v, j, err
}

// str parses a string whose opening quote is before i (CPython's scanstring, strict).
func (d *jsonDecoder) str(i int) (Value, int, error) {
	start := i - 1
	var b strings.Builder
	for {
		if i >= len(d.doc) {
			return nil, 0, d.fail("Unterminated string starting at", start)
		}
		r := d.doc[i]
		switch {
		case r == '"':
			if err := d.th.alloc(int64(b.Len())); err != nil {
				return nil, 0, err
			}
			return b.String(), i + 1, nil
		case r < 0x20:
			return nil, 0, d.fail("Invalid control character at", i)
		case r != '\\':
			b.WriteRune(r)
			i++
			continue
		}
		i++
		if i >= len(d.doc) {
			return nil, 0, d.fail("Unterminated string starting at", start)
		}
		esc := d.doc[i]
		if simple, ok := map[rune]rune{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}[esc]; ok {
			b.WriteRune(simple)
			i++
			continue
		}
		if esc != 'u' {
			return nil, 0, d.fail("Invalid \\escape", i-1)
		}
		u, ok := d.hex4(i + 1)
		if !ok {
			return nil, 0, d.fail("Invalid \\uXXXX escape", i)
		}
		i += 5
		if u >= 0xd800 && u <= 0xdbff && d.has(i, `\u`) {
			if u2, ok := d.hex4(i + 2); ok && u2 >= 0xdc00 && u2 <= 0xdfff {
				u = utf16.DecodeRune(u, u2)
				i += 6
			}
		}
		if u >= 0xd800 && u <= 0xdfff {
			return nil, 0, d.th.Unsupported("json.loads() of a lone surrogate \\u%04x", u)
		}
		b.WriteRune(u)
	}
}

func (d *jsonDecoder) hex4(i int) (rune, bool) {
	if i+4 > len(d.doc) {
		return 0, false
	}
	s := string(d.doc[i : i+4])
	if strings.ContainsAny(s, "xX+-_") {
		return 0, false
	}
	n, err := strconv.ParseUint(s, 16, 32)
	return rune(n), err == nil
}

func (d *jsonDecoder) object(i int) (Value, int, error) {
	obj := NewDict()
	var pairs []Value
	i = d.ws(i)
	if i < len(d.doc) && d.doc[i] == '}' {
		return d.hook(obj, pairs, i+1)
	}
	for {
		if i >= len(d.doc) || d.doc[i] != '"' {
			return nil, 0, d.fail("Expecting property name enclosed in double quotes", i)
		}
		k, end, err := d.str(i + 1)
		if err != nil {
			return nil, 0, err
		}
		i = d.ws(end)
		if i >= len(d.doc) || d.doc[i] != ':' {
			return nil, 0, d.fail("Expecting ':' delimiter", i)
		}
		v, end, err := d.value(d.ws(i + 1))
		if err != nil {
			return nil, 0, err
		}
		if d.pairsHook != nil {
			pairs = append(pairs, Tuple{k, v})
		} else if err := obj.Set(d.th, k, v); err != nil {
			return nil, 0, err
		}
		i = d.ws(end)
		if i < len(d.doc) && d.doc[i] == '}' {
			return d.hook(obj, pairs, i+1)
		}
		if i >= len(d.doc) || d.doc[i] != ',' {
			return nil, 0, d.fail("Expecting ',' delimiter", i)
		}
		i = d.ws(i + 1)
	}
}

func (d *jsonDecoder) hook(obj *Dict, pairs []Value, end int) (Value, int, error) {
	if d.pairsHook != nil {
		v, err := d.th.Call(d.pairsHook, []Value{&List{Items: pairs}}, nil)
		return v, end, err
	}
	if d.objectHook == nil {
		return obj, end, nil
	}
	v, err := d.th.Call(d.objectHook, []Value{obj}, nil)
	return v, end, err
}

func (d *jsonDecoder) array(i int) (Value, int, error) {
	l := &List{}
	i = d.ws(i)
	if i < len(d.doc) && d.doc[i] == ']' {
		return l, i + 1, nil
	}
	for {
		v, end, err := d.value(i)
		if err != nil {
			return nil, 0, err
		}
		if err := d.th.alloc(slot); err != nil {
			return nil, 0, err
		}
		l.Items = append(l.Items, v)
		i = d.ws(end)
		if i < len(d.doc) && d.doc[i] == ']' {
			return l, i + 1, nil
		}
		if i >= len(d.doc) || d.doc[i] != ',' {
			return nil, 0, d.fail("Expecting ',' delimiter", i)
		}
		i = d.ws(i + 1)
	}
}
