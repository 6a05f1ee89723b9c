package libm

import "math"

// The hyperbolic functions are glibc's (fdlibm's), over its exp, expm1,
// log and log1p.

// Sinh is glibc's sinh.
func Sinh(x float64) float64 {
	ix := uint32(math.Float64bits(x)>>32) & 0x7fffffff
	if ix >= 0x7ff00000 {
		return x + x
	}
	h := math.Copysign(0.5, x)
	ax := math.Abs(x)
	switch {
	case ix < 0x40360000: // |x| < 22
		if ix < 0x3e300000 {
			return x
		}
		t := Expm1(ax)
		if ix < 0x3ff00000 {
			return h * (2*t - float64(t*t)/(t+1))
		}
		return h * (t + t/(t+1))
	case ix < 0x40862e42:
		return h * Exp(ax)
	case math.Float64bits(ax) <= 0x408633ce8fb9f87d: // exp(|x|/2)^2 still finite
		w := Exp(0.5 * ax)
		return h * w * w
	}
	return x * 1e307 // overflow
}

// Cosh is glibc's cosh.
func Cosh(x float64) float64 {
	ix := uint32(math.Float64bits(x)>>32) & 0x7fffffff
	ax := math.Abs(x)
	switch {
	case ix < 0x3c800000:
		return 1
	case ix < 0x3fd62e43:
		t := Expm1(ax)
		w := 1 + t
		return 1 + float64(t*t)/(w+w)
	case ix < 0x40360000:
		t := Exp(ax)
		return 0.5*t + 0.5/t
	case ix < 0x40862e42:
		return 0.5 * Exp(ax)
	case math.Float64bits(ax) <= 0x408633ce8fb9f87d:
		w := Exp(0.5 * ax)
		return 0.5 * w * w
	}
	if ix >= 0x7ff00000 {
		return x * x // inf or nan
	}
	return math.Inf(1)
}

// Tanh is glibc's tanh.
func Tanh(x float64) float64 {
	ix := uint32(math.Float64bits(x)>>32) & 0x7fffffff
	var z float64
	switch {
	case math.IsNaN(x):
		return x
	case ix >= 0x40360000: // |x| >= 22, or inf
		z = 1
	case x == 0:
		return x
	case ix < 0x3c800000:
		return x * (1 + x)
	case ix >= 0x3ff00000:
		z = 1 - 2/(Expm1(2*math.Abs(x))+2)
	default:
		t := Expm1(-2 * math.Abs(x))
		z = -t / (t + 2)
	}
	return math.Copysign(z, x)
}

// Asinh is glibc's asinh.
func Asinh(x float64) float64 {
	const ln2 = 6.93147180559945286227e-01
	ix := uint32(math.Float64bits(x)>>32) & 0x7fffffff
	xa := math.Abs(x)
	var w float64
	switch {
	case ix < 0x3e300000: // |x| < 2**-28
		return x
	case ix > 0x41b00000:
		if ix >= 0x7ff00000 {
			return x + x
		}
		w = Log(xa) + ln2
	case ix > 0x40000000:
		w = Log(2*xa + 1/(math.Sqrt(float64(xa*xa)+1)+xa))
	default:
		t := float64(xa * xa)
		w = Log1p(xa + t/(1+math.Sqrt(1+t)))
	}
	return math.Copysign(w, x)
}

// Atanh is glibc's atanh.
func Atanh(x float64) float64 {
	xa := math.Abs(x)
	var t float64
	switch {
	case xa < 0.5:
		if xa < 0x1p-28 {
			return x
		}
		t = xa + xa
		t = 0.5 * Log1p(t+float64(t*xa)/(1-xa))
	case xa < 1:
		t = 0.5 * Log1p((xa+xa)/(1-xa))
	case xa > 1 || math.IsNaN(x):
		return math.NaN()
	default:
		return x / 0
	}
	return math.Copysign(t, x)
}
