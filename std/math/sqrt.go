package math

import "math/bits"

// Sqrt is the square root of x, correctly rounded (what the hardware instruction gc uses
// computes): Sqrt(+Inf) = +Inf, Sqrt(±0) = ±0, Sqrt(x < 0) = NaN, Sqrt(NaN) = NaN.
func Sqrt(x float64) float64 {
	switch {
	case x == 0 || IsNaN(x) || IsInf(x, 1):
		return x
	case x < 0:
		return NaN()
	}
	b := Float64bits(x)
	e := int(b >> shift & mask)
	m := b & fracMask
	if e == 0 { // subnormal: make the leading bit the hidden bit's
		n := bits.LeadingZeros64(m) - (64 - shift - 1)
		m <<= uint(n)
		e = 1 - n
	} else {
		m |= 1 << shift
	}
	e -= bias // x = m × 2**(e-52), m in [2**52, 2**53)
	if e&1 != 0 {
		m <<= 1 // an even exponent halves exactly
		e--
	}
	// q = floor(sqrt(m × 2**52)), a 53-bit integer, found two bits of m × 2**52 at a time
	// (the low 52 are zeros); rem = m × 2**52 - q*q so far.
	var q, rem uint64
	for i := 52; i >= 0; i-- {
		var pair uint64
		if i >= 26 {
			pair = m >> uint(2*(i-26)) & 3
		}
		rem = rem<<2 | pair
		if t := q<<2 | 1; rem >= t { // (2q+1)² - (2q)² = 4q+1
			rem -= t
			q = q<<1 | 1
		} else {
			q <<= 1
		}
	}
	// The root lies above q + ½ when rem > q; it is never exactly there.
	if rem > q {
		q++
	}
	return Float64frombits(uint64(e/2+bias-1)<<shift + q)
}

// Cbrt is the cube root of x: Cbrt(±0) = ±0, Cbrt(±Inf) = ±Inf, Cbrt(NaN) = NaN. A guess
// good to 5 bits from the exponent, a rational step to 23 bits, and one Newton step, as
// fdlibm's s_cbrt.c computes it.
func Cbrt(x float64) float64 {
	const (
		b1 = 715094163 // (682 - 0.03306235651) × 2**20, truncated
		b2 = 696219795 // (664 - 0.03306235651) × 2**20, for subnormals scaled by 2**54
		c  = 19.0 / 35
		d  = -864.0 / 1225
		e  = 99.0 / 70
		f  = 45.0 / 28
		g  = 5.0 / 14

		smallestNormal = 0x1p-1022
	)
	if x == 0 || IsNaN(x) || IsInf(x, 0) {
		return x
	}
	neg := x < 0
	x = Abs(x)
	// A third of the exponent field, with a bias tuned for the mantissa's error.
	t := Float64frombits(Float64bits(x)/3 + b1<<32)
	if x < smallestNormal {
		t = float64(1 << 54)
		t *= x
		t = Float64frombits(Float64bits(t)/3 + b2<<32)
	}
	r := t * t / x
	s := c + r*t
	t *= g + f/(s+e+d/s)
	// Chop t to 23 significant bits and add a unit in the last one: a slight overestimate
	// whose square is exact.
	t = Float64frombits(Float64bits(t)&(0xFFFFFFFFC<<28) + 1<<30)
	s = t * t
	r = x / s
	w := t + t
	r = (r - t) / (w + r)
	t = t + t*r
	if neg {
		t = -t
	}
	return t
}

// Hypot is Sqrt(p*p + q*q) without undue overflow or underflow: Hypot(±Inf, q) = +Inf (even
// for a NaN q), else Hypot of a NaN is NaN.
func Hypot(p, q float64) float64 {
	p, q = Abs(p), Abs(q)
	switch {
	case IsInf(p, 1) || IsInf(q, 1):
		return Inf(1)
	case IsNaN(p) || IsNaN(q):
		return NaN()
	}
	if p < q {
		p, q = q, p
	}
	if p == 0 {
		return 0
	}
	q = q / p
	return p * Sqrt(1+q*q)
}
