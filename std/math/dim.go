package math

// Dim is the positive difference max(x-y, 0): Dim(+Inf, +Inf) and Dim(-Inf, -Inf) are NaN,
// as is Dim of a NaN.
func Dim(x, y float64) float64 {
	if d := x - y; !(d <= 0) {
		return d
	}
	return 0
}

// Max is the larger of x and y: +Inf if either is +Inf, else NaN if either is NaN; +0 is
// larger than -0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && y == 0:
		if Signbit(x) {
			return y
		}
		return x
	case x > y:
		return x
	}
	return y
}

// Min is the smaller of x and y: -Inf if either is -Inf, else NaN if either is NaN; -0 is
// smaller than +0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && y == 0:
		if Signbit(x) {
			return x
		}
		return y
	case x < y:
		return x
	}
	return y
}

// Mod is the remainder of x/y truncated toward zero, exactly: its sign is x's and its
// magnitude below |y|. Mod(±Inf, y), Mod(x, 0) and Mod of a NaN are NaN; Mod(x, ±Inf) is x.
func Mod(x, y float64) float64 {
	if y == 0 || IsInf(x, 0) || IsNaN(x) || IsNaN(y) {
		return NaN()
	}
	y = Abs(y)
	yfr, yexp := Frexp(y)
	r := x // not Abs: -0 stays -0
	if x < 0 {
		r = -x
	}
	// Take away the largest y × 2**k not above r until r < y: every subtraction is exact.
	for r >= y {
		rfr, rexp := Frexp(r)
		if rfr < yfr {
			rexp--
		}
		r -= Ldexp(y, rexp-yexp)
	}
	if x < 0 {
		r = -r
	}
	return r
}

// Remainder is IEEE 754's remainder x - n*y with n the integer nearest x/y (the even one at a
// tie). Remainder(±Inf, y), Remainder(x, 0) and Remainder of a NaN are NaN;
// Remainder(x, ±Inf) is x.
func Remainder(x, y float64) float64 {
	const (
		tiny    = 0x1p-1021 // below it, y/2 is not exact
		halfMax = MaxFloat64 / 2
	)
	switch {
	case IsNaN(x) || IsNaN(y) || IsInf(x, 0) || y == 0:
		return NaN()
	case IsInf(y, 0):
		return x
	}
	neg := x < 0
	if neg {
		x = -x // -0 stays -0
	}
	y = Abs(y)
	if x == y {
		if neg {
			return Copysign(0, -1)
		}
		return 0
	}
	if y <= halfMax {
		x = Mod(x, y+y) // x < 2y now
	}
	// Bring x into [-y/2, y/2]: take y away once or twice.
	if y < tiny {
		if x+x > y {
			x -= y
			if x+x >= y {
				x -= y
			}
		}
	} else {
		half := 0.5 * y
		if x > half {
			x -= y
			if x >= half {
				x -= y
			}
		}
	}
	if neg {
		x = -x
	}
	return x
}
