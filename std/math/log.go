package math

// Log is the natural logarithm: Log(+Inf) = +Inf, Log(0) = -Inf, Log(x < 0) = NaN,
// Log(NaN) = NaN. fdlibm's e_log.c: x = 2**k × (1+f) with 1+f in [√2/2, √2), and
// log(1+f) = f - hfsq + s*(hfsq+R) where s = f/(2+f), hfsq = f²/2 and R a polynomial in s².
//
// amd64 gc runs assembly that splits x straight from its bits: it neither normalises a
// subnormal x first (its fraction then keeps the subnormal's bits) nor leaves a fraction equal
// to √2/2 alone. arm64 gc runs the Go code.
func Log(x float64) float64 {
	var f1 float64
	var ki int
	if onARM64 {
		switch {
		case IsNaN(x) || IsInf(x, 1):
			return x
		case x < 0:
			return NaN()
		case x == 0:
			return Inf(-1)
		}
		f1, ki = Frexp(x)
		if f1 < Sqrt2/2 {
			f1 *= 2
			ki--
		}
	} else {
		b := Float64bits(x)
		switch {
		case b&^signMask == 0:
			return Inf(-1)
		case int64(b) < 0:
			return NaN()
		case b >= uvinf:
			return x
		}
		f1 = Float64frombits(b&fracMask | (bias-1)<<shift)
		ki = int(b>>shift&mask) - (bias - 1)
		if !(f1 > Sqrt2/2) {
			f1 *= 2
			ki--
		}
	}
	return logReduced(f1-1, float64(ki))
}

// logReduced is log(1+f) + k*ln2 for 1+f in [√2/2, √2].
func logReduced(f, k float64) float64 {
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := s2 * polyEvery(s4, logLg[:], 0, 2)
	t2 := s4 * polyEvery(s4, logLg[:], 1, 2)
	// Where two products are added, gc's arm64 code fuses one of them by an order of its own
	// (its CSE's): here t1, and below s*(hfsq+R). The other is rounded first, which float64()
	// spells out for gocrane.
	// TODO(bug /tmp/bugs/fma-commutative-choice.go)
	R := t1 + float64(t2)
	hfsq := 0.5 * f * f
	return k*ln2Hi - ((hfsq - (s*(hfsq+R) + float64(k*ln2Lo))) - f)
}

// Log10 is the decimal logarithm, with Log's special cases.
func Log10(x float64) float64 {
	return Log(x) * (1 / Ln10)
}

// Log2 is the binary logarithm, with Log's special cases; exact for powers of two.
func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return Log(frac)*(1/Ln2) + float64(exp)
}

// Log1p is log(1+x), accurate also for x near 0: Log1p(+Inf) = +Inf, Log1p(±0) = ±0,
// Log1p(-1) = -Inf, Log1p(x < -1) = NaN, Log1p(NaN) = NaN. fdlibm's s_log1p.c: 1+x is split
// as Log does, with a correction c for the rounding of 1+x.
func Log1p(x float64) float64 {
	const (
		sqrt2M1     = Sqrt2 - 1
		sqrt2HalfM1 = Sqrt2/2 - 1
		small       = 0x1p-29
		tiny        = 0x1p-54
		two53       = 0x1p53
	)
	switch {
	case x < -1 || IsNaN(x):
		return NaN()
	case x == -1:
		return Inf(-1)
	case IsInf(x, 1):
		return Inf(1)
	}
	absx := Abs(x)
	var f float64
	var iu uint64
	k := 1
	if absx < sqrt2M1 {
		if absx < small {
			if absx < tiny {
				return x
			}
			return x - x*x*0.5
		}
		if x > sqrt2HalfM1 { // 1+x in (√2/2, √2): no reduction
			k = 0
			f = x
			iu = 1
		}
	}
	var c float64
	if k != 0 {
		var u float64
		if absx < two53 {
			u = 1.0 + x
			iu = Float64bits(u)
			k = int(iu>>shift) - bias
			// c is the rounding error of u = 1+x, relative to u.
			if k > 0 {
				c = 1.0 - (u - x)
			} else {
				c = x - (u - 1.0)
			}
			c /= u
		} else {
			u = x
			iu = Float64bits(u)
			k = int(iu>>shift) - bias
			c = 0
		}
		iu &= fracMask
		if iu < 0x6a09e667f3bcd { // the fraction bits of √2
			u = Float64frombits(iu | uvone)
		} else {
			k++
			u = Float64frombits(iu | (bias-1)<<shift) // u/2
			iu = (1<<shift - iu) >> 2
		}
		f = u - 1.0
	}
	hfsq := 0.5 * f * f
	var s, R, z float64
	if iu == 0 { // |f| < 2**-20
		if f == 0 {
			if k == 0 {
				return 0
			}
			c += float64(k) * ln2Lo
			return float64(k)*ln2Hi + c
		}
		// R = hfsq*(1 - 2/3 f), which arm64 fuses into the subtractions: written out where
		// it is used, as gocrane fuses only a product computed in the same block.
		// TODO(bug /tmp/bugs/fma-across-blocks.go)
		if k == 0 {
			return f - hfsq*(1.0-2.0/3*f)
		}
		return float64(k)*ln2Hi - ((hfsq*(1.0-2.0/3*f) - (float64(k)*ln2Lo + c)) - f)
	}
	s = f / (2.0 + f)
	z = s * s
	R = z * poly(z, logLg[:])
	// hfsq + R: gc fuses hfsq here (and again below), not R; hfsq is written out in the
	// blocks that fuse it. TODO(bug /tmp/bugs/fma-commutative-choice.go,
	// /tmp/bugs/fma-across-blocks.go)
	a := 0.5*f*f + float64(R)
	if k == 0 {
		return f - (hfsq - s*a)
	}
	return float64(k)*ln2Hi - ((0.5*f*f - (s*a + (float64(k)*ln2Lo + c))) - f)
}
