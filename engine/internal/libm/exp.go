package libm

import (
	"math"
	"math/big"
)

// exp(x) = 2^(k/N) * exp(r) with |r| <= ln2/2N, 2^(k/N) from a table.
const (
	expBits   = 7
	expN      = 1 << expBits
	invLn2N   = 0x1.71547652b82fep0 * expN
	negLn2hiN = -0x1.62e42fefa0000p-8
	negLn2loN = -0x1.cf79abc9e3b3ap-47
	expShift  = 0x1.8p52
	signBias  = 0x800 << expBits
)

var expPoly = [4]float64{0x1.ffffffffffdbdp-2, 0x1.555555555543cp-3, 0x1.55555cf172b91p-5, 0x1.1111167a4d017p-7}

// expTab holds 2^(k/N) ~= H*(1+T) for k < N as the bits of T, then the bits
// of H less k/N in the exponent field (so adding k<<45 gives the scale).
var expTab [2 * expN]uint64

func expInit() {
	const prec = 192 // fixed-point bits
	for k := 0; k < expN; k++ {
		// 2^(k/N) * 2^prec: 2^(k + N*prec) square-rooted expBits times.
		v := new(big.Int).Lsh(big.NewInt(1), uint(k+expN*prec))
		for i := 0; i < expBits; i++ {
			v.Sqrt(v)
		}
		h := math.Ldexp(intFloat(v), -prec)
		// tail = (v - H*2^prec) / (H*2^prec), to 64 more bits than it needs
		hv := new(big.Int).Lsh(big.NewInt(int64(math.Float64bits(h)&(1<<52-1)|1<<52)), uint(prec-52))
		d := new(big.Int).Sub(v, hv)
		d.Quo(d.Lsh(d, 128), hv)
		expTab[2*k] = math.Float64bits(math.Ldexp(intFloat(d), -128))
		expTab[2*k+1] = math.Float64bits(h) - uint64(k)<<52/expN
	}
}

// intFloat is a big int rounded to the nearest float64.
func intFloat(v *big.Int) float64 {
	f, _ := new(big.Float).SetInt(v).Float64()
	return f
}

// Exp is glibc's exp.
func Exp(x float64) float64 {
	tables.Do(tablesInit)
	abstop := top12(x) & 0x7ff
	if abstop-top12(0x1p-54) >= top12(512)-top12(0x1p-54) {
		if abstop-top12(0x1p-54) >= 0x80000000 {
			return 1 + x // tiny x, or 0
		}
		if abstop >= top12(1024) {
			switch {
			case math.IsInf(x, -1):
				return 0
			case abstop >= 0x7ff:
				return 1 + x
			case x < 0:
				return 0
			}
			return math.Inf(1)
		}
		abstop = 0 // large x: the scale may overflow, see expScaled
	}
	return expTail(x, 0, 0, abstop == 0)
}

// expTail is exp(x+xtail), negated when signBias is set; big says the
// scale may leave the range of a double.
func expTail(x, xtail float64, sign uint64, big bool) float64 {
	kd := fma(invLn2N, x, expShift)
	ki := math.Float64bits(kd)
	kd -= expShift
	r := fma(kd, negLn2loN, fma(kd, negLn2hiN, x)) + xtail
	idx := 2 * (ki % expN)
	top := (ki + sign) << (52 - expBits)
	tail := math.Float64frombits(expTab[idx])
	sbits := expTab[idx+1] + top
	r2 := r * r
	tmp := fma(r2*r2, fma(r, expPoly[3], expPoly[2]), fma(r2, fma(r, expPoly[1], expPoly[0]), tail+r))
	if big {
		return expScaled(tmp, sbits, ki)
	}
	scale := math.Float64frombits(sbits)
	return fma(scale, tmp, scale)
}

// expScaled is scale*(1+tmp) when scale's exponent (in sbits) may have
// overflowed, rounding once in the subnormal range.
func expScaled(tmp float64, sbits, ki uint64) float64 {
	if ki&0x80000000 == 0 {
		scale := math.Float64frombits(sbits - 1009<<52)
		return 0x1p1009 * fma(scale, tmp, scale)
	}
	sbits += 1022 << 52
	scale := math.Float64frombits(sbits)
	// glibc's FMA build does not fuse here: the product is shared by two
	// sums, one of them in another basic block.
	st := float64(scale * tmp)
	y := scale + st
	if math.Abs(y) < 1 {
		one := 1.0
		if y < 0 {
			one = -1
		}
		lo := scale - y + st
		hi := one + y
		lo = one - hi + y + lo
		y = (hi + lo) - one
		if y == 0 {
			y = math.Float64frombits(sbits & (1 << 63))
		}
	}
	return 0x1p-1022 * y
}
