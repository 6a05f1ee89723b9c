package interp

import (
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"strings"
)

// The base64 module: base64, its URL-safe alphabet, base32 and base16, as
// CPython 3.11's (binascii's decoder, which skips characters outside the
// alphabet unless validate=True, and its binascii.Error messages).

const b64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// encoder is a function of one positional bytes object, as the modules'
// plain encoders are.
func encoder(name string, enc func(Bytes) Bytes) *Builtin {
	return bytesFn(name, nil, func(_ *Thread, b Bytes, _ []Value) (Value, error) { return enc(b), nil })
}

// bytesFn is a function whose first argument must be bytes: params name
// the arguments (nil: one, positional only); f gets them all.
func bytesFn(name string, params []string, f func(th *Thread, b Bytes, a []Value) (Value, error)) *Builtin {
	return fn(name, func(th *Thread, c *Call) (Value, error) {
		a := c.Args
		var err error
		if params == nil {
			err = argN(th, c, name, 1, 1)
		} else {
			a, err = th.args(c, name, params...)
		}
		if err != nil {
			return nil, err
		}
		b, ok := bytesArg(a[0]).(Bytes)
		if !ok {
			return nil, notBytes(th, a[0])
		}
		return f(th, b, a)
	})
}

func notBytes(th *Thread, v Value) error {
	return th.Raise(TypeError, "a bytes-like object is required, not '%s'", typeName(v))
}

func base64Module(th *Thread) *Module {
	binErr := binasciiError(th)
	b64 := func(b Bytes) Bytes { return Bytes(base64.StdEncoding.EncodeToString([]byte(b))) }
	urlsafe := func(b Bytes) Bytes { return Bytes(base64.URLEncoding.EncodeToString([]byte(b))) }
	decode := func(name string, dec func(th *Thread, b Bytes, a []Value) (Value, error), params ...string) *Builtin {
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, name, append([]string{"s"}, params...)...)
			if err != nil {
				return nil, err
			}
			b, err := th.decodeData(a[0])
			if err != nil {
				return nil, err
			}
			return dec(th, b, a)
		})
	}
	a2b := func(th *Thread, b Bytes, strict bool) (Value, error) {
		out, msg := a2bBase64(b, strict)
		if msg != "" {
			return nil, th.Raise(binErr, "%s", msg)
		}
		return out, nil
	}
	b64decode := func(th *Thread, b Bytes, a []Value) (Value, error) {
		if len(a) > 1 && a[1] != nil {
			alt, err := th.decodeData(a[1])
			if err != nil {
				return nil, err
			}
			if len(alt) != 2 {
				return nil, th.Raise(AssertionError, "%s", bytesRepr(alt))
			}
			b = translateBytes(b, string(alt), "+/")
		}
		strict := false
		if len(a) > 2 && a[2] != nil {
			t, err := th.truth(a[2])
			if err != nil {
				return nil, err
			}
			strict = t
		}
		return a2b(th, b, strict)
	}
	return newModule("base64", []*Builtin{
		encoder("standard_b64encode", b64), encoder("urlsafe_b64encode", urlsafe),
		bytesFn("b64encode", []string{"s", "altchars"}, func(th *Thread, b Bytes, a []Value) (Value, error) {
			out := b64(b)
			if a[1] != nil {
				alt, ok := bytesArg(a[1]).(Bytes)
				if !ok {
					return nil, notBytes(th, a[1])
				}
				if len(alt) != 2 {
					return nil, th.Raise(AssertionError, "%s", bytesRepr(alt))
				}
				out = translateBytes(out, "+/", string(alt))
			}
			return out, nil
		}),
		decode("b64decode", b64decode, "altchars", "validate"),
		decode("standard_b64decode", func(th *Thread, b Bytes, a []Value) (Value, error) { return a2b(th, b, false) }),
		decode("urlsafe_b64decode", func(th *Thread, b Bytes, a []Value) (Value, error) {
			return a2b(th, translateBytes(b, "-_", "+/"), false)
		}),
		encoder("encodebytes", func(b Bytes) Bytes {
			var out strings.Builder
			for i := 0; i < len(b); i += 57 {
				out.WriteString(string(b64(b[i:min(i+57, len(b))])) + "\n")
			}
			return Bytes(out.String())
		}),
		decode("decodebytes", func(th *Thread, b Bytes, a []Value) (Value, error) { return a2b(th, b, false) }),
		encoder("b16encode", func(b Bytes) Bytes { return Bytes(strings.ToUpper(hex.EncodeToString([]byte(b)))) }),
		decode("b16decode", func(th *Thread, b Bytes, a []Value) (Value, error) {
			if a[1] != nil {
				if t, err := th.truth(a[1]); err != nil || t {
					b = Bytes(strings.ToUpper(string(b)))
				}
			}
			if strings.Trim(string(b), "0123456789ABCDEF") != "" {
				return nil, th.Raise(binErr, "Non-base16 digit found")
			}
			if len(b)%2 == 1 {
				return nil, th.Raise(binErr, "Odd-length string")
			}
			out, _ := hex.DecodeString(string(b))
			return Bytes(out), nil
		}, "casefold"),
		encoder("b32encode", func(b Bytes) Bytes { return Bytes(base32.StdEncoding.EncodeToString([]byte(b))) }),
		decode("b32decode", func(th *Thread, b Bytes, a []Value) (Value, error) {
			if a[2] != nil {
				return nil, th.Unsupported("base64.b32decode(map01=...)")
			}
			if a[1] != nil {
				if t, err := th.truth(a[1]); err != nil || t {
					b = Bytes(strings.ToUpper(string(b)))
				}
			}
			out, msg := b32decode(b)
			if msg != "" {
				return nil, th.Raise(binErr, "%s", msg)
			}
			return out, nil
		}, "casefold", "map01"),
	}, nil)
}

