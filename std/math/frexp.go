package math

// Frexp breaks f into a fraction in [½, 1) and a power of two: f == frac × 2**exp. Frexp(±0),
// Frexp(±Inf) and Frexp(NaN) return f and 0.
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || IsInf(f, 0) || IsNaN(f) {
		return f, 0
	}
	f, exp = normalize(f)
	b := Float64bits(f)
	exp += int(b>>shift&mask) - (bias - 1)
	// The same fraction bits under the exponent of ½.
	return Float64frombits(b&^(mask<<shift) | (bias-1)<<shift), exp
}

// Ldexp is frac × 2**exp, rounded once when the result is subnormal; ±0, ±Inf and NaN
// return frac.
func Ldexp(frac float64, exp int) float64 {
	if frac == 0 || IsInf(frac, 0) || IsNaN(frac) {
		return frac
	}
	frac, e := normalize(frac)
	exp += e
	b := Float64bits(frac)
	exp += int(b>>shift&mask) - bias // the result's exponent (wrapping like gc's for huge exp)
	if exp < -1075 {
		return Copysign(0, frac)
	}
	if exp > 1023 {
		return Copysign(Inf(1), frac)
	}
	scale := 1.0
	if exp < -1022 {
		// Build the value 2**53 times larger, a normal number, and let one multiplication
		// round it into the subnormals.
		exp += 53
		scale = 0x1p-53
	}
	return scale * Float64frombits(b&^(mask<<shift)|uint64(exp+bias)<<shift)
}

// Logb is the binary exponent of x as a float64: Logb(±Inf) = +Inf, Logb(0) = -Inf,
// Logb(NaN) = NaN.
func Logb(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case IsInf(x, 0):
		return Inf(1)
	case IsNaN(x):
		return x
	}
	return float64(ilogb(x))
}

// Ilogb is the binary exponent of x: Ilogb(±Inf) and Ilogb(NaN) are MaxInt32, Ilogb(0) is
// MinInt32.
func Ilogb(x float64) int {
	switch {
	case x == 0:
		return MinInt32
	case IsNaN(x) || IsInf(x, 0):
		return MaxInt32
	}
	return ilogb(x)
}

func ilogb(x float64) int {
	x, e := normalize(x)
	return int(Float64bits(x)>>shift&mask) - bias + e
}

// Nextafter is the float64 after x toward y (x if x == y, NaN if either is).
func Nextafter(x, y float64) (r float64) {
	switch {
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == y:
		return x
	case x == 0:
		return Copysign(Float64frombits(1), y)
	case (y > x) == (x > 0): // away from zero: one more unit of the magnitude
		return Float64frombits(Float64bits(x) + 1)
	}
	return Float64frombits(Float64bits(x) - 1)
}

// Nextafter32 is the float32 after x toward y.
func Nextafter32(x, y float32) (r float32) {
	switch {
	case IsNaN(float64(x)) || IsNaN(float64(y)):
		return float32(NaN())
	case x == y:
		return x
	case x == 0:
		return float32(Copysign(float64(Float32frombits(1)), float64(y)))
	case (y > x) == (x > 0):
		return Float32frombits(Float32bits(x) + 1)
	}
	return Float32frombits(Float32bits(x) - 1)
}
