package libm

import (
	"math"
	"math/big"
)

// pow(x, y) = exp(y * log(x)), the log carried to about 68 bits.
const (
	powBits = 7
	powN    = 1 << powBits
	powOff  = 0x3fe6955500000000
)

// powPoly is log1p(r) - r, scaled as glibc evaluates it.
var powPoly = [7]float64{-0x1p-1, 0x1.555555555556p-2 * -2, -0x1.0000000000006p-2 * -2, 0x1.999999959554ep-3 * 4,
	-0x1.555555529a47ap-3 * 4, 0x1.2495b9b4845e9p-3 * -8, -0x1.0002b8b263fc3p-3 * -8}

// powTab is {1/c, log(c) to 43 bits, the rest of log(c)}: 1/c is the
// subinterval's middle rounded to a multiple of 1/N (1/2N past 1), so that
// z/c - 1 is exact.
var powTab [powN][3]float64

func powInit() {
	const prec = 192 // fixed-point bits
	for i := range powTab {
		lo := math.Float64frombits(powOff + uint64(i)<<(52-powBits))
		hi := math.Float64frombits(powOff + uint64(i+1)<<(52-powBits))
		mid := (lo + hi) / 2
		// 1/c = j/den, exactly
		den := int64(powN)
		j := math.RoundToEven(powN / mid)
		if mid >= 1 {
			den, j = 2*powN, math.RoundToEven(2*powN/mid)
		}
		// log(c) = -log(j/den) = 2*atanh(u), u = (den-j)/(den+j), to prec bits
		u := new(big.Int).Lsh(big.NewInt(den-int64(j)), prec)
		u.Quo(u, big.NewInt(den+int64(j)))
		u2 := new(big.Int).Rsh(new(big.Int).Mul(u, u), prec)
		l, term := new(big.Int).Set(u), new(big.Int).Set(u)
		for k := int64(3); term.BitLen() > 1; k += 2 { // (a negative term shifts down to -1, not 0)
			term.Rsh(term.Mul(term, u2), prec)
			l.Add(l, new(big.Int).Quo(term, big.NewInt(k)))
		}
		l.Lsh(l, 1)
		// logc is log(c) rounded to 43 fractional bits, logctail the rest
		c43 := new(big.Int).Rsh(new(big.Int).Add(l, new(big.Int).Lsh(big.NewInt(1), prec-44)), prec-43)
		logc := math.Ldexp(intFloat(c43), -43)
		tail := l.Sub(l, c43.Lsh(c43, prec-43))
		powTab[i] = [3]float64{j / float64(den), logc, math.Ldexp(intFloat(tail), -prec)}
	}
}

// powLog is log(x) as hi + lo (lo about 15 bits further), x's bits
// normalized (subnormals carry a negative exponent).
func powLog(ix uint64) (hi, lo float64) {
	tmp := ix - powOff
	i := tmp >> (52 - powBits) % powN
	k := int64(tmp) >> 52
	z := math.Float64frombits(ix - tmp&(0xfff<<52))
	kd := float64(k)
	invc, logc, logctail := powTab[i][0], powTab[i][1], powTab[i][2]
	r := fma(z, invc, -1) // exact
	t1 := fma(kd, ln2hi, logc)
	t2 := t1 + r
	lo1 := fma(kd, ln2lo, logctail)
	lo2 := t1 - t2 + r
	a := &powPoly
	ar := a[0] * r
	ar2 := float64(r * ar)
	ar3 := r * ar2
	h := t2 + ar2
	lo3 := fma(ar, r, -ar2)
	lo4 := t2 - h + ar2
	// lo1 + lo2 + lo3 + lo4 + (log1p(r) - r - A[0]*r*r)
	l := fma(ar3, fma(ar2, fma(ar2, fma(r, a[6], a[5]), fma(r, a[4], a[3])), fma(r, a[2], a[1])), lo1+lo2+lo3+lo4)
	y := h + l
	return y, h - y + l
}

// checkint says whether y (finite, non-zero) is not an integer (0), an odd one (1) or an even one (2).
func checkint(iy uint64) int {
	e := int(iy >> 52 & 0x7ff)
	switch {
	case e < 0x3ff:
		return 0
	case e > 0x3ff+52:
		return 2
	case iy&(1<<(0x3ff+52-e)-1) != 0:
		return 0
	case iy&(1<<(0x3ff+52-e)) != 0:
		return 1
	}
	return 2
}

// zeroInfNaN says whether i is the bits of 0, an infinity or a NaN.
func zeroInfNaN(i uint64) bool { return 2*i-1 >= 2*math.Float64bits(math.Inf(1))-1 }

// Pow is glibc's pow.
func Pow(x, y float64) float64 {
	tables.Do(tablesInit)
	var sign uint64
	ix, iy := math.Float64bits(x), math.Float64bits(y)
	topx, topy := top12(x), top12(y)
	one := math.Float64bits(1)
	if topx-0x001 >= 0x7ff-0x001 || (topy&0x7ff)-0x3be >= 0x43e-0x3be {
		if zeroInfNaN(iy) {
			switch {
			case 2*iy == 0, ix == one:
				return 1
			case 2*ix > 2*math.Float64bits(math.Inf(1)) || 2*iy > 2*math.Float64bits(math.Inf(1)):
				return x + y
			case 2*ix == 2*one:
				return 1
			case (2*ix < 2*one) == (iy>>63 == 0):
				return 0
			}
			return y * y
		}
		if zeroInfNaN(ix) {
			x2 := x * x
			if ix>>63 != 0 && checkint(iy) == 1 {
				x2 = -x2
			}
			if iy>>63 != 0 {
				return 1 / x2
			}
			return x2
		}
		if ix>>63 != 0 { // finite x < 0
			switch checkint(iy) {
			case 0:
				return math.NaN()
			case 1:
				sign = signBias
			}
			ix &= 1<<63 - 1
			topx &= 0x7ff
		}
		if (topy&0x7ff)-0x3be >= 0x43e-0x3be {
			switch {
			case ix == one:
				return 1
			case topy&0x7ff < 0x3be: // |y| < 2^-65
				if ix > one {
					return 1 + y
				}
				return 1 - y
			case (ix > one) == (topy < 0x800):
				return math.Inf(1)
			}
			return 0
		}
		if topx == 0 { // subnormal x
			ix = math.Float64bits(x*0x1p52)&(1<<63-1) - 52<<52
		}
	}
	hi, lo := powLog(ix)
	ehi := float64(y * hi)
	elo := fma(y, lo, fma(y, hi, -ehi))
	return powExp(ehi, elo, sign)
}

// powExp is exp(x+xtail), negative when sign is set.
func powExp(x, xtail float64, sign uint64) float64 {
	abstop := top12(x) & 0x7ff
	if abstop-top12(0x1p-54) >= top12(512)-top12(0x1p-54) {
		if abstop-top12(0x1p-54) >= 0x80000000 {
			if sign != 0 {
				return -(1 + x)
			}
			return 1 + x
		}
		if abstop >= top12(1024) {
			r := math.Inf(1)
			if x < 0 {
				r = 0
			}
			if sign != 0 {
				return -r
			}
			return r
		}
		abstop = 0
	}
	return expTail(x, xtail, sign, abstop == 0)
}
