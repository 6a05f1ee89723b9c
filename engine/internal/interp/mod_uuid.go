package interp

import (
	"crypto/md5"
	crand "crypto/rand"
	"crypto/sha1"
	"encoding/hex"
	"math/big"
	"strings"

	"cascadelab/engine/internal/py"
)

// uuidModule is uuid's UUID class and the name-based uuid3/uuid5, exact as
// CPython's; uuid4 draws from the system's entropy as CPython's does (its
// value is random, never a recorded one). uuid1 (the clock and the
// machine's address) and the rest are refused by the catalog.
func uuidModule(th *Thread) *Module {
	ns := func(s string) *uuidObj { u, _ := uuidFromHex(s); return u }
	return newModule("uuid", []*Builtin{
		fn("uuid4", func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, "uuid4", 0, 0); err != nil {
				return nil, err
			}
			var b [16]byte
			crand.Read(b[:])
			return uuidFromBytes(b[:]).withVersion(4), nil
		}),
		fn("uuid3", uuidNamed("uuid3", 3)), fn("uuid5", uuidNamed("uuid5", 5)),
	}, map[string]Value{
		"UUID":           TypeUUID,
		"NAMESPACE_DNS":  ns("6ba7b810-9dad-11d1-80b4-00c04fd430c8"),
		"NAMESPACE_URL":  ns("6ba7b811-9dad-11d1-80b4-00c04fd430c8"),
		"NAMESPACE_OID":  ns("6ba7b812-9dad-11d1-80b4-00c04fd430c8"),
		"NAMESPACE_X500": ns("6ba7b814-9dad-11d1-80b4-00c04fd430c8"),
		"RESERVED_NCS":   "reserved for NCS compatibility", "RFC_4122": "specified in RFC 4122",
		"RESERVED_MICROSOFT": "reserved for Microsoft compatibility", "RESERVED_FUTURE": "reserved for future definition",
	})
}

// TypeUUID is uuid.UUID, for hosts reading annotations.
var TypeUUID = &builtinType{name: "UUID", module: "uuid"}

func init() { TypeUUID.call = newUUID } // newUUID reaches uuidModule, which reads TypeUUID

// uuidObj is a uuid.UUID; its value is its dict key (hashKey).
type uuidObj struct{ hi, lo uint64 }

func uuidFromBytes(b []byte) *uuidObj {
	u := &uuidObj{}
	for i := 0; i < 8; i++ {
		u.hi = u.hi<<8 | uint64(b[i])
		u.lo = u.lo<<8 | uint64(b[i+8])
	}
	return u
}

func uuidFromHex(s string) (*uuidObj, bool) {
	b, err := hex.DecodeString(s[:8] + s[9:13] + s[14:18] + s[19:23] + s[24:])
	return uuidFromBytes(b), err == nil
}

func (u uuidObj) bytes() []byte {
	b := make([]byte, 16)
	for i := 0; i < 8; i++ {
		b[i] = byte(u.hi >> (56 - 8*i))
		b[i+8] = byte(u.lo >> (56 - 8*i))
	}
	return b
}

func (u uuidObj) int() *big.Int {
	return new(big.Int).SetBytes(u.bytes())
}

// withVersion sets the RFC 4122 variant and the version, as UUID(version=) does.
func (u *uuidObj) withVersion(v uint64) *uuidObj {
	w := *u
	w.lo = w.lo&^(0xc000<<48) | 0x8000<<48
	w.hi = w.hi&^(0xf000) | v<<12
	return &w
}

func (u uuidObj) hex() string { return hex.EncodeToString(u.bytes()) }

