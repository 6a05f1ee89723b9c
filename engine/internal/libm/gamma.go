package libm

import "math"

// Gamma and Lgamma are CPython's own (Modules/mathmodule.c: m_tgamma and
// m_lgamma, the Lanczos approximation with Boost's N=13, g=6.0247), which
// call the C library's exp, pow and log (glibc's here) and sin and cos
// (Go's: their last digit can differ for negative arguments). CPython is
// built without FMA: every product is rounded (float64(a*b)).

// Errno is the error a C math function reports.
type Errno int

const (
	OK     Errno = iota
	Domain       // EDOM: Python raises ValueError("math domain error")
	Range        // ERANGE: OverflowError("math range error") when the result is large
)

const (
	lanczosG          = 6.024680040776729583740234375
	lanczosGMinusHalf = 5.524680040776729583740234375
	logPi             = 1.144729885849400174143427351353058711647
)

var (
	lanczosNum = [13]float64{23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
		35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
		6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
		248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
		2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
		8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
		2.5066282746310002701649081771338373386264310793408}
	lanczosDen = [13]float64{0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
		13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0}
)

// lanczosSum is the rational function L_g(x), x > 0 (in 1/x past 5, which
// cannot overflow).
func lanczosSum(x float64) float64 {
	num, den := 0.0, 0.0
	if x < 5 {
		for i := len(lanczosNum) - 1; i >= 0; i-- {
			num = float64(num*x) + lanczosNum[i]
			den = float64(den*x) + lanczosDen[i]
		}
	} else {
		for i := range lanczosNum {
			num = num/x + lanczosNum[i]
			den = den/x + lanczosDen[i]
		}
	}
	return num / den
}

// sinPi is sin(pi*x) for finite x, exact at the integers and halves.
func sinPi(x float64) float64 {
	y := math.Mod(math.Abs(x), 2)
	var r float64
	switch int(math.Round(2 * y)) {
	case 0:
		r = math.Sin(math.Pi * y)
	case 1:
		r = math.Cos(math.Pi * (y - 0.5))
	case 2:
		r = math.Sin(math.Pi * (1 - y)) // not -sin(pi*(y-1)): -0.0 at y == 1
	case 3:
		r = -math.Cos(math.Pi * (y - 1.5))
	default:
		r = math.Sin(math.Pi * (y - 2))
	}
	return math.Copysign(1, x) * r
}

// Gamma is CPython's math.gamma before its error check.
func Gamma(x float64) (float64, Errno) {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x, OK
	case math.IsInf(x, -1):
		return math.NaN(), Domain
	case x == 0:
		return math.Copysign(math.Inf(1), x), Domain
	case x == math.Floor(x):
		if x < 0 {
			return math.NaN(), Domain
		}
		if x <= 23 {
			f := 1.0
			for i := 2.0; i < x; i++ {
				f *= i // exact up to 22!
			}
			return f, OK
		}
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		r := 1 / x
		if math.IsInf(r, 0) {
			return r, Range
		}
		return r, OK
	}
	if absx > 200 {
		if x < 0 {
			return 0 / sinPi(x), OK
		}
		return math.Inf(1), Range
	}
	y := absx + lanczosGMinusHalf
	var z float64
	if absx > lanczosGMinusHalf { // the rounding error in y
		z = (y - absx) - lanczosGMinusHalf
	} else {
		z = (y - lanczosGMinusHalf) - absx
	}
	z = float64(z*lanczosG) / y
	var r float64
	if x < 0 {
		r = -math.Pi / sinPi(absx) / absx * Exp(y) / lanczosSum(absx)
		r -= float64(z * r)
		if absx < 140 {
			r /= Pow(y, absx-0.5)
		} else {
			sq := Pow(y, absx/2-0.25)
			r /= sq
			r /= sq
		}
	} else {
		r = lanczosSum(absx) / Exp(y)
		r += float64(z * r)
		if absx < 140 {
			r *= Pow(y, absx-0.5)
		} else {
			sq := Pow(y, absx/2-0.25)
			r *= sq
			r *= sq
		}
	}
	if math.IsInf(r, 0) {
		return r, Range
	}
	return r, OK
}

// Lgamma is CPython's math.lgamma before its error check.
func Lgamma(x float64) (float64, Errno) {
	switch {
	case math.IsNaN(x):
		return x, OK
	case math.IsInf(x, 0):
		return math.Inf(1), OK
	case x == math.Floor(x) && x <= 2:
		if x <= 0 {
			return math.Inf(1), Domain
		}
		return 0, OK
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		return -Log(absx), OK
	}
	r := Log(lanczosSum(absx)) - lanczosG
	r += float64((absx - 0.5) * (Log(absx+lanczosG-0.5) - 1))
	if x < 0 { // the reflection formula
		r = logPi - Log(math.Abs(sinPi(absx))) - Log(absx) - r
	}
	if math.IsInf(r, 0) {
		return r, Range
	}
	return r, OK
}
