package interp

import (
	"encoding/binary"
	"math"
	"math/big"
	"math/bits"
)

// CPython's hash values (with PYTHONHASHSEED=0, as the suite records):
// they decide the order a set iterates in, and hash() prints them.

// pyHash is CPython's hash(v); ok is false where CPython's depends on an
// address (None, functions, instances without __hash__) or is not known.
func pyHash(v Value) (h int64, ok bool) {
	switch x := v.(type) {
	case bool, int64, *big.Int:
		return intHash(x), true
	case float64:
		return floatHash(x), true
	case string:
		return strHash(x), true
	case Bytes:
		if x == "" {
			return 0, true
		}
		return fixHash(int64(siphash13([]byte(x)))), true
	case Tuple:
		return tupleHash(x)
	case *rangeObj:
		return tupleHash(x.hashKey())
	case *setObj:
		if x.frozen && x.tab != nil {
			return x.tab.frozenHash(), true
		}
	case *uuidObj:
		return intHash(normInt(x.int())), true
	case *dec:
		if !x.isNaN() {
			return x.hash(), true
		}
	case *frac:
		return x.hash(), true
	case cplx:
		return x.hash()
	}
	return 0, false
}

func fixHash(h int64) int64 {
	if h == -1 {
		return -2
	}
	return h
}

// floatHash is CPython's _Py_HashDouble: the value as a fraction, modulo
// 2**61 - 1 (so that hash(2.0) == hash(2)).
func floatHash(f float64) int64 {
	switch {
	case math.IsInf(f, 1):
		return 314159
	case math.IsInf(f, -1):
		return -314159
	case math.IsNaN(f):
		return 0
	}
	const mod = 1<<61 - 1
	r := new(big.Rat).SetFloat64(math.Abs(f))
	// The denominator is 2**k; its inverse modulo 2**61 - 1 is 2**(61 - k%61).
	k := r.Denom().BitLen() - 1
	n := new(big.Int).Mod(r.Num(), big.NewInt(mod))
	n.Lsh(n, uint((61-k%61)%61)).Mod(n, big.NewInt(mod))
	h := n.Int64()
	if f < 0 {
		h = -h
	}
	return fixHash(h)
}

// strHash hashes the string's characters as CPython stores them: one,
// two or four bytes each, by the widest character.
func strHash(s string) int64 {
	if s == "" {
		return 0
	}
	width := 1
	for _, r := range s {
		if r > 0xffff {
			width = 4
			break
		} else if r > 0xff {
			width = 2
		}
	}
	var b []byte
	for _, r := range s {
		switch width {
		case 1:
			b = append(b, byte(r))
		case 2:
			b = binary.LittleEndian.AppendUint16(b, uint16(r))
		default:
			b = binary.LittleEndian.AppendUint32(b, uint32(r))
		}
	}
	return fixHash(int64(siphash13(b)))
}

// siphash13 is CPython's string hash with a zero key.
func siphash13(src []byte) uint64 {
	v0 := uint64(0x736f6d6570736575)
	v1 := uint64(0x646f72616e646f6d)
	v2 := uint64(0x6c7967656e657261)
	v3 := uint64(0x7465646279746573)
	round := func() {
		v0 += v1
		v2 += v3
		v1 = bits.RotateLeft64(v1, 13) ^ v0
		v3 = bits.RotateLeft64(v3, 16) ^ v2
		v0 = bits.RotateLeft64(v0, 32)
		v2 += v1
		v0 += v3
		v1 = bits.RotateLeft64(v1, 17) ^ v2
		v3 = bits.RotateLeft64(v3, 21) ^ v0
		v2 = bits.RotateLeft64(v2, 32)
	}
	b := uint64(len(src)) << 56
	for len(src) >= 8 {
		m := binary.LittleEndian.Uint64(src)
		v3 ^= m
		round()
		v0 ^= m
		src = src[8:]
	}
	var t [8]byte
	copy(t[:], src)
	b |= binary.LittleEndian.Uint64(t[:])
	v3 ^= b
	round()
	v0 ^= b
	v2 ^= 0xff
	round()
	round()
	round()
	return (v0 ^ v1) ^ (v2 ^ v3)
}

// tupleHash is CPython's xxHash-based tuple hash.
func tupleHash(t Tuple) (int64, bool) {
	hs := make([]int64, len(t))
	for i, it := range t {
		h, ok := pyHash(it)
		if !ok {
			return 0, false
		}
		hs[i] = h
	}
	return combineHashes(hs), true
}

// combineHashes is the tuple hash of items with these hashes.
func combineHashes(hs []int64) int64 {
	const p1, p2, p5 = 11400714785074694791, 14029467366897019727, 2870177450012600261
	acc := uint64(p5)
	for _, h := range hs {
		acc += uint64(h) * p2
		acc = bits.RotateLeft64(acc, 31)
		acc *= p1
	}
	acc += uint64(len(hs)) ^ (p5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796
	}
	return int64(acc)
}
