package math

// Exp is e**x: Exp(+Inf) = +Inf, Exp(NaN) = NaN, and very large or very small x give +Inf or 0.
//
// gc computes Exp with assembly on both targets, and the two differ: amd64's reduces x by
// k*ln2 (k rounded to nearest) and by 1/16, sums a Taylor series and squares back four times
// (with fused multiply-adds on processors that have them, as gc checks at start-up); arm64's is
// fdlibm's method with its own choice of fused steps. Both are reproduced step for step.
func Exp(x float64) float64 {
	if onARM64 {
		return expARM64(x)
	}
	return expAMD64(x)
}

func expAMD64(x float64) float64 {
	const (
		ln2U = 0x1.62e42fefa3p-1 // ln2 chopped to 40 bits
		ln2L = Ln2 - ln2U
	)
	b := Float64bits(x)
	if b&^signMask >= uvinf { // ±Inf or NaN
		if b == uvneginf {
			return 0
		}
		return x
	}
	if x > expOverflow {
		return Inf(1)
	}
	k := roundInt32(Log2E * x)
	kf := float64(k)
	// gc's assembly fuses its multiply-adds on processors with AVX and FMA (useFMA) and
	// rounds each product on the others.
	madd := func(a, b, c float64) float64 {
		if useFMA {
			return FMA(a, b, c)
		}
		return float64(a*b) + c
	}
	r := madd(-kf, ln2U, x)
	r = madd(-kf, ln2L, r)
	r *= 1.0 / 16
	// e**r - 1 = r + r²/2! + ... + r⁸/8!, then (e**r - 1)(e**r + 1) = e**2r - 1 four times.
	p := 1.0 / 40320
	for n := 7; n >= 2; n-- {
		p = madd(p, r, 1/factorial(n))
	}
	p = madd(p, r, 1)
	y := r * p
	for i := 0; i < 3; i++ {
		y *= y + 2
	}
	y = madd(y+2, y, 1)
	// Scale by 2**k, through a normal intermediate when the result is subnormal.
	k += bias
	if k <= 0 {
		if k < -52 {
			return 0
		}
		y *= Float64frombits(uint64(k+bias-1) << shift)
		k = 1
	} else if k >= mask {
		return Inf(1)
	}
	return y * Float64frombits(uint64(k)<<shift)
}

// factorial is n! for the small n of the series above (exact in a float64).
func factorial(n int) float64 {
	f := 1.0
	for i := 2; i <= n; i++ {
		f *= float64(i)
	}
	return f
}

// roundInt32 is CVTSD2SL's conversion: to the nearest int32, ties to even, and -2**31 out of
// range.
func roundInt32(t float64) int32 {
	r := RoundToEven(t)
	if r >= -1<<31 && r < 1<<31 {
		return int32(r)
	}
	return -1 << 31
}

func expARM64(x float64) float64 {
	const nearZero = 0x1p-28
	switch {
	case x != x:
		return x
	case x > expOverflow:
		return Inf(1)
	case x < expUnderflow:
		return 0
	case Abs(x) < nearZero:
		return 1 + x
	}
	// k = x/ln2 rounded half away from zero, the multiply-add fused.
	var kf float64
	if x < 0 {
		kf = FMA(invLn2, x, -0.5)
	} else {
		kf = FMA(invLn2, x, 0.5)
	}
	k := int64(kf)
	kf = float64(k)
	hi := FMA(-kf, ln2Hi, x)
	lo := float64(kf * ln2Lo) // rounded on its own: the assembly does not fuse it into hi-lo
	return expTail(hi, lo, k)
}

// expTail is e**(hi-lo) × 2**k as arm64's assembly finishes Exp and Exp2: fdlibm's rational
// approximation with its fused steps, and its own scaling of the result's exponent field.
func expTail(hi, lo float64, k int64) float64 {
	r := hi - lo
	t := float64(r * r)
	c := expR[4]
	for i := 3; i >= 0; i-- {
		c = FMA(t, c, expR[i])
	}
	c = FMA(-t, c, r)
	y := 1 - ((lo - r*c/(2-c)) - hi)
	// Add k to y's exponent field; below 1 it moves 52 up and a final multiplication by
	// 2**-52 brings it back (wrapping into garbage far below, as the assembly does, where the
	// range checks have already returned 0).
	b := Float64bits(y)
	e := int64(b>>shift) + k
	m := 1.0
	if e < 1 {
		e += shift
		m = 0x1p-52
	}
	return Float64frombits(b&fracMask|uint64(e)<<shift) * m
}

