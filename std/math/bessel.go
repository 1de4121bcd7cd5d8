package math

// The Bessel functions follow fdlibm's e_j0.c, e_j1.c and e_jn.c: rational approximations
// below 2, and above it the asymptotic form sqrt(2/(πx))·(P(x)·cos(x-φ) - Q(x)·sin(x-φ)), with
// cos and sin of x-φ from Sincos(x) (avoiding cancellation through cos 2x) and P, Q rational
// approximations on four intervals.

// J0 is the Bessel function of the first kind of order zero: J0(±Inf) = 0, J0(0) = 1,
// J0(NaN) = NaN.
func J0(x float64) float64 {
	const (
		twoM27 = 0x1p-27
		twoM13 = 0x1p-13
		two129 = 0x1p129
	)
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0):
		return 0
	case x == 0:
		return 1
	}
	x = Abs(x)
	if x >= 2 {
		s, c := Sincos(x)
		ss := s - c
		cc := s + c
		if x < MaxFloat64/2 { // x+x does not overflow
			z := -Cos(x + x)
			if s*c < 0 {
				cc = z / ss
			} else {
				ss = z / cc
			}
		}
		if x > two129 { // P = 1, Q = 0 to double precision
			return (1 / SqrtPi) * cc / Sqrt(x)
		}
		u := pzero(x)
		v := qzero(x)
		return (1 / SqrtPi) * (u*cc - v*ss) / Sqrt(x)
	}
	if x < twoM13 {
		if x < twoM27 {
			return 1
		}
		return 1 - 0.25*x*x
	}
	z := x * x
	r := z * poly(z, j0R[:])
	s := poly(z, j0S[:])
	if x < 1 {
		return 1 + z*(-0.25+(r/s))
	}
	u := 0.5 * x
	return (1+u)*(1-u) + z*(r/s)
}

// Y0 is the Bessel function of the second kind of order zero: Y0(+Inf) = 0, Y0(0) = -Inf,
// Y0(x < 0) = NaN, Y0(NaN) = NaN.
func Y0(x float64) float64 {
	const (
		twoM27 = 0x1p-27
		two129 = 0x1p129
	)
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	}
	if x >= 2 {
		s, c := Sincos(x)
		ss := s - c
		cc := s + c
		if x < MaxFloat64/2 {
			z := -Cos(x + x)
			if s*c < 0 {
				cc = z / ss
			} else {
				ss = z / cc
			}
		}
		if x > two129 {
			return (1 / SqrtPi) * ss / Sqrt(x)
		}
		u := pzero(x)
		v := qzero(x)
		return (1 / SqrtPi) * (u*ss + v*cc) / Sqrt(x)
	}
	if x <= twoM27 {
		return y0U[0] + (2/Pi)*Log(x)
	}
	z := x * x
	u := poly(z, y0U[:])
	v := poly(z, y0V[:])
	return u/v + (2/Pi)*J0(x)*Log(x)
}

// besselTables picks the pair of rational-approximation tables for x >= 2.
func besselTables(x float64, r8, s8, r5, s5, r3, s3, r2, s2 []float64) ([]float64, []float64) {
	switch {
	case x >= 8:
		return r8, s8
	case x >= 4.5454:
		return r5, s5
	case x >= 2.8571:
		return r3, s3
	}
	return r2, s2
}

// pzero and qzero are the P and Q/x of J0's and Y0's asymptotic form.
func pzero(x float64) float64 {
	p, q := besselTables(x, p0R8[:], p0S8[:], p0R5[:], p0S5[:], p0R3[:], p0S3[:], p0R2[:], p0S2[:])
	z := 1 / (x * x)
	return 1 + poly(z, p)/poly(z, q)
}

func qzero(x float64) float64 {
	p, q := besselTables(x, q0R8[:], q0S8[:], q0R5[:], q0S5[:], q0R3[:], q0S3[:], q0R2[:], q0S2[:])
	z := 1 / (x * x)
	return (-0.125 + poly(z, p)/poly(z, q)) / x
}

// J1 is the Bessel function of the first kind of order one: J1(±Inf) = 0, J1(NaN) = NaN.
func J1(x float64) float64 {
	const (
		twoM27 = 0x1p-27
		two129 = 0x1p129
	)
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0) || x == 0:
		return 0
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var z float64
	if x >= 2 {
		s, c := Sincos(x)
		ss := -s - c
		cc := s - c
		if x < MaxFloat64/2 {
			z := Cos(x + x)
			if s*c > 0 {
				cc = z / ss
			} else {
				ss = z / cc
			}
		}
		if x > two129 {
			z = (1 / SqrtPi) * cc / Sqrt(x)
		} else {
			u := pone(x)
			v := qone(x)
			z = (1 / SqrtPi) * (u*cc - v*ss) / Sqrt(x)
		}
	} else {
		if x < twoM27 {
			return 0.5 * x
		}
		z = x * x
		r := z * poly(z, j1R[:])
		s := poly(z, j1S[:])
		r *= x
		z = 0.5*x + r/s
	}
	if neg {
		return -z
	}
	return z
}

