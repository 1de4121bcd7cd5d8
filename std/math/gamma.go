package math

// Gamma is the Gamma function: Gamma(+Inf) = +Inf, Gamma(+0) = +Inf, Gamma(-0) = -Inf,
// Gamma(x) = NaN for integer x < 0, Gamma(-Inf) = NaN, Gamma(NaN) = NaN. Cephes' gamma.c:
// the recurrence down (or up) to [2, 3) and a rational approximation there, Stirling's
// series above 33, reflection below -33.
func Gamma(x float64) float64 {
	switch {
	case isNegInt(x) || IsInf(x, -1) || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return Inf(1)
	case x == 0:
		if Signbit(x) {
			return Inf(-1)
		}
		return Inf(1)
	}
	q := Abs(x)
	p := Floor(q)
	if q > 33 {
		if x >= 0 {
			y1, y2 := stirling(x)
			return y1 * y2
		}
		// Γ(x) = -π / (|x| sin(π|x|) Γ(|x|)), the sine's argument folded into [0, ½].
		sign := 1
		if ip := int64(p); ip&1 == 0 {
			sign = -1
		}
		z := q - p
		if z > 0.5 {
			p = p + 1
			z = q - p
		}
		z = q * Sin(Pi*z)
		if z == 0 {
			return Inf(sign)
		}
		sq1, sq2 := stirling(q)
		absz := Abs(z)
		d := absz * sq1 * sq2
		if IsInf(d, 0) {
			z = Pi / absz / sq1 / sq2
		} else {
			z = Pi / d
		}
		return float64(sign) * z
	}
	// Shift x into [2, 3), collecting the factors in z; near a pole the series 1/(x(1+γx))
	// takes over.
	z := 1.0
	for x >= 3 {
		x = x - 1
		z = z * x
	}
	for x < 0 {
		if x > -1e-09 {
			return gammaNearPole(z, x)
		}
		z = z / x
		x = x + 1
	}
	for x < 2 {
		if x < 1e-09 {
			return gammaNearPole(z, x)
		}
		z = z / x
		x = x + 1
	}
	if x == 2 {
		return z
	}
	x = x - 2
	p = polyDown(x, gamP[:])
	q = polyDown(x, gamQ[:])
	return z * p / q
}

func gammaNearPole(z, x float64) float64 {
	const euler = 0.57721566490153286060651209008240243104215933593992 // γ
	if x == 0 {
		return Inf(1)
	}
	return z / ((1 + euler*x) * x)
}

// stirling is Γ(x) for 33 < x <= 200 as the product of its two results (either of which may
// overflow alone where the product would not).
func stirling(x float64) (float64, float64) {
	if x > 200 {
		return Inf(1), 1
	}
	w := 1 / x
	w = 1 + w*polyDown(w, gamStir[:])
	y1 := Exp(x)
	y2 := 1.0
	if x > maxStirling { // x**(x-½) alone would overflow
		v := Pow(x, 0.5*x-0.25)
		y1, y2 = v, v/y1
	} else {
		y1 = Pow(x, x-0.5) / y1
	}
	return y1, sqrt2Pi * w * y2
}

// isNegInt reports whether x is a negative integer (a pole of Γ).
func isNegInt(x float64) bool {
	if x < 0 {
		_, xf := Modf(x)
		return xf == 0
	}
	return false
}

