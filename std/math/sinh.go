package math

// Sinh is the hyperbolic sine: Sinh(±0) = ±0, Sinh(±Inf) = ±Inf, Sinh(NaN) = NaN. Below ½ a
// rational approximation (Hart & Cheney #2029), above from Exp.
func Sinh(x float64) float64 {
	neg := x < 0
	if neg {
		x = -x
	}
	var y float64
	switch {
	case x > 21:
		y = Exp(x) * 0.5 // e**-x is below an ulp
	case x > 0.5:
		ex := Exp(x)
		y = (ex - 1/ex) * 0.5
	default:
		sq := x * x
		y = poly(sq, sinhP[:]) * x
		y = y / (((sq+sinhQ[2])*sq+sinhQ[1])*sq + sinhQ[0])
	}
	if neg {
		y = -y
	}
	return y
}

// Cosh is the hyperbolic cosine: Cosh(±0) = 1, Cosh(±Inf) = +Inf, Cosh(NaN) = NaN.
func Cosh(x float64) float64 {
	x = Abs(x)
	if x > 21 {
		return Exp(x) * 0.5
	}
	ex := Exp(x)
	return (ex + 1/ex) * 0.5
}

// Tanh is the hyperbolic tangent: Tanh(±0) = ±0, Tanh(±Inf) = ±1, Tanh(NaN) = NaN. Cephes'
// tanh.c: a rational approximation below 0.625, 1 - 2/(e**2|x| + 1) above.
func Tanh(x float64) float64 {
	const maxLog = 127 * Ln2 // log(2**127), Cephes' limit
	z := Abs(x)
	switch {
	case z > 0.5*maxLog:
		if x < 0 {
			return -1
		}
		return 1
	case z >= 0.625:
		s := Exp(2 * z)
		z = 1 - 2/(s+1)
		if x < 0 {
			z = -z
		}
	default:
		if x == 0 {
			return x
		}
		s := x * x
		z = x + x*s*polyDown(s, tanhP[:])/polyDownFrom(s+tanhQ[1], s, tanhQ[2:])
	}
	return z
}

// Asinh is the inverse hyperbolic sine: Asinh(±0) = ±0, Asinh(±Inf) = ±Inf,
// Asinh(NaN) = NaN. fdlibm's s_asinh.c.
func Asinh(x float64) float64 {
	const (
		nearZero = 0x1p-28
		large    = 0x1p28
	)
	if IsNaN(x) || IsInf(x, 0) {
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var y float64
	switch {
	case x > large:
		y = Log(x) + Ln2
	case x > 2:
		y = Log(2*x + 1/(Sqrt(x*x+1)+x))
	case x < nearZero:
		y = x
	default:
		y = Log1p(x + x*x/(1+Sqrt(1+x*x)))
	}
	if neg {
		y = -y
	}
	return y
}

// Acosh is the inverse hyperbolic cosine: Acosh(+Inf) = +Inf, Acosh(x) = NaN for x < 1,
// Acosh(NaN) = NaN. fdlibm's e_acosh.c.
func Acosh(x float64) float64 {
	const large = 0x1p28
	switch {
	case x < 1 || IsNaN(x):
		return NaN()
	case x == 1:
		return 0
	case x >= large:
		return Log(x) + Ln2
	case x > 2:
		return Log(2*x - 1/(x+Sqrt(x*x-1)))
	}
	t := x - 1
	return Log1p(t + Sqrt(2*t+t*t))
}

// Atanh is the inverse hyperbolic tangent: Atanh(1) = +Inf, Atanh(±0) = ±0,
// Atanh(-1) = -Inf, Atanh(x) = NaN for |x| > 1, Atanh(NaN) = NaN. fdlibm's e_atanh.c.
func Atanh(x float64) float64 {
	const nearZero = 0x1p-28
	switch {
	case x < -1 || x > 1 || IsNaN(x):
		return NaN()
	case x == 1:
		return Inf(1)
	case x == -1:
		return Inf(-1)
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var y float64
	switch {
	case x < nearZero:
		y = x
	case x < 0.5:
		y = x + x
		y = 0.5 * Log1p(y+y*x/(1-x))
	default:
		y = 0.5 * Log1p((x+x)/(1-x))
	}
	if neg {
		y = -y
	}
	return y
}
