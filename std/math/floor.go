package math

// The rounding functions work on the encoding: a float64 of magnitude 2**52 or more (and
// every Inf and NaN) is an integer already, and one below 1 rounds to 0 or ±1; in between,
// the low 52-e fraction bits of a value with exponent e are its fractional part.

// Trunc is x rounded toward zero (Trunc(±0) = ±0, Trunc(±Inf) = ±Inf, Trunc(NaN) = NaN).
func Trunc(x float64) float64 {
	b := Float64bits(x)
	e := int(b>>shift&mask) - bias
	switch {
	case e >= shift:
		return x
	case e < 0:
		return Float64frombits(b & signMask)
	}
	return Float64frombits(b &^ (fracMask >> uint(e)))
}

// Floor is the greatest integer value <= x.
func Floor(x float64) float64 {
	t := Trunc(x)
	if x < 0 && t != x {
		return t - 1 // exact: |t| < 2**52
	}
	return t
}

// Ceil is the least integer value >= x.
func Ceil(x float64) float64 {
	t := Trunc(x)
	if x > 0 && t != x {
		return t + 1
	}
	return t
}

// Round is x rounded to the nearest integer, halves away from zero.
func Round(x float64) float64 {
	b := Float64bits(x)
	e := int(b>>shift&mask) - bias
	switch {
	case e >= shift:
		return x
	case e < -1: // |x| < 0.5
		return Float64frombits(b & signMask)
	case e == -1: // 0.5 <= |x| < 1
		return Float64frombits(b&signMask | uvone)
	}
	// Adding half a unit of the integer part's last place carries into it exactly when the
	// fraction is at least one half; then the fraction bits go.
	b += 1 << (shift - 1) >> uint(e)
	return Float64frombits(b &^ (fracMask >> uint(e)))
}

// RoundToEven is x rounded to the nearest integer, halves to the even one.
func RoundToEven(x float64) float64 {
	b := Float64bits(x)
	e := int(b>>shift&mask) - bias
	switch {
	case e >= shift:
		return x
	case e < -1 || e == -1 && b&fracMask == 0: // |x| <= 0.5
		return Float64frombits(b & signMask)
	case e == -1: // 0.5 < |x| < 1
		return Float64frombits(b&signMask | uvone)
	}
	// As Round, but an exact half carries only into an odd integer part: add one less than
	// half, plus the integer part's lowest bit.
	odd := b >> uint(shift-e) & 1
	b += (1<<(shift-1) - 1 + odd) >> uint(e)
	return Float64frombits(b &^ (fracMask >> uint(e)))
}

// Modf splits f into its integer part and its fractional part, both with f's sign.
func Modf(f float64) (integer float64, fractional float64) {
	integer = Trunc(f)
	fractional = Copysign(f-integer, f)
	return
}