// Exp2 is 2**x, with Exp's special cases. amd64 gc runs the portable method, arm64 gc
// assembly close to it.
func Exp2(x float64) float64 {
	const (
		overflow  = 0x1.fffffffffffffp+9 // just below 1024
		underflow = -1074
	)
	switch {
	case x != x:
		return x
	case x > overflow:
		return Inf(1)
	case x < underflow:
		return 0
	}
	if onARM64 {
		kf := x + 0.5
		if x < 0 {
			kf = x - 0.5
		}
		k := int64(kf)
		t := x - float64(k)
		hi := float64(t * ln2Hi)
		lo := -float64(t * ln2Lo)
		return expTail(hi, lo, k)
	}
	var k int
	switch {
	case x > 0:
		k = int(x + 0.5)
	case x < 0:
		k = int(x - 0.5)
	}
	t := x - float64(k)
	hi := t * ln2Hi
	lo := -t * ln2Lo
	return expmulti(hi, lo, k)
}

// expmulti is e**(hi-lo) × 2**k by fdlibm's method: e**r = 1 + 2r/(R(r) - r), written
// 1 - ((lo - r*c/(2-c)) - hi) with c = r - r²·P(r²) for accuracy.
func expmulti(hi, lo float64, k int) float64 {
	r := hi - lo
	t := r * r
	c := r - t*poly(t, expR[:])
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return Ldexp(y, k)
}

// Expm1 is e**x - 1, accurate also for x near 0: Expm1(+Inf) = +Inf, Expm1(-Inf) = -1,
// Expm1(NaN) = NaN; large x overflow to +Inf. fdlibm's s_expm1.c: x = k*ln2 + r, and a
// rational approximation of e**r - 1 corrected for the rounding of r.
func Expm1(x float64) float64 {
	const (
		ln2X56    = 56 * Ln2
		ln2HalfX3 = 1.5 * Ln2
		ln2Half   = 0.5 * Ln2
		tiny      = 0x1p-54
	)
	switch {
	case IsInf(x, 1) || IsNaN(x):
		return x
	case IsInf(x, -1):
		return -1
	}
	absx := Abs(x)
	neg := x < 0
	if absx >= ln2X56 {
		if neg {
			return -1 // e**x below half an ulp of 1
		}
		if absx >= expOverflow {
			return Inf(1)
		}
	}
	var c float64
	var k int
	if absx > ln2Half {
		var hi, lo float64
		if absx < ln2HalfX3 { // k = ±1
			if !neg {
				hi = x - ln2Hi
				lo = ln2Lo
				k = 1
			} else {
				hi = x + ln2Hi
				lo = -ln2Lo
				k = -1
			}
		} else {
			if !neg {
				k = int(invLn2*x + 0.5)
			} else {
				k = int(invLn2*x - 0.5)
			}
			t := float64(k)
			hi = x - t*ln2Hi // exact: ln2Hi has trailing zeros
			lo = t * ln2Lo
		}
		x = hi - lo
		c = (hi - x) - lo // what the subtraction lost
	} else if absx < tiny {
		return x
	} else {
		k = 0
	}
	hfx := 0.5 * x
	hxs := x * hfx
	r1 := 1 + hxs*poly(hxs, expm1Q[:])
	t := 3 - r1*hfx
	q := (r1 - t) / (6.0 - x*t)
	e := hxs * q
	// arm64 fuses hxs = x*hfx and e = hxs*q into the subtractions below: the products are
	// written out where they are used, as gocrane fuses only a product of the same block.
	// TODO(bug /tmp/bugs/fma-across-blocks.go)
	if k == 0 {
		return x - (x*e - x*hfx)
	}
	e = x*(hxs*q-c) - c
	e -= x * hfx
	switch {
	case k == -1:
		return 0.5*(x-e) - 0.5
	case k == 1:
		if x < -0.25 {
			return -2 * (e - (x + 0.5))
		}
		return 1 + 2*(x-e)
	case k <= -2 || k > 56:
		// e**x - 1 ≈ e**x: scale 1 + (x - e) by adding k to its exponent field.
		y := 1 - (e - x)
		y = Float64frombits(Float64bits(y) + uint64(k)<<shift)
		return y - 1
	}
	if k < 20 {
		t := Float64frombits(uvone - 1<<(shift+1)>>uint(k)) // 1 - 2**-k
		y := t - (e - x)
		return Float64frombits(Float64bits(y) + uint64(k)<<shift)
	}
	t = Float64frombits(uint64(bias-k) << shift) // 2**-k
	y := x - (e + t)
	y++
	return Float64frombits(Float64bits(y) + uint64(k)<<shift)
}
