package math

// Atan and friends follow Cephes' atan.c: a rational approximation on [0, 0.66], and beyond it
// the identities atan x = π/4 + atan((x-1)/(x+1)) and atan x = π/2 - atan(1/x), with the
// low part of π/2 (piO2Lo) added back.

// xatan is atan x for x in [0, 0.66].
func xatan(x float64) float64 {
	z := x * x
	z = z * polyDown(z, atanP[:]) / polyDownFrom(z+atanQ[1], z, atanQ[2:])
	return x*z + x
}

// satan is atan x for x >= 0.
func satan(x float64) float64 {
	if x <= 0.66 {
		return xatan(x)
	}
	if x > tan3Pi8 {
		return Pi/2 - xatan(1/x) + piO2Lo
	}
	return Pi/4 + xatan((x-1)/(x+1)) + 0.5*piO2Lo
}

// Atan is the arctangent of x in radians: Atan(±0) = ±0, Atan(±Inf) = ±π/2.
func Atan(x float64) float64 {
	if x == 0 {
		return x
	}
	if x > 0 {
		return satan(x)
	}
	return -satan(-x)
}

// Atan2 is the arctangent of y/x, placed in the quadrant of the point (x, y); the special
// cases are IEEE 754's (and gc's):
//
//	Atan2(y, NaN) = NaN, Atan2(NaN, x) = NaN
//	Atan2(+0, x>=0) = +0, Atan2(-0, x>=0) = -0
//	Atan2(+0, x<=-0) = +π, Atan2(-0, x<=-0) = -π
//	Atan2(y>0, 0) = +π/2, Atan2(y<0, 0) = -π/2
//	Atan2(+Inf, +Inf) = +π/4, Atan2(-Inf, +Inf) = -π/4
//	Atan2(+Inf, -Inf) = 3π/4, Atan2(-Inf, -Inf) = -3π/4
//	Atan2(y, +Inf) = 0 (with y's sign), Atan2(y>0, -Inf) = +π, Atan2(y<0, -Inf) = -π
//	Atan2(+Inf, x) = +π/2, Atan2(-Inf, x) = -π/2
func Atan2(y, x float64) float64 {
	switch {
	case IsNaN(y) || IsNaN(x):
		return NaN()
	case y == 0:
		if x >= 0 && !Signbit(x) {
			return Copysign(0, y)
		}
		return Copysign(Pi, y)
	case x == 0:
		return Copysign(Pi/2, y)
	case IsInf(x, 0):
		switch {
		case IsInf(x, 1) && IsInf(y, 0):
			return Copysign(Pi/4, y)
		case IsInf(x, 1):
			return Copysign(0, y)
		case IsInf(y, 0):
			return Copysign(3*Pi/4, y)
		}
		return Copysign(Pi, y)
	case IsInf(y, 0):
		return Copysign(Pi/2, y)
	}
	q := Atan(y / x)
	if x < 0 {
		if q <= 0 {
			return q + Pi
		}
		return q - Pi
	}
	return q
}

// Asin is the arcsine of x: Asin(±0) = ±0, Asin(x) = NaN for |x| > 1.
func Asin(x float64) float64 {
	if x == 0 {
		return x
	}
	neg := x < 0
	x = Abs(x)
	if x > 1 {
		return NaN()
	}
	t := Sqrt(1 - x*x)
	if x > 0.7 {
		t = Pi/2 - satan(t/x)
	} else {
		t = satan(x / t)
	}
	if neg {
		t = -t
	}
	return t
}

// Acos is the arccosine of x: Acos(x) = NaN for |x| > 1.
func Acos(x float64) float64 {
	return Pi/2 - Asin(x)
}
