package math

// Erf and Erfc are fdlibm's s_erf.c: by interval of |x|, a rational approximation of erf
// (near 0), of erf(x) - erf(1) (near 1), and of log(x·erfc(x)) + x² + 0.5625 beyond, whose
// exp is taken in two parts with x split at 20 bits so that x² loses nothing.

// Erf is the error function: Erf(±Inf) = ±1, Erf(NaN) = NaN.
func Erf(x float64) float64 {
	const (
		veryTiny = 0x1p-1015 // x*efx would lose bits to underflow below it
		small    = 0x1p-28
	)
	switch {
	case IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 1
	case IsInf(x, -1):
		return -1
	}
	neg := x < 0
	if neg {
		x = -x
	}
	if x < 0.84375 {
		var y float64
		switch {
		case x < veryTiny:
			y = 0.125 * (8.0*x + efx8*x)
		case x < small:
			y = x + efx*x
		default:
			z := x * x
			y = x + x*(poly(z, erfPP[:])/poly(z, erfQQ[:]))
		}
		if neg {
			return -y
		}
		return y
	}
	if x < 1.25 {
		s := x - 1
		pq := poly(s, erfPA[:]) / poly(s, erfQA[:])
		if neg {
			return -erx - pq
		}
		return erx + pq
	}
	if x >= 6 {
		if neg {
			return -1
		}
		return 1
	}
	r := erfTail(x)
	if neg {
		return r/x - 1
	}
	return 1 - r/x
}

// erfTail is x·erfc(x) for 1.25 <= x < 28.
func erfTail(x float64) float64 {
	s := 1 / (x * x)
	var R, S float64
	if x < 1/0.35 {
		R = poly(s, erfRA[:])
		S = poly(s, erfSA[:])
	} else {
		R = poly(s, erfRB[:])
		S = poly(s, erfSB[:])
	}
	z := Float64frombits(Float64bits(x) & 0xffffffff00000000)
	return Exp(-z*z-0.5625) * Exp((z-x)*(z+x)+R/S)
}

// Erfc is the complementary error function 1 - Erf(x), accurate where that is small:
// Erfc(+Inf) = 0, Erfc(-Inf) = 2, Erfc(NaN) = NaN.
func Erfc(x float64) float64 {
	const tiny = 0x1p-56
	switch {
	case IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case IsInf(x, -1):
		return 2
	}
	neg := x < 0
	if neg {
		x = -x
	}
	if x < 0.84375 {
		var y float64
		if x < tiny {
			y = x
		} else {
			z := x * x
			q := poly(z, erfPP[:]) / poly(z, erfQQ[:])
			if x < 0.25 {
				y = x + x*q
			} else {
				y = 0.5 + (x*q + (x - 0.5))
			}
		}
		if neg {
			return 1 + y
		}
		return 1 - y
	}
	if x < 1.25 {
		s := x - 1
		pq := poly(s, erfPA[:]) / poly(s, erfQA[:])
		if neg {
			return 1 + erx + pq
		}
		return 1 - erx - pq
	}
	if x < 28 {
		if neg && x > 6 {
			return 2
		}
		r := erfTail(x)
		if neg {
			return 2 - r/x
		}
		return r / x
	}
	if neg {
		return 2
	}
	return 0
}

// Erfinv is the inverse of Erf: Erfinv(1) = +Inf, Erfinv(-1) = -Inf, Erfinv(x) = NaN for
// |x| > 1, Erfinv(NaN) = NaN. Wichura's AS 241 rational approximations.
func Erfinv(x float64) float64 {
	if IsNaN(x) || x <= -1 || x >= 1 {
		if x == -1 || x == 1 {
			return Inf(int(x))
		}
		return NaN()
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var y float64
	if x <= 0.85 {
		r := 0.180625 - 0.25*x*x
		y = (x * poly(r, erfinvA[:])) / poly(r, erfinvB[:])
	} else {
		r := Sqrt(Ln2 - Log(1.0-x))
		if r <= 5.0 {
			r -= 1.6
			y = poly(r, erfinvC[:]) / poly(r, erfinvD[:])
		} else {
			r -= 5.0
			y = poly(r, erfinvE[:]) / poly(r, erfinvF[:])
		}
	}
	if neg {
		return -y
	}
	return y
}

// Erfcinv is the inverse of Erfc: Erfcinv(0) = +Inf, Erfcinv(2) = -Inf, Erfcinv(x) = NaN
// outside [0, 2], Erfcinv(NaN) = NaN.
func Erfcinv(x float64) float64 {
	return Erfinv(1 - x)
}
