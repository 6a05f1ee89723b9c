package interp

import (
	"encoding/binary"
	"encoding/hex"
	"hash"
	"strings"
)

// hmacModule is hmac over the hashes hashlib has: new/HMAC, digest and
// compare_digest. (HMAC and PBKDF2 are written out here: Go's crypto/hmac
// and crypto/pbkdf2 link SHA-3 into the wasm.)
func hmacModule(th *Thread) *Module {
	ctor := func(name string) *Builtin {
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, name, "key", "msg", "digestmod")
			if err != nil {
				return nil, err
			}
			if a[2] == nil {
				return nil, th.Raise(TypeError, "Missing required parameter 'digestmod'.")
			}
			return newHMAC(th, a[0], a[1], a[2])
		})
	}
	return newModule("hmac", []*Builtin{ctor("new"), ctor("HMAC"),
		fn("digest", func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "digest", "key", "msg", "digest")
			if err != nil {
				return nil, err
			}
			if a[2] == nil {
				return nil, th.Raise(TypeError, "digest() missing 1 required positional argument: 'digest'")
			}
			h, err := newHMAC(th, a[0], a[1], a[2])
			if err != nil {
				return nil, err
			}
			return Bytes(h.sum()), nil
		}),
		fn("compare_digest", func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "compare_digest", 2, 2); err != nil {
				return nil, err
			}
			x, y := c.Args[0], c.Args[1]
			xs, xStr := x.(string)
			ys, yStr := y.(string)
			xb, xBytes := bytesArg(x).(Bytes)
			yb, yBytes := bytesArg(y).(Bytes)
			switch {
			case xStr && yStr:
				if !isASCII(xs) || !isASCII(ys) {
					return nil, th.Raise(TypeError, "comparing strings with non-ASCII characters is not supported")
				}
				return xs == ys, nil
			case xBytes && yBytes:
				return xb == yb, nil
			case xBytes || yBytes:
				return nil, th.Raise(TypeError, "a bytes-like object is required, not '%s'", typeName(map[bool]Value{true: y, false: x}[xBytes]))
			}
			return nil, th.Raise(TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'", typeName(x), typeName(y))
		}),
	}, nil)
}

// hmacObj is an HMAC object: its key, hash and the message so far (digest
// hashes it afresh, so copy is a copy of the message).
type hmacObj struct {
	key  []byte
	hash string
	msg  []byte
}

// hashName is the hash a digestmod names: a name hashlib.new takes, or one
// of hashlib's constructors.
func (th *Thread) hashName(v Value) (string, error) {
	switch d := v.(type) {
	case string:
		name := strings.ToLower(d)
		if _, ok := hashNews[name]; !ok {
			return "", th.Unsupported("the hash %s", reprOrType(th, d))
		}
		return name, nil
	case *Builtin:
		if f, ok := th.lib("hashlib").Attrs.GetStr(d.Name); ok && f == d && hashNews[d.Name] != nil {
			return d.Name, nil
		}
	}
	return "", th.Unsupported("a digestmod other than a hash's name or hashlib's constructor of it")
}

func newHMAC(th *Thread, key, msg, digestmod Value) (*hmacObj, error) {
	k, ok := bytesArg(key).(Bytes)
	if !ok {
		return nil, th.Raise(TypeError, "key: expected bytes or bytearray, but got '%s'", typeName(key))
	}
	name, err := th.hashName(digestmod)
	if err != nil {
		return nil, err
	}
	h := &hmacObj{key: []byte(k), hash: name}
	if msg != nil {
		return h, h.update(th, msg)
	}
	return h, nil
}

func (h *hmacObj) update(th *Thread, data Value) error {
	switch b := bytesArg(data).(type) {
	case Bytes:
		h.msg = append(h.msg, b...)
		return nil
	case string:
		return th.Raise(TypeError, "Strings must be encoded before hashing")
	}
	return th.Raise(TypeError, "object supporting the buffer API required")
}

func (h *hmacObj) sum() []byte { return hmacSum(hashNews[h.hash], h.key, h.msg) }

