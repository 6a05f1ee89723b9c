package libm

import "math"

// Expm1 is glibc's expm1 (fdlibm's, its rational function regrouped in
// powers of x*x/2 as glibc has it), fused where GCC fuses it: CPython's
// results on this machine match the FMA build.
func Expm1(x float64) float64 {
	const (
		ln2hi  = 6.93147180369123816490e-01
		ln2lo  = 1.90821492927058770002e-10
		invln2 = 1.44269504088896338700e+00
		othr   = 7.09782712893383973096e+02
		q1     = -3.33333333333331316428e-02
		q2     = 1.58730158725481460165e-03
		q3     = -7.93650757867487942473e-05
		q4     = 4.00821782732936239552e-06
		q5     = -2.01099218183624371326e-07
	)
	bits := math.Float64bits(x)
	neg := bits>>63 != 0
	hx := uint32(bits>>32) & 0x7fffffff
	if hx >= 0x4043687A { // |x| >= 56*ln2
		if hx >= 0x40862E42 {
			switch {
			case math.IsNaN(x):
				return x + x
			case math.IsInf(x, 0):
				if neg {
					return -1
				}
				return x
			case x > othr:
				return math.Inf(1)
			}
		}
		if neg {
			return -1
		}
	}
	var hi, lo, c float64
	var k int32
	switch {
	case hx > 0x3fd62e42: // |x| > ln2/2
		if hx < 0x3FF0A2B2 { // and < 1.5*ln2
			if !neg {
				hi, lo, k = x-ln2hi, ln2lo, 1
			} else {
				hi, lo, k = x+ln2hi, -ln2lo, -1
			}
		} else {
			half := 0.5
			if neg {
				half = -0.5
			}
			k = int32(fma(invln2, x, half))
			t := float64(k)
			hi = fma(-t, ln2hi, x) // t*ln2hi is exact
			lo = float64(t * ln2lo)
		}
		x = hi - lo
		c = (hi - x) - lo
	case hx < 0x3c900000: // |x| < 2**-54
		return x
	}
	hfx := 0.5 * x
	hxs := float64(x * hfx)
	h2 := float64(hxs * hxs)
	h4 := float64(h2 * h2)
	r1 := fma(h4, fma(hxs, q5, q4), fma(h2, fma(hxs, q3, q2), fma(hxs, q1, 1)))
	t := fma(-r1, hfx, 3)
	e := float64(hxs * ((r1 - t) / fma(-x, t, 6)))
	if k == 0 {
		return x - fma(x, e, -hxs)
	}
	e = fma(x, e-c, -c)
	e -= hxs
	switch {
	case k == -1:
		return fma(0.5, x-e, -0.5)
	case k == 1:
		if x < -0.25 {
			return -2 * (e - (x + 0.5))
		}
		return fma(2, x-e, 1)
	case k <= -2 || k > 56: // exp(x)-1 is exp(x)
		y := 1 - (e - x)
		return math.Float64frombits(math.Float64bits(y)+uint64(k)<<52) - 1
	case k < 20:
		t := math.Float64frombits(uint64(0x3ff00000-(0x200000>>k)) << 32) // 1-2^-k
		y := t - (e - x)
		return math.Float64frombits(math.Float64bits(y) + uint64(k)<<52)
	}
	t = math.Float64frombits(uint64(0x3ff-k) << 52) // 2^-k
	y := x - (e + t)
	y++
	return math.Float64frombits(math.Float64bits(y) + uint64(k)<<52)
}
