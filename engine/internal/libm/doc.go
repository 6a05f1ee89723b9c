// Package libm computes the elementary functions as the C library CPython
// 3.11 links does on x86-64 (glibc 2.28 and later, built with FMA), to the
// last bit: Go's math package rounds the last digit differently in about
// one call in ten, and Python prints that digit.
//
// The algorithms are glibc's (the table-driven exp, log and pow by Szabolcs
// Nagy, which also live in ARM's optimized-routines, and Sun's fdlibm for
// the rest); where glibc's FMA build fuses a multiply and an add, math.FMA
// fuses them here too, and where it does not, float64(a*b) keeps Go from
// fusing (it may on arm64), so results are the same on every GOARCH. Tables that follow from a formula are
// computed once with math/big instead of being stored.
package libm

import (
	"math"
	"sync"
)

func top12(x float64) uint32 { return uint32(math.Float64bits(x) >> 52) }

// fma is a*b+c rounded once, as the FMA build of glibc computes it.
func fma(a, b, c float64) float64 { return math.FMA(a, b, c) }

// tables are computed on first use (a few milliseconds), not at start.
var tables sync.Once

func tablesInit() {
	expInit()
	powInit()
}