// hmacSum is RFC 2104's HMAC of msg.
func hmacSum(mk func() hash.Hash, key []byte, msg ...[]byte) []byte {
	h := mk()
	if len(key) > h.BlockSize() {
		h.Write(key)
		key = h.Sum(nil)
		h.Reset()
	}
	pad := make([]byte, h.BlockSize())
	copy(pad, key)
	for i := range pad {
		pad[i] ^= 0x36
	}
	h.Write(pad)
	for _, m := range msg {
		h.Write(m)
	}
	inner := h.Sum(nil)
	h.Reset()
	for i := range pad {
		pad[i] ^= 0x36 ^ 0x5c
	}
	h.Write(pad)
	h.Write(inner)
	return h.Sum(nil)
}

// pbkdf2 is RFC 8018's PBKDF2 with HMAC as its function.
func pbkdf2(mk func() hash.Hash, password, salt []byte, iters, n int) []byte {
	var out []byte
	for block := uint32(1); len(out) < n; block++ {
		u := hmacSum(mk, password, salt, binary.BigEndian.AppendUint32(nil, block))
		t := append([]byte(nil), u...)
		for range iters - 1 {
			u = hmacSum(mk, password, u)
			for i := range t {
				t[i] ^= u[i]
			}
		}
		out = append(out, t...)
	}
	return out[:n]
}

func (h *hmacObj) TypeName() string { return "HMAC" }

func (h *hmacObj) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "name":
		return "hmac-" + h.hash, true, nil
	case "digest_size", "block_size":
		m := hashNews[h.hash]()
		if name == "block_size" {
			return int64(m.BlockSize()), true, nil
		}
		return int64(m.Size()), true, nil
	case "update":
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 1, 1); err != nil {
				return nil, err
			}
			return nil, h.update(th, c.Args[0])
		}), true, nil
	case "digest", "hexdigest", "copy":
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 0, 0); err != nil {
				return nil, err
			}
			switch name {
			case "copy":
				return &hmacObj{key: h.key, hash: h.hash, msg: append([]byte(nil), h.msg...)}, nil
			case "digest":
				return Bytes(h.sum()), nil
			}
			return hex.EncodeToString(h.sum()), nil
		}), true, nil
	}
	return nil, false, nil
}

// pbkdf2HMAC is hashlib.pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None).
func pbkdf2HMAC(th *Thread, c *Call) (Value, error) {
	a, err := th.args(c, "pbkdf2_hmac", "hash_name", "password", "salt", "iterations", "dklen")
	if err != nil {
		return nil, err
	}
	for i, n := range []string{"hash_name", "password", "salt", "iterations"} {
		if a[i] == nil {
			return nil, th.Raise(TypeError, "pbkdf2_hmac() missing required argument '%s' (pos %d)", n, i+1)
		}
	}
	var bs [2][]byte
	for i, v := range a[1:3] {
		b, ok := bytesArg(v).(Bytes)
		if !ok {
			return nil, th.Raise(TypeError, "a bytes-like object is required, not '%s'", typeName(v))
		}
		bs[i] = []byte(b)
	}
	name, err := th.hashName(a[0])
	if err != nil {
		return nil, err
	}
	iters, err := th.intArg(a[3], 0)
	if err != nil {
		return nil, err
	}
	if iters < 1 {
		return nil, th.Raise(ValueError, "iteration value must be greater than 0.")
	}
	n, err := th.intArg(a[4], int64(hashNews[name]().Size()))
	if err != nil {
		return nil, err
	}
	if n < 1 {
		return nil, th.Raise(ValueError, "key length must be greater than 0.")
	}
	if err := th.alloc(n); err != nil {
		return nil, err
	}
	th.meter.Used += iters - 1 // each iteration a step of the run's budget
	if err := th.step(th.cur); err != nil {
		return nil, err
	}
	return Bytes(pbkdf2(hashNews[name], bs[0], bs[1], int(iters), int(n))), nil
}
