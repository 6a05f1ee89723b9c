package interp

import (
	"encoding/hex"
	"math/big"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"cascadelab/engine/internal/pyrepr"
)

// TypeBytes is the bytes type.
var TypeBytes = &builtinType{name: "bytes"}

// bytes shares str's methods where they mean the same on ASCII: a byte
// string is handed to them as text with one character per byte, the bytes
// from 128 up as private-use characters (neither letters, digits nor
// spaces, so upper() or isalpha() leave them alone as CPython does).
const bytesHigh = 0xF700

var bytesShared = map[string]bool{}

func init() {
	for _, n := range strings.Fields("capitalize center count endswith expandtabs find index isalnum isalpha isascii isdigit islower isspace istitle isupper ljust lower lstrip partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title upper zfill") {
		bytesShared[n] = true
	}
	TypeBytes.call = callBytes
}

func bytesText(b Bytes) string {
	if isASCII(string(b)) { // the same text, not a copy
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(b))
	for i := 0; i < len(b); i++ {
		if b[i] < 128 {
			sb.WriteByte(b[i])
		} else {
			sb.WriteRune(bytesHigh + rune(b[i]))
		}
	}
	return sb.String()
}

func textBytes(s string) Bytes {
	if isASCII(s) {
		return Bytes(s)
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for _, r := range s {
		if r >= bytesHigh {
			r -= bytesHigh
		}
		sb.WriteByte(byte(r))
	}
	return Bytes(sb.String())
}

// toText converts a shared method's bytes arguments (str ones are refused
// as CPython refuses them).
func (th *Thread) toText(v Value) (Value, error) {
	switch x := v.(type) {
	case Bytes:
		return bytesText(x), nil
	case *byteArray:
		return bytesText(Bytes(x.b)), nil
	case string:
		return nil, th.Raise(TypeError, "a bytes-like object is required, not 'str'")
	case Tuple:
		out := make(Tuple, len(x))
		for i, it := range x {
			var err error
			if out[i], err = th.toText(it); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	return v, nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// fromText converts a shared method's result back to bytes.
func fromText(v Value) Value {
	return mapResult(v, func(v Value) Value {
		if s, ok := v.(string); ok {
			return textBytes(s)
		}
		return v
	})
}

// mapResult applies f to a method's result, or to the items of the tuple
// or list it is (partition, split).
func mapResult(v Value, f func(Value) Value) Value {
	switch x := v.(type) {
	case Tuple:
		out := make(Tuple, len(x))
		for i, it := range x {
			out[i] = f(it)
		}
		return out
	case *List:
		for i, it := range x.Items {
			x.Items[i] = f(it)
		}
		return x
	}
	return f(v)
}

func bytesMethod(b Bytes, name string, m func(func(th *Thread, c *Call) (Value, error)) Value) Value {
	if bytesShared[name] {
		f := strMethods[name]
		return m(func(th *Thread, c *Call) (Value, error) {
			args := make([]Value, len(c.Args))
			for i, a := range c.Args {
				var err error
				if i == 0 && isInt(a) && strings.Contains("find rfind index rindex count", name) {
					// a byte's value stands for the byte
					n, err := th.byteOf(a)
					if err != nil {
						return nil, err
					}
					a = Bytes([]byte{n})
				}
				if args[i], err = th.toText(a); err != nil {
					return nil, err
				}
			}
			r, err := f(th, bytesText(b), &Call{Args: args, Kw: c.Kw})
			if e, ok := err.(*Exception); ok && e.Class == ValueError && strings.HasSuffix(name, "index") {
				return nil, th.Raise(ValueError, "subsection not found")
			}
			return fromText(r), err
		})
	}
	switch name {
	case "decode":
		return m(func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "decode", "encoding", "errors")
			if err != nil {
				return nil, err
			}
			return th.decode(b, a[0], a[1])
		})
	case "hex":
		return m(func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "hex", "sep", "bytes_per_sep")
			if err != nil {
				return nil, err
			}
			return th.hexSep(b, a[0], a[1], false)
		})
	case "join":
		return m(func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "join", 1, 1); err != nil {
				return nil, err
			}
			items, err := th.joinItems(c.Args[0])
			if err != nil {
				return nil, err
			}
			parts := make([]string, len(items))
			for i, it := range items {
				p, ok := bytesArg(it).(Bytes)
				if !ok {
					return nil, th.Raise(TypeError, "sequence item %d: expected a bytes-like object, %s found", i, typeName(it))
				}
				parts[i] = string(p)
			}
			return Bytes(strings.Join(parts, string(b))), nil
		})
	case "__len__":
		return m(func(th *Thread, c *Call) (Value, error) { return int64(len(b)), nil })
	}
	return nil
}

