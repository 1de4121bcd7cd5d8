package math

// Pow is x**y, with IEEE 754's special cases (as gc lists them):
//
//	Pow(x, ±0) = 1 for any x
//	Pow(1, y) = 1 for any y
//	Pow(x, 1) = x for any x
//	Pow(NaN, y) = NaN
//	Pow(x, NaN) = NaN
//	Pow(±0, y) = ±Inf for y an odd integer < 0
//	Pow(±0, -Inf) = +Inf
//	Pow(±0, +Inf) = +0
//	Pow(±0, y) = +Inf for finite y < 0 and not an odd integer
//	Pow(±0, y) = ±0 for y an odd integer > 0
//	Pow(±0, y) = +0 for finite y > 0 and not an odd integer
//	Pow(-1, ±Inf) = 1
//	Pow(x, +Inf) = +Inf for |x| > 1
//	Pow(x, -Inf) = +0 for |x| > 1
//	Pow(x, +Inf) = +0 for |x| < 1
//	Pow(x, -Inf) = +Inf for |x| < 1
//	Pow(+Inf, y) = +Inf for y > 0
//	Pow(+Inf, y) = +0 for y < 0
//	Pow(-Inf, y) = Pow(-0, -y)
//	Pow(x, y) = NaN for finite x < 0 and finite non-integer y
//
// Otherwise y = yi + yf with |yf| <= ½: x**yf is Exp(yf*Log(x)), and x**yi comes from
// repeated squaring of x's fraction, its binary exponent kept apart as an integer.
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0:
		switch {
		case y < 0:
			if Signbit(x) && isOddInt(y) {
				return Inf(-1)
			}
			return Inf(1)
		case y > 0:
			if Signbit(x) && isOddInt(y) {
				return x
			}
			return 0
		}
	case IsInf(y, 0):
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == IsInf(y, 1):
			return 0
		}
		return Inf(1)
	case IsInf(x, 0):
		if IsInf(x, -1) {
			return Pow(1/x, -y)
		}
		switch {
		case y < 0:
			return 0
		case y > 0:
			return Inf(1)
		}
	case y == 0.5:
		return Sqrt(x)
	case y == -0.5:
		return 1 / Sqrt(x)
	}

	yi, yf := Modf(Abs(y))
	if yf != 0 && x < 0 {
		return NaN()
	}
	if yi >= 1<<63 {
		// An even integer this large: the result overflows or underflows (or is 1).
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == (y > 0):
			return 0
		}
		return Inf(1)
	}

	acc, accExp := 1.0, 0
	if yf != 0 {
		if yf > 0.5 {
			yf--
			yi++
		}
		acc = Exp(yf * Log(x))
	}
	// acc × 2**accExp *= x**yi, with x = frac × 2**exp squared bit by bit.
	frac, exp := Frexp(x)
	for i := int64(yi); i != 0; i >>= 1 {
		if exp < -1<<12 || 1<<12 < exp {
			// Past any float64's range: give up squaring and let Ldexp overflow or
			// underflow with the right sign.
			accExp += exp
			break
		}
		if i&1 == 1 {
			acc *= frac
			accExp += exp
		}
		frac *= frac
		exp <<= 1
		if frac < .5 {
			frac += frac
			exp--
		}
	}
	if y < 0 {
		acc = 1 / acc
		accExp = -accExp
	}
	return Ldexp(acc, accExp)
}

// isOddInt reports whether x is an odd integer.
func isOddInt(x float64) bool {
	if Abs(x) >= 1<<53 {
		return false // every float64 this large is even
	}
	xi, xf := Modf(x)
	return xf == 0 && int64(xi)&1 == 1
}

// Pow10 is 10**n: 0 below -323 and +Inf above 308. A product (or quotient) of two exact
// powers of ten, as gc computes it.
func Pow10(n int) float64 {
	if 0 <= n && n <= 308 {
		return pow10by32[uint(n)/32] * pow10small[uint(n)%32]
	}
	if -323 <= n && n < 0 {
		return pow10negBy32[uint(-n)/32] / pow10small[uint(-n)%32]
	}
	if n > 0 {
		return Inf(1)
	}
	return 0
}

// 10**i for i < 32, 10**(32i) and 10**(-32i): each the float64 nearest the power.
var pow10small = [32]float64{
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
	1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31,
}

var pow10by32 = [10]float64{1e0, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288}

var pow10negBy32 = [11]float64{1e0, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320}
