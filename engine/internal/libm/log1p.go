package libm

import "math"

// Log1p is glibc's log1p (fdlibm's, regrouped as glibc has it), fused where
// GCC fuses it (a product into the sum that uses it, in the order GCC meets
// the products, and only in its own basic block): CPython's results on this
// machine match that build.
func Log1p(x float64) float64 {
	const (
		ln2hi = 6.93147180369123816490e-01
		ln2lo = 1.90821492927058770002e-10
	)
	lp := [8]float64{0, 6.666666666666735130e-01, 3.999999999940941908e-01, 2.857142874366239149e-01,
		2.222219843214978396e-01, 1.818357216161805012e-01, 1.531383769920937332e-01, 1.479819860511658591e-01}
	hx := int32(math.Float64bits(x) >> 32)
	ax := hx & 0x7fffffff
	k := int32(1)
	var f, c float64
	var hu int32
	if hx < 0x3FDA827A { // x < 0.41422
		if ax >= 0x3ff00000 { // x <= -1
			if x == -1 {
				return math.Inf(-1)
			}
			return math.NaN()
		}
		if ax < 0x3e200000 { // |x| < 2**-29
			if ax < 0x3c900000 {
				return x
			}
			return fma(-float64(x*x), 0.5, x)
		}
		if hx > 0 || hx <= int32(-0x402d413d) { // -0.2929 < x < 0.41422 (0xbfd2bec3)
			k, f, hu = 0, x, 1
		}
	} else if hx >= 0x7ff00000 {
		return x + x
	}
	if k != 0 {
		var u float64
		if hx < 0x43400000 {
			u = 1 + x
			hu = int32(math.Float64bits(u) >> 32)
			k = hu>>20 - 1023
			if k > 0 {
				c = 1 - (u - x)
			} else {
				c = x - (u - 1)
			}
			c /= u
		} else {
			u = x
			hu = int32(math.Float64bits(u) >> 32)
			k = hu>>20 - 1023
		}
		hu &= 0x000fffff
		lo := math.Float64bits(u) & (1<<32 - 1)
		if hu < 0x6a09e {
			u = math.Float64frombits(uint64(hu|0x3ff00000)<<32 | lo) // normalize u
		} else {
			k++
			u = math.Float64frombits(uint64(hu|0x3fe00000)<<32 | lo) // normalize u/2
			hu = (0x00100000 - hu) >> 2
		}
		f = u - 1
	}
	kd := float64(k)
	hfsq := float64(float64(0.5*f) * f)
	if hu == 0 { // |f| < 2**-20
		if f == 0 {
			if k == 0 {
				return 0
			}
			c = fma(kd, ln2lo, c)
			return fma(kd, ln2hi, c)
		}
		r := float64(hfsq * fma(-0.66666666666666666, f, 1))
		if k == 0 {
			return f - r
		}
		return fma(kd, ln2hi, -((r - fma(kd, ln2lo, c)) - f))
	}
	s := f / (2 + f)
	z := float64(s * s)
	z2 := float64(z * z)
	z4 := float64(z2 * z2)
	z6 := float64(z4 * z2)
	// GCC fuses z*Lp[1], the first product it meets, into the sum, so
	// z2*R2 stays rounded.
	r := fma(z6, fma(z, lp[7], lp[6]), fma(z4, fma(z, lp[5], lp[4]), fma(z, lp[1], float64(z2*fma(z, lp[3], lp[2])))))
	// s*(hfsq+R), common to both returns, is computed (rounded) before them.
	sr := float64(s * (hfsq + r))
	if k == 0 {
		return f - (hfsq - sr)
	}
	return fma(kd, ln2hi, -((hfsq - (sr + fma(kd, ln2lo, c))) - f))
}

// Acosh is glibc's acosh, over its log and log1p.
func Acosh(x float64) float64 {
	const ln2 = 6.93147180559945286227e-01
	hx := int64(math.Float64bits(x))
	switch {
	case hx > 0x4000000000000000:
		if hx >= 0x41b0000000000000 { // x > 2**28, inf or nan
			if hx >= 0x7ff0000000000000 {
				return x + x
			}
			return Log(x) + ln2
		}
		return Log(2*x - 1/(x+math.Sqrt(float64(x*x)-1))) // x*x is not fused here
	case hx > 0x3ff0000000000000: // 1 < x < 2
		t := x - 1
		return Log1p(t + math.Sqrt(fma(2, t, float64(t*t))))
	case hx == 0x3ff0000000000000:
		return 0
	}
	return math.NaN()
}