func (u uuidObj) String() string {
	h := u.hex()
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

func (u uuidObj) variant() string {
	switch {
	case u.lo&(0x8000<<48) == 0:
		return "reserved for NCS compatibility"
	case u.lo&(0x4000<<48) == 0:
		return "specified in RFC 4122"
	case u.lo&(0x2000<<48) == 0:
		return "reserved for Microsoft compatibility"
	}
	return "reserved for future definition"
}

func (u *uuidObj) TypeName() string                { return "UUID" }
func (u *uuidObj) Str(th *Thread) (string, error)  { return u.String(), nil }
func (u *uuidObj) Repr(th *Thread) (string, error) { return "UUID('" + u.String() + "')", nil }
func (u *uuidObj) SetAttr(th *Thread, name string, v Value) error {
	return th.Raise(TypeError, "UUID objects are immutable")
}

func (u *uuidObj) Attr(th *Thread, name string) (Value, bool, error) {
	timeLow, timeMid, timeHi := int64(u.hi>>32), int64(u.hi>>16&0xffff), int64(u.hi&0xffff)
	seqHi, seqLow, node := int64(u.lo>>56), int64(u.lo>>48&0xff), int64(u.lo&0xffffffffffff)
	switch name {
	case "hex":
		return u.hex(), true, nil
	case "int":
		return normInt(u.int()), true, nil
	case "bytes":
		return Bytes(u.bytes()), true, nil
	case "bytes_le":
		b := u.bytes()
		le := []byte{b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6]}
		return Bytes(append(le, b[8:]...)), true, nil
	case "urn":
		return "urn:uuid:" + u.String(), true, nil
	case "variant":
		return u.variant(), true, nil
	case "version":
		if u.variant() != "specified in RFC 4122" {
			return nil, true, nil
		}
		return int64(u.hi >> 12 & 0xf), true, nil
	case "fields":
		return Tuple{timeLow, timeMid, timeHi, seqHi, seqLow, node}, true, nil
	case "time_low":
		return timeLow, true, nil
	case "time_mid":
		return timeMid, true, nil
	case "time_hi_version":
		return timeHi, true, nil
	case "clock_seq_hi_variant":
		return seqHi, true, nil
	case "clock_seq_low":
		return seqLow, true, nil
	case "node":
		return node, true, nil
	case "clock_seq":
		return (seqHi&0x3f)<<8 | seqLow, true, nil
	case "time":
		return (timeHi&0x0fff)<<48 | timeMid<<32 | timeLow, true, nil
	}
	return nil, false, nil
}

// Binary compares UUIDs by their int; anything else is NotImplemented.
func (u *uuidObj) Binary(th *Thread, op py.Op, other Value, right bool) (Value, bool, error) {
	o, ok := other.(*uuidObj)
	if !ok {
		return th.foreignOperand(op, u, other, right)
	}
	if !isCompare(op) {
		return nil, false, nil
	}
	a, b := *u, *o
	if right {
		a, b = *o, *u
	}
	c := cmp64u(a.hi, b.hi)
	if c == 0 {
		c = cmp64u(a.lo, b.lo)
	}
	return cmpResult(op, c, false), true, nil
}

func (u *uuidObj) Unary(th *Thread, op py.Op) (Value, bool, error) { return nil, false, nil }

