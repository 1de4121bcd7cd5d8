package math

// Abs is |x|: the sign bit cleared (so Abs(-0) is 0 and Abs(NaN) a NaN).
func Abs(x float64) float64 {
	return Float64frombits(Float64bits(x) &^ signMask)
}

// Signbit reports whether x's sign bit is set (true for -0 and negative NaNs).
func Signbit(x float64) bool {
	return Float64bits(x)&signMask != 0
}

// Copysign is a value with the magnitude of f and the sign of sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signMask | Float64bits(sign)&signMask)
}