// bytesRepr is CPython's repr of bytes: single quotes unless only a single
// quote is inside, \xNN outside printable ASCII.
func bytesRepr(b Bytes) string {
	q := byte('\'')
	if strings.IndexByte(string(b), '\'') >= 0 && strings.IndexByte(string(b), '"') < 0 {
		q = '"'
	}
	var sb strings.Builder
	sb.WriteString("b")
	sb.WriteByte(q)
	const digits = "0123456789abcdef"
	for i := 0; i < len(b); i++ {
		switch c := b[i]; {
		case c == q || c == '\\':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\t':
			sb.WriteString(`\t`)
		case c == '\n':
			sb.WriteString(`\n`)
		case c == '\r':
			sb.WriteString(`\r`)
		case c < 32 || c >= 127:
			sb.WriteString(`\x`)
			sb.WriteByte(digits[c>>4])
			sb.WriteByte(digits[c&15])
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte(q)
	return sb.String()
}

func callBytes(th *Thread, c *Call) (Value, error) { return makeBytes(th, c, "bytes") }

// makeBytes is bytes(...) and bytearray(...)'s value.
func makeBytes(th *Thread, c *Call, name string) (Value, error) {
	a, err := th.args(c, name, "source", "encoding", "errors")
	if err != nil {
		return nil, err
	}
	if _, isStr := a[0].(string); !isStr && (a[1] != nil || a[2] != nil) {
		return nil, th.Raise(TypeError, "%s without a string argument", map[bool]string{true: "encoding", false: "errors"}[a[1] != nil])
	}
	switch x := a[0].(type) {
	case nil:
		if len(c.Args) == 0 && a[1] == nil {
			return Bytes(""), nil
		}
	case string:
		if a[1] == nil {
			return nil, th.Raise(TypeError, "string argument without an encoding")
		}
		return th.encode(x, a[1], a[2])
	case Bytes:
		return x, nil
	case *byteArray:
		return Bytes(x.b), nil
	case *Instance:
		if m, ok := x.Class.Lookup("__bytes__"); ok && name == "bytes" {
			r, err := th.Call(m, []Value{x}, nil)
			if _, isBytes := r.(Bytes); err == nil && !isBytes {
				return nil, th.Raise(TypeError, "__bytes__ returned non-bytes (type %s)", typeName(r))
			}
			return r, err
		}
	case bool, int64:
		n, _ := smallInt(x)
		if n < 0 {
			return nil, th.Raise(ValueError, "negative count")
		}
		if n > maxItems {
			return nil, th.tooLong()
		}
		return Bytes(make([]byte, n)), nil
	}
	if a[1] != nil {
		return nil, th.Raise(TypeError, "encoding without a string argument")
	}
	items, err := th.iterate(a[0])
	if err != nil {
		return nil, th.Raise(TypeError, "cannot convert '%s' object to %s", typeName(a[0]), name)
	}
	out := make([]byte, len(items))
	for i, it := range items {
		n, ok := smallInt(it)
		if !ok {
			return nil, th.Raise(TypeError, "'%s' object cannot be interpreted as an integer", typeName(it))
		}
		if n < 0 || n > 255 {
			return nil, th.Raise(ValueError, "%s must be in range(0, 256)", strings.TrimSuffix(name, "array"))
		}
		out[i] = byte(n)
	}
	return Bytes(out), nil
}

// codec names a supported encoding: utf-8, ascii or latin-1.
func (th *Thread) codec(enc Value) (string, error) {
	if enc == nil {
		return "utf-8", nil
	}
	s, ok := enc.(string)
	if !ok {
		return "", th.Raise(TypeError, "encode() argument 'encoding' must be str, not %s", typeName(enc))
	}
	switch strings.ReplaceAll(strings.ToLower(s), "_", "-") {
	case "utf-8", "utf8":
		return "utf-8", nil
	case "ascii", "us-ascii":
		return "ascii", nil
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1":
		return "latin-1", nil
	case "utf-16", "utf16":
		return "utf-16", nil
	case "utf-16-le", "utf-16le":
		return "utf-16-le", nil
	case "utf-16-be", "utf-16be":
		return "utf-16-be", nil
	}
	return "", th.Unsupported("the %s codec (utf-8, utf-16, ascii and latin-1 are supported)", pyrepr.Str(s))
}

// errorsMode is a codec's errors= argument.
func (th *Thread) errorsMode(v Value) (string, error) {
	if v == nil {
		return "strict", nil
	}
	s, _ := v.(string)
	switch s {
	case "strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace":
		return s, nil
	}
	return "", th.Unsupported("the codec error handler %s", pyrepr.Str(s))
}

func (th *Thread) encode(s string, enc, errs Value) (Value, error) {
	codec, err := th.codec(enc)
	if err != nil {
		return nil, err
	}
	mode, err := th.errorsMode(errs)
	if err != nil {
		return nil, err
	}
	if codec == "utf-8" {
		return Bytes(s), nil
	}
	if strings.HasPrefix(codec, "utf-16") {
		return utf16Encode(s, codec), nil
	}
	limit := rune(128)
	if codec == "latin-1" {
		limit = 256
	}
	var out []byte
	rs := []rune(s)
	for pos, r := range rs {
		switch {
		case r < limit:
			out = append(out, byte(r))
		case mode == "replace":
			out = append(out, '?')
		case mode == "xmlcharrefreplace":
			out = append(out, sprintf("&#%d;", r)...)
		case mode == "backslashreplace":
			out = append(out, escapedRune(r)...)
		case mode == "strict":
			end := pos + 1
			for end < len(rs) && rs[end] >= limit {
				end++
			}
			if end > pos+1 {
				return nil, th.Raise(UnicodeEncodeError, "'%s' codec can't encode characters in position %d-%d: ordinal not in range(%d)", codec, pos, end-1, limit)
			}
			return nil, th.Raise(UnicodeEncodeError, "'%s' codec can't encode character '%s' in position %d: ordinal not in range(%d)", codec, escapedRune(r), pos, limit)
		}
	}
	return Bytes(out), nil
}

// escapedRune is how a UnicodeError's message shows a character: always
// escaped, \xhh, \uhhhh or \Uhhhhhhhh.
func escapedRune(r rune) string {
	switch {
	case r <= 0xff:
		return sprintf("\\x%02x", r)
	case r <= 0xffff:
		return sprintf("\\u%04x", r)
	}
	return sprintf("\\U%08x", r)
}

func (th *Thread) decode(b Bytes, enc, errs Value) (Value, error) {
	codec, err := th.codec(enc)
	if err != nil {
		return nil, err
	}
	mode, err := th.errorsMode(errs)
	if err != nil {
		return nil, err
	}
	if strings.HasPrefix(codec, "utf-16") {
		return th.utf16Decode(b, codec)
	}
	var sb strings.Builder
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case codec == "latin-1" || c < 128:
			sb.WriteRune(rune(c))
			i++
			continue
		case codec == "utf-8":
			r, n := utf8.DecodeRuneInString(string(b[i:]))
			if r != utf8.RuneError || n > 1 {
				sb.WriteRune(r)
				i += n
				continue
			}
		}
		// the bad bytes: one, or the start of a sequence and its valid
		// continuation bytes (CPython's maximal subpart)
		n, why := 1, "ordinal not in range(128)"
		if codec == "utf-8" {
			n, why = utf8Invalid(b[i:])
		}
		switch mode {
		case "replace":
			sb.WriteRune('\uFFFD')
		case "backslashreplace":
			for j := i; j < i+n; j++ {
				sb.WriteString(sprintf("\\x%02x", b[j]))
			}
		case "xmlcharrefreplace":
			return nil, th.Raise(TypeError, "don't know how to handle UnicodeDecodeError in error callback")
		case "strict":
			if n > 1 {
				return nil, th.Raise(UnicodeDecodeError, "'%s' codec can't decode bytes in position %d-%d: %s", codec, i, i+n-1, why)
			}
			return nil, th.Raise(UnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %d: %s", codec, c, i, why)
		}
		i += n
	}
	return sb.String(), nil
}

// utf16Encode is s in UTF-16; plain utf-16 is little-endian after a BOM.
func utf16Encode(s, codec string) Bytes {
	var out []byte
	if codec == "utf-16" {
		out = append(out, 0xff, 0xfe)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if codec == "utf-16-be" {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return Bytes(out)
}

// utf16Decode decodes UTF-16 (plain utf-16 reads its BOM, little-endian
// without one); only well-formed data is decoded, the rest refused.
func (th *Thread) utf16Decode(b Bytes, codec string) (Value, error) {
	be := codec == "utf-16-be"
	if codec == "utf-16" && len(b) >= 2 {
		switch {
		case b[0] == 0xff && b[1] == 0xfe:
			b = b[2:]
		case b[0] == 0xfe && b[1] == 0xff:
			b, be = b[2:], true
		}
	}
	units := make([]uint16, len(b)/2)
	for i := range units {
		lo, hi := uint16(b[2*i]), uint16(b[2*i+1])
		if be {
			lo, hi = hi, lo
		}
		units[i] = lo | hi<<8
	}
	rs := utf16.Decode(units)
	if len(b)%2 != 0 || slices.Contains(rs, utf8.RuneError) && !slices.Contains(units, 0xfffd) {
		return nil, th.Unsupported("decoding malformed %s data", codec)
	}
	return string(rs), nil
}

// utf8Invalid is the length of the invalid sequence b starts with and why
// it is invalid, as CPython's UTF-8 decoder tells them.
func utf8Invalid(b Bytes) (int, string) {
	c := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xbf) // the first continuation byte's range
	switch {
	case c >= 0xc2 && c <= 0xdf:
		need = 1
	case c >= 0xe0 && c <= 0xef:
		need = 2
		if c == 0xe0 {
			lo = 0xa0
		} else if c == 0xed {
			hi = 0x9f
		}
	case c >= 0xf0 && c <= 0xf4:
		need = 3
		if c == 0xf0 {
			lo = 0x90
		} else if c == 0xf4 {
			hi = 0x8f
		}
	default:
		return 1, "invalid start byte"
	}
	n := 1
	for ; n <= need; n++ {
		if n >= len(b) {
			return n, "unexpected end of data"
		}
		if b[n] < lo || b[n] > hi {
			return n, "invalid continuation byte"
		}
		lo, hi = 0x80, 0xbf
	}
	return n, "invalid continuation byte"
}

func bytesFromhex(th *Thread, c *Call) (Value, error) {
	if err := argN(th, c, "fromhex", 1, 1); err != nil {
		return nil, err
	}
	s, ok := c.Args[0].(string)
	if !ok {
		return nil, th.Raise(TypeError, "fromhex() argument must be str, not %s", typeName(c.Args[0]))
	}
	var out []byte
	for i := 0; i < len(s); {
		if s[i] == ' ' {
			i++
			continue
		}
		if i+1 >= len(s) {
			return nil, th.Raise(ValueError, "non-hexadecimal number found in fromhex() arg at position %d", i+1)
		}
		v, err := hex.DecodeString(s[i : i+2])
		if err != nil {
			pos := i
			if _, err := hex.DecodeString("0" + s[i:i+1]); err == nil {
				pos = i + 1
			}
			return nil, th.Raise(ValueError, "non-hexadecimal number found in fromhex() arg at position %d", pos)
		}
		out = append(out, v...)
		i += 2
	}
	return Bytes(out), nil
}

// bytesContains is x in b: a byte value or a bytes substring.
func (th *Thread) bytesContains(b Bytes, x Value) (bool, error) {
	if v, ok := bytesArg(x).(Bytes); ok {
		return strings.Contains(string(b), string(v)), nil
	}
	switch v := x.(type) {
	case bool, int64:
		n, _ := smallInt(v)
		if n < 0 || n > 255 {
			return false, th.Raise(ValueError, "byte must be in range(0, 256)")
		}
		return strings.IndexByte(string(b), byte(n)) >= 0, nil
	}
	return false, th.Raise(TypeError, "a bytes-like object is required, not '%s'", typeName(x))
}

// hexSep is bytes.hex and binascii.hexlify: b's hex digits, with sep (a str
// or bytes of length 1) between groups of perSep bytes, counted from the
// right when perSep is positive and from the left when it is negative, as
// CPython's _Py_strhex_impl. The two differ on a str sep past ASCII: hex
// refuses it, hexlify writes its Latin-1 byte (not built: latin1 refuses it).
func (th *Thread) hexSep(b Bytes, sep, perSep Value, latin1 bool) (string, error) {
	h := hex.EncodeToString([]byte(b))
	if sep == nil {
		return h, nil
	}
	var s string
	switch v := sep.(type) {
	case string:
		if utf8.RuneCountInString(v) != 1 {
			return "", th.Raise(ValueError, "sep must be length 1.")
		}
		if v[0] >= utf8.RuneSelf {
			if latin1 {
				return "", th.Unsupported("binascii.hexlify() with a separator past ASCII")
			}
			return "", th.Raise(ValueError, "sep must be ASCII.")
		}
		s = v
	case Bytes:
		if len(v) != 1 {
			return "", th.Raise(ValueError, "sep must be length 1.")
		}
		if v[0] >= utf8.RuneSelf {
			return "", th.Raise(ValueError, "sep must be ASCII.")
		}
		s = string(v)
	default:
		return "", th.Raise(TypeError, "object of type '%s' has no len()", typeName(sep))
	}
	n := int64(1)
	switch v := perSep.(type) {
	case nil:
	case bool:
		n = 0
		if v {
			n = 1
		}
	case int64:
		n = v
	case *big.Int:
		return "", th.Unsupported("a bytes_per_sep past 64 bits")
	default:
		return "", th.Raise(TypeError, "'%s' object cannot be interpreted as an integer", typeName(perSep))
	}
	if n == 0 || len(b) == 0 {
		return h, nil
	}
	group := n
	if group < 0 {
		group = -group
	}
	if group > int64(len(b)) {
		return h, nil
	}
	g := int(group)
	var out strings.Builder
	first := g // bytes in the first group: from the left all are full
	if n > 0 && len(b)%g != 0 {
		first = len(b) % g
	}
	for i := 0; i < len(b); {
		end := i + g
		if i == 0 {
			end = first
		}
		end = min(end, len(b))
		if i > 0 {
			out.WriteString(s)
		}
		out.WriteString(h[2*i : 2*end])
		i = end
	}
	return out.String(), nil
}
