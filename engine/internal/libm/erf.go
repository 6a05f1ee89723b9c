package libm

import "math"

// erf and erfc are fdlibm's, with glibc's regrouped polynomials (pairs of
// terms summed with powers of s, which rounds otherwise than Horner's
// rule); glibc builds them without FMA, so every product is rounded here
// (float64(a*b) keeps Go from fusing).
const (
	erx = 8.45062911510467529297e-01
	efx = 1.28379167095512586316e-01
)

var (
	erfPP = [5]float64{1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05}
	erfQQ = [6]float64{0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06}
	erfPA = [7]float64{-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03}
	erfQA = [7]float64{0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02}
	erfRA = [8]float64{-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00}
	erfSA = [9]float64{0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02}
	erfRB = [7]float64{-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02}
	erfSB = [8]float64{0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01}
)

// mul is a*b rounded (never fused).
func mul(a, b float64) float64 { return float64(a * b) }

// ab is a + s*b.
func ab(a, s, b float64) float64 { return a + mul(s, b) }

// erfSmall is x*y's y for |x| < 0.84375: r/s.
func erfSmall(x float64) float64 {
	z := mul(x, x)
	z2 := mul(z, z)
	z4 := mul(z2, z2)
	p, q := &erfPP, &erfQQ
	r := ab(p[0], z, p[1]) + mul(z2, ab(p[2], z, p[3])) + mul(z4, p[4])
	s := ab(1, z, q[1]) + mul(z2, ab(q[2], z, q[3])) + mul(z4, ab(q[4], z, q[5]))
	return r / s
}

// erfMid is P/Q for 0.84375 <= |x| < 1.25.
func erfMid(x float64) float64 {
	s := math.Abs(x) - 1
	s2 := mul(s, s)
	s4 := mul(s2, s2)
	s6 := mul(s4, s2)
	a, b := &erfPA, &erfQA
	p := ab(a[0], s, a[1]) + mul(s2, ab(a[2], s, a[3])) + mul(s4, ab(a[4], s, a[5])) + mul(s6, a[6])
	q := ab(1, s, b[1]) + mul(s2, ab(b[2], s, b[3])) + mul(s4, ab(b[4], s, b[5])) + mul(s6, b[6])
	return p / q
}

// erfTail is exp(-x*x - 0.5625 + R/S) / x for 1.25 <= x < 28; hi says
// x >= 1/0.35 (the two functions split there at slightly different points).
func erfTail(x float64, hi bool) float64 {
	s := 1 / mul(x, x)
	s2 := mul(s, s)
	s4 := mul(s2, s2)
	s6 := mul(s4, s2)
	var r, q float64
	if !hi {
		a, b := &erfRA, &erfSA
		s8 := mul(s4, s4)
		r = ab(a[0], s, a[1]) + mul(s2, ab(a[2], s, a[3])) + mul(s4, ab(a[4], s, a[5])) + mul(s6, ab(a[6], s, a[7]))
		q = ab(1, s, b[1]) + mul(s2, ab(b[2], s, b[3])) + mul(s4, ab(b[4], s, b[5])) + mul(s6, ab(b[6], s, b[7])) + mul(s8, b[8])
	} else {
		a, b := &erfRB, &erfSB
		r = ab(a[0], s, a[1]) + mul(s2, ab(a[2], s, a[3])) + mul(s4, ab(a[4], s, a[5])) + mul(s6, a[6])
		q = ab(1, s, b[1]) + mul(s2, ab(b[2], s, b[3])) + mul(s4, ab(b[4], s, b[5])) + mul(s6, ab(b[6], s, b[7]))
	}
	z := math.Float64frombits(math.Float64bits(x) &^ (1<<32 - 1))
	return mul(Exp(-mul(z, z)-0.5625), Exp(mul(z-x, z+x)+r/q)) / x
}

// Erf is glibc's erf.
func Erf(x float64) float64 {
	hx := int32(math.Float64bits(x) >> 32)
	ix := hx & 0x7fffffff
	switch {
	case ix >= 0x7ff00000: // nan, or ±1 at ±inf
		return float64(1-int(uint32(hx)>>31)<<1) + 1/x
	case ix < 0x3feb0000:
		if ix < 0x3e300000 {
			if ix < 0x00800000 {
				return 0.0625 * (mul(16, x) + mul(16*efx, x))
			}
			return x + mul(efx, x)
		}
		return x + mul(x, erfSmall(x))
	case ix < 0x3ff40000:
		if hx >= 0 {
			return erx + erfMid(x)
		}
		return -erx - erfMid(x)
	case ix >= 0x40180000:
		if hx >= 0 {
			return 1 - 1e-300
		}
		return 1e-300 - 1
	}
	r := erfTail(math.Abs(x), ix >= 0x4006DB6E)
	if hx >= 0 {
		return 1 - r
	}
	return r - 1
}

// Erfc is glibc's erfc.
func Erfc(x float64) float64 {
	hx := int32(math.Float64bits(x) >> 32)
	ix := hx & 0x7fffffff
	switch {
	case ix >= 0x7ff00000: // nan, or 0 and 2 at ±inf
		return float64(uint32(hx)>>31<<1) + 1/x
	case ix < 0x3feb0000:
		if ix < 0x3c700000 {
			return 1 - x
		}
		y := erfSmall(x)
		if hx < 0x3fd00000 {
			return 1 - (x + mul(x, y))
		}
		r := mul(x, y)
		r += x - 0.5
		return 0.5 - r
	case ix < 0x3ff40000:
		if hx >= 0 {
			return (1 - erx) - erfMid(x)
		}
		return 1 + (erx + erfMid(x))
	case ix < 0x403c0000:
		if hx < 0 && ix >= 0x40180000 {
			return 2 - 1e-300
		}
		r := erfTail(math.Abs(x), ix >= 0x4006DB6D)
		if hx > 0 {
			return r
		}
		return 2 - r
	case hx > 0:
		return 0
	}
	return 2 - 1e-300
}
