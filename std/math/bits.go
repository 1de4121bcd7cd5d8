package math

// The float64 encoding: 1 sign bit, 11 exponent bits biased by 1023, 52 fraction bits.
const (
	uvnan    = 0x7FF8000000000001
	uvinf    = 0x7FF0000000000000
	uvneginf = 0xFFF0000000000000
	uvone    = 0x3FF0000000000000
	mask     = 0x7FF
	shift    = 64 - 11 - 1
	bias     = 1023
	signMask = 1 << 63
	fracMask = 1<<shift - 1
)

// Inf is +Inf when sign >= 0 and -Inf otherwise.
func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(uvinf)
	}
	return Float64frombits(uvneginf)
}

// NaN is gc's quiet NaN.
func NaN() float64 { return Float64frombits(uvnan) }

// IsNaN reports whether f is a NaN: the only value unequal to itself.
func IsNaN(f float64) (is bool) {
	return f != f
}

// IsInf reports whether f is +Inf (sign > 0), -Inf (sign < 0) or either (sign == 0).
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// normalize scales a subnormal x up by 2**52, returning the new value and the exponent
// adjustment; other values are returned as they are.
func normalize(x float64) (y float64, exp int) {
	const SmallestNormal = 2.2250738585072014e-308 // 2**-1022
	if Abs(x) < SmallestNormal {
		return x * (1 << 52), -52
	}
	return x, 0
}