// foreignOperand is a library value's answer to an operator with a value
// of another type: the TypeError CPython raises (equality is identity),
// left to the script's reflected method when the other is an instance.
func (th *Thread) foreignOperand(op py.Op, self, other Value, right bool) (Value, bool, error) {
	if _, ok := other.(*Instance); ok {
		return nil, false, nil
	}
	switch op {
	case py.Eq, py.NotEq:
		return op == py.NotEq, true, nil
	}
	a, b := self, other
	if right {
		a, b = b, a
	}
	if op == py.Lt || op == py.LtE || op == py.Gt || op == py.GtE {
		return nil, true, th.Raise(TypeError, "'%s' not supported between instances of '%s' and '%s'", opSymbol(op), tpName(a), tpName(b))
	}
	return nil, true, th.Raise(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", opSymbol(op), tpName(a), tpName(b))
}

// tpName is a type's C name, which operand errors print: module-qualified
// for the library's types (datetime.date), the bare name otherwise.
func tpName(v Value) string {
	if q, ok := v.(interface{ qualName() string }); ok {
		return q.qualName()
	}
	return typeName(v)
}

func cmp64u(x, y uint64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

func newUUID(th *Thread, c *Call) (Value, error) {
	a, err := th.args(c, "UUID", "hex", "bytes", "bytes_le", "fields", "int", "version")
	if err != nil {
		return nil, err
	}
	given := 0
	for _, v := range a[:5] {
		if v != nil {
			given++
		}
	}
	if given != 1 {
		return nil, th.Raise(TypeError, "one of the hex, bytes, bytes_le, fields, or int arguments must be given")
	}
	var u *uuidObj
	switch {
	case a[0] != nil:
		s, ok := a[0].(string)
		if !ok {
			return nil, th.Raise(AttributeError, "'%s' object has no attribute 'replace'", typeName(a[0]))
		}
		s = strings.ReplaceAll(strings.ReplaceAll(s, "urn:", ""), "uuid:", "")
		s = strings.ReplaceAll(strings.Trim(s, "{}"), "-", "")
		if len([]rune(s)) != 32 {
			return nil, th.Raise(ValueError, "badly formed hexadecimal UUID string")
		}
		n, err := th.parseInt(s, 16)
		if err != nil {
			return nil, err
		}
		u = uuidFromBytes(bigOf(n).FillBytes(make([]byte, 16)))
	case a[1] != nil || a[2] != nil:
		raw := a[1]
		if raw == nil {
			raw = a[2]
		}
		b, ok := raw.(Bytes)
		if !ok {
			r, err := th.repr(raw)
			if err != nil {
				return nil, err
			}
			return nil, th.Raise(AssertionError, "%s", r)
		}
		if len(b) != 16 {
			return nil, th.Raise(ValueError, "bytes is not a 16-char string")
		}
		if a[2] != nil {
			b = Bytes([]byte{b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6]}) + b[8:]
		}
		u = uuidFromBytes([]byte(b))
	case a[3] != nil:
		return nil, th.Unsupported("uuid.UUID(fields=...)")
	default:
		if !isInt(a[4]) {
			return nil, th.Raise(TypeError, "'<=' not supported between instances of 'int' and '%s'", typeName(a[4]))
		}
		n := bigOf(a[4])
		if n.Sign() < 0 || n.BitLen() > 128 {
			return nil, th.Raise(ValueError, "int is out of range (need a 128-bit value)")
		}
		u = uuidFromBytes(n.FillBytes(make([]byte, 16)))
	}
	if a[5] != nil {
		v, ok := smallInt(a[5])
		if !ok || v < 1 || v > 5 {
			return nil, th.Raise(ValueError, "illegal version number")
		}
		u = u.withVersion(uint64(v))
	}
	return u, nil
}

// uuidNamed is uuid3 (MD5) or uuid5 (SHA-1) of a namespace UUID and a name.
func uuidNamed(name string, version uint64) func(th *Thread, c *Call) (Value, error) {
	return func(th *Thread, c *Call) (Value, error) {
		a, err := th.args(c, name, "namespace", "name")
		if err != nil {
			return nil, err
		}
		ns, ok := a[0].(*uuidObj)
		if !ok {
			return nil, th.Raise(AttributeError, "'%s' object has no attribute 'bytes'", typeName(a[0]))
		}
		s, ok := a[1].(string)
		if !ok {
			return nil, th.Raise(TypeError, "encoding without a string argument")
		}
		data := append(ns.bytes(), s...)
		var sum []byte
		if version == 3 {
			h := md5.Sum(data)
			sum = h[:]
		} else {
			h := sha1.Sum(data)
			sum = h[:16]
		}
		return uuidFromBytes(sum).withVersion(version), nil
	}
}