// Y1 is the Bessel function of the second kind of order one: Y1(+Inf) = 0, Y1(0) = -Inf,
// Y1(x < 0) = NaN, Y1(NaN) = NaN.
func Y1(x float64) float64 {
	const (
		twoM54 = 0x1p-54
		two129 = 0x1p129
	)
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	}
	if x >= 2 {
		s, c := Sincos(x)
		ss := -s - c
		cc := s - c
		if x < MaxFloat64/2 {
			z := Cos(x + x)
			if s*c > 0 {
				cc = z / ss
			} else {
				ss = z / cc
			}
		}
		if x > two129 {
			return (1 / SqrtPi) * ss / Sqrt(x)
		}
		u := pone(x)
		v := qone(x)
		// gc's arm64 code fuses u*ss here, and rounds v*cc first.
		// TODO(bug /tmp/bugs/fma-commutative-choice.go)
		return (1 / SqrtPi) * (u*ss + float64(v*cc)) / Sqrt(x)
	}
	if x <= twoM54 {
		return -(2 / Pi) / x
	}
	z := x * x
	u := poly(z, y1U[:])
	v := poly(z, y1V[:])
	// gc fuses x*(u/v). TODO(bug /tmp/bugs/fma-commutative-choice.go)
	return x*(u/v) + float64((2/Pi)*(J1(x)*Log(x)-1/x))
}

func pone(x float64) float64 {
	p, q := besselTables(x, p1R8[:], p1S8[:], p1R5[:], p1S5[:], p1R3[:], p1S3[:], p1R2[:], p1S2[:])
	z := 1 / (x * x)
	return 1 + poly(z, p)/poly(z, q)
}

func qone(x float64) float64 {
	p, q := besselTables(x, q1R8[:], q1S8[:], q1R5[:], q1S5[:], q1R3[:], q1S3[:], q1R2[:], q1S2[:])
	z := 1 / (x * x)
	return (0.375 + poly(z, p)/poly(z, q)) / x
}

// Jn is the Bessel function of the first kind of order n: Jn(n, ±Inf) = 0, Jn(n, NaN) = NaN.
// Forward recurrence from J0 and J1 when n <= x, else a backward recurrence started from a
// continued fraction (Miller's algorithm) normalised by J0.
func Jn(n int, x float64) float64 {
	const (
		twoM29 = 0x1p-29
		two302 = 0x1p302
	)
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0):
		return 0
	}
	if n == 0 {
		return J0(x)
	}
	if x == 0 {
		return 0
	}
	if n < 0 {
		n, x = -n, -x
	}
	if n == 1 {
		return J1(x)
	}
	neg := false
	if x < 0 {
		x = -x
		neg = n&1 == 1 // J_n is odd for odd n
	}
	var b float64
	if float64(n) <= x {
		if x >= two302 {
			// cos(x - (2n+1)π/4) by the quadrant of n.
			s, c := Sincos(x)
			var t float64
			switch n & 3 {
			case 0:
				t = c + s
			case 1:
				t = -c + s
			case 2:
				t = -c - s
			case 3:
				t = c - s
			}
			b = (1 / SqrtPi) * t / Sqrt(x)
		} else {
			b = J1(x)
			for i, a := 1, J0(x); i < n; i++ {
				a, b = b, b*(float64(i+i)/x)-a
			}
		}
	} else if x < twoM29 {
		// (x/2)**n / n!, or an underflow.
		if n > 33 {
			b = 0
		} else {
			t := x * 0.5
			b = t
			a := 1.0
			for i := 2; i <= n; i++ {
				a *= float64(i)
				b *= t
			}
			b /= a
		}
	} else {
		// How far to start the recurrence: until the continued fraction's denominators
		// pass 1e9.
		w := float64(n+n) / x
		h := 2 / x
		q0 := w
		z := w + h
		q1 := w*z - 1
		k := 1
		for q1 < 1e9 {
			k++
			z += h
			q0, q1 = q1, z*q1-q0
		}
		m := n + n
		t := 0.0
		for i := 2 * (n + k); i >= m; i -= 2 {
			t = 1 / (float64(i)/x - t)
		}
		a := t
		b = 1
		// Rescale on the way down when J_n is so small that the recurrence would overflow.
		tmp := float64(n)
		v := 2 / x
		tmp = tmp * Log(Abs(v*tmp))
		if tmp < expOverflow {
			for i := n - 1; i > 0; i-- {
				di := float64(i + i)
				a, b = b, b*di/x-a
			}
		} else {
			for i := n - 1; i > 0; i-- {
				di := float64(i + i)
				a, b = b, b*di/x-a
				if b > 1e100 {
					a /= b
					t /= b
					b = 1
				}
			}
		}
		b = t * J0(x) / b
	}
	if neg {
		return -b
	}
	return b
}

// Yn is the Bessel function of the second kind of order n: Yn(n, +Inf) = 0, Yn(n ≥ 0, 0) =
// -Inf, Yn(n < 0, 0) = +Inf for odd n (-Inf for even n), Yn(n, x < 0) = NaN, Yn(n, NaN) = NaN.
// Forward recurrence from Y0 and Y1 (stable for Y).
func Yn(n int, x float64) float64 {
	const two302 = 0x1p302
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	}
	if n == 0 {
		return Y0(x)
	}
	if x == 0 {
		if n < 0 && n&1 == 1 {
			return Inf(1)
		}
		return Inf(-1)
	}
	neg := false
	if n < 0 {
		n = -n
		neg = n&1 == 1
	}
	if n == 1 {
		if neg {
			return -Y1(x)
		}
		return Y1(x)
	}
	var b float64
	if x >= two302 {
		s, c := Sincos(x)
		var t float64
		switch n & 3 {
		case 0:
			t = s - c
		case 1:
			t = -s - c
		case 2:
			t = -s + c
		case 3:
			t = s + c
		}
		b = (1 / SqrtPi) * t / Sqrt(x)
	} else {
		a := Y0(x)
		b = Y1(x)
		for i := 1; i < n && !IsInf(b, -1); i++ {
			a, b = b, (float64(i+i)/x)*b-a
		}
	}
	if neg {
		return -b
	}
	return b
}