// binasciiModule is binascii's hex and base64 conversions, which base64
// is made of, and its Error.
func binasciiModule(th *Thread) *Module {
	binErr := newExceptionClass("Error", ValueError)
	binErr.module = "binascii"
	unhex := func(name string) *Builtin {
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 1, 1); err != nil {
				return nil, err
			}
			b, err := th.decodeData(c.Args[0])
			if err != nil {
				return nil, err
			}
			if len(b)%2 == 1 {
				return nil, th.Raise(binErr, "Odd-length string")
			}
			out, err := hex.DecodeString(string(b))
			if err != nil {
				return nil, th.Raise(binErr, "Non-hexadecimal digit found")
			}
			return Bytes(out), nil
		})
	}
	hexlify := func(name string) *Builtin {
		return bytesFn(name, []string{"data", "sep", "bytes_per_sep"}, func(th *Thread, b Bytes, a []Value) (Value, error) {
			h, err := th.hexSep(b, a[1], a[2], true)
			return Bytes(h), err
		})
	}
	return newModule("binascii", []*Builtin{
		hexlify("hexlify"), hexlify("b2a_hex"), unhex("unhexlify"), unhex("a2b_hex"),
		fn("a2b_base64", func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "a2b_base64", "data", "strict_mode")
			if err != nil {
				return nil, err
			}
			b, err := th.decodeData(a[0])
			if err != nil {
				return nil, err
			}
			strict := a[1] != nil && a[1] != false
			out, msg := a2bBase64(b, strict)
			if msg != "" {
				return nil, th.Raise(binErr, "%s", msg)
			}
			return out, nil
		}),
		bytesFn("b2a_base64", []string{"data", "newline"}, func(th *Thread, b Bytes, a []Value) (Value, error) {
			out := base64.StdEncoding.EncodeToString([]byte(b))
			if a[1] == nil || a[1] != false {
				out += "\n"
			}
			return Bytes(out), nil
		}),
	}, map[string]Value{"Error": binErr})
}