// Lgamma is the natural logarithm of |Γ(x)| and Γ(x)'s sign (-1 or +1): Lgamma(+Inf) = +Inf,
// Lgamma(0) = +Inf, Lgamma(-integer) = +Inf, Lgamma(-Inf) = -Inf, Lgamma(NaN) = NaN.
// fdlibm's e_lgamma_r.c.
func Lgamma(x float64) (lgamma float64, sign int) {
	const (
		two52 = 1 << 52
		two58 = 1 << 58
		tiny  = 0x1p-70
	)
	sign = 1
	switch {
	case IsNaN(x) || IsInf(x, 0):
		return x, sign
	case x == 0:
		return Inf(1), sign
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	if x < tiny {
		if neg {
			sign = -1
		}
		return -Log(x), sign
	}
	var nadj float64
	if neg {
		if x >= two52 { // an even integer
			return Inf(1), sign
		}
		t := sinPi(x)
		if t == 0 {
			return Inf(1), sign
		}
		// lgamma(-x) = log(π / |x sin(πx)|) - lgamma(x)
		nadj = Log(Pi / Abs(t*x))
		if t < 0 {
			sign = -1
		}
	}
	switch {
	case x == 1 || x == 2:
		return 0, sign
	case x < 2:
		// Around the minimum of Γ at tc, near 1 and near 2 (lgamma(x) = lgamma(x+1) - log x
		// below 0.9).
		var y float64
		var i int
		if x <= 0.9 {
			lgamma = -Log(x)
			switch {
			case x >= lgamTc-1+0.27:
				y = 1 - x
				i = 0
			case x >= lgamTc-1-0.27:
				y = x - (lgamTc - 1)
				i = 1
			default:
				y = x
				i = 2
			}
		} else {
			lgamma = 0
			switch {
			case x >= lgamTc+0.27:
				y = 2 - x
				i = 0
			case x >= lgamTc-0.27:
				y = x - lgamTc
				i = 1
			default:
				y = x - 1
				i = 2
			}
		}
		switch i {
		case 0:
			z := y * y
			p1 := polyEvery(z, lgamA[:], 0, 2)
			p2 := z * polyEvery(z, lgamA[:], 1, 2)
			p := y*p1 + p2
			lgamma += (p - 0.5*y)
		case 1:
			z := y * y
			w := z * y
			p1 := polyEvery(w, lgamT[:], 0, 3)
			p2 := polyEvery(w, lgamT[:], 1, 3)
			p3 := polyEvery(w, lgamT[:], 2, 3)
			p := z*p1 - (lgamTt - w*(p2+y*p3))
			lgamma += (lgamTf + p)
		case 2:
			p1 := y * poly(y, lgamU[:])
			p2 := poly(y, lgamV[:])
			lgamma += (-0.5*y + p1/p2)
		}
	case x < 8:
		i := int(x)
		y := x - float64(i)
		p := y * poly(y, lgamS[:])
		q := poly(y, lgamR[:])
		lgamma = 0.5*y + p/q
		// lgamma(y+i) = lgamma(y+2) + log((y+2)(y+3)...(y+i-1))
		z := 1.0
		for k := i; k >= 3; k-- {
			z *= (y + float64(k-1))
		}
		if i >= 3 {
			lgamma += Log(z)
		}
	case x < two58:
		t := Log(x)
		z := 1 / x
		y := z * z
		w := lgamW[0] + z*poly(y, lgamW[1:])
		lgamma = (x-0.5)*(t-1) + w
	default:
		lgamma = x * (Log(x) - 1)
	}
	if neg {
		lgamma = nadj - lgamma
	}
	return
}

// polyEvery is poly over every step-th coefficient of c from first on.
func polyEvery(x float64, c []float64, first, step int) float64 {
	last := first
	for last+step < len(c) {
		last += step
	}
	p := c[last]
	for i := last - step; i >= first; i -= step {
		p = c[i] + x*p
	}
	return p
}

// sinPi is sin(πx) for x > 0, its argument reduced exactly first.
func sinPi(x float64) float64 {
	const (
		two52 = 1 << 52
		two53 = 1 << 53
	)
	if x < 0.25 {
		return -Sin(Pi * x)
	}
	z := Floor(x)
	var n int
	if z != x {
		x = Mod(x, 2)
		n = int(x * 4)
	} else {
		if x >= two53 { // even
			x = 0
			n = 0
		} else {
			if x < two52 {
				z = x + two52 // its last bit is x's parity
			}
			n = int(1 & Float64bits(z))
			x = float64(n)
			n <<= 2
		}
	}
	switch n {
	case 0:
		x = Sin(Pi * x)
	case 1, 2:
		x = Cos(Pi * (0.5 - x))
	case 3, 4:
		x = Sin(Pi * (1 - x))
	case 5, 6:
		x = -Cos(Pi * (x - 1.5))
	default:
		x = Sin(Pi * (x - 2))
	}
	return -x
}