// binasciiError is the run's binascii.Error, which base64 raises too.
func binasciiError(th *Thread) *Class {
	v, _ := th.lib("binascii").Attrs.GetStr("Error")
	return v.(*Class)
}

// decodeData is base64's _bytes_from_decode_data: bytes, or a str of ASCII.
func (th *Thread) decodeData(v Value) (Bytes, error) {
	switch x := bytesArg(v).(type) {
	case Bytes:
		return x, nil
	case string:
		for i := 0; i < len(x); i++ {
			if x[i] >= 128 {
				return "", th.Raise(ValueError, "string argument should contain only ASCII characters")
			}
		}
		return Bytes(x), nil
	}
	return "", th.Raise(TypeError, "argument should be a bytes-like object or ASCII string, not '%s'", typeName(v))
}

func translateBytes(b Bytes, from, to string) Bytes {
	out := make([]byte, len(b))
	for i, c := range []byte(b) {
		if j := strings.IndexByte(from, c); j >= 0 {
			c = to[j]
		}
		out[i] = c
	}
	return Bytes(out)
}

// a2bBase64 is binascii.a2b_base64: the decoded bytes, or the message of
// the binascii.Error CPython raises.
func a2bBase64(in Bytes, strict bool) (Bytes, string) {
	if strict && len(in) > 0 && in[0] == '=' {
		return "", "Leading padding not allowed"
	}
	var out []byte
	quad, pads, left, padding := 0, 0, byte(0), false
	for i, c := range []byte(in) {
		if c == '=' {
			padding = true
			if strict && quad == 0 {
				return "", "Excess padding not allowed"
			}
			if pads++; quad >= 2 && quad+pads >= 4 {
				if strict && i+1 < len(in) {
					return "", "Excess data after padding"
				}
				return Bytes(out), ""
			}
			continue
		}
		v := strings.IndexByte(b64Alphabet, c)
		if v < 0 {
			if strict {
				return "", "Only base64 data is allowed"
			}
			continue
		}
		if strict && padding {
			return "", "Discontinuous padding not allowed"
		}
		pads = 0
		d := byte(v)
		switch quad {
		case 0:
			left = d
		case 1:
			out = append(out, left<<2|d>>4)
			left = d & 0x0f
		case 2:
			out = append(out, left<<4|d>>2)
			left = d & 0x03
		case 3:
			out = append(out, left<<6|d)
		}
		quad = (quad + 1) % 4
	}
	switch quad {
	case 0:
		return Bytes(out), ""
	case 1:
		return "", sprintf("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", len(out)/3*4+1)
	}
	return "", "Incorrect padding"
}

// b32decode is base64.b32decode after casefolding: whole quanta of eight,
// then the padding CPython accepts (0, 1, 3, 4 or 6 characters).
func b32decode(in Bytes) (Bytes, string) {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	if len(in)%8 != 0 {
		return "", "Incorrect padding"
	}
	s := strings.TrimRight(string(in), "=")
	pads := len(in) - len(s)
	var out []byte
	var acc uint64
	for i := 0; i < len(s); i += 8 {
		acc = 0
		for _, c := range []byte(s[i:min(i+8, len(s))]) {
			v := strings.IndexByte(alphabet, c)
			if v < 0 {
				return "", "Non-base32 digit found"
			}
			acc = acc<<5 | uint64(v)
		}
		out = append(out, byte(acc>>32), byte(acc>>24), byte(acc>>16), byte(acc>>8), byte(acc))
	}
	switch pads {
	case 0, 1, 3, 4, 6:
	default:
		return "", "Incorrect padding"
	}
	if pads > 0 && len(out) > 0 {
		acc <<= 5 * uint(pads)
		last := []byte{byte(acc >> 32), byte(acc >> 24), byte(acc >> 16), byte(acc >> 8), byte(acc)}
		out = append(out[:len(out)-5], last[:(43-5*pads)/8]...)
	}
	return Bytes(out), ""
}
