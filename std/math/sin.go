package math

import "math/bits"

// Sin, Cos, Tan and Sincos reduce x to z in [-π/4, π/4] and an octant j (x ≈ j·π/4 + z):
// by Cody and Waite's three-part π/4 below 2**29 (j made even so that z is centred), by
// Payne and Hanek's exact multiplication with the bits of 4/π above. Then Cephes' polynomials
// (sin.c, tan.c) on z.

// reduceThreshold is where the three-part reduction loses accuracy.
const reduceThreshold = 1 << 29

// octant is j and z for x >= 0 (finite).
func octant(x float64) (j uint64, z float64) {
	if x >= reduceThreshold {
		return trigReduce(x)
	}
	j = uint64(x * (4 / Pi))
	y := float64(j)
	if j&1 == 1 {
		j++
		y++
	}
	j &= 7
	return j, ((x - y*pi4A) - y*pi4B) - y*pi4C
}

// sinPoly and cosPoly are sin z and cos z on [-π/4, π/4].
func sinPoly(z float64) float64 {
	zz := z * z
	return z + z*zz*polyDown(zz, sinCoef[:])
}

func cosPoly(z float64) float64 {
	zz := z * z
	return 1.0 - 0.5*zz + zz*zz*polyDown(zz, cosCoef[:])
}

// Sin is the sine of x radians: Sin(±0) = ±0, Sin(±Inf) = NaN, Sin(NaN) = NaN.
func Sin(x float64) float64 {
	switch {
	case x == 0 || IsNaN(x):
		return x
	case IsInf(x, 0):
		return NaN()
	}
	neg := x < 0
	x = Abs(x)
	j, z := octant(x)
	if j > 3 {
		neg = !neg
		j -= 4
	}
	var y float64
	if j == 1 || j == 2 {
		y = cosPoly(z)
	} else {
		y = sinPoly(z)
	}
	if neg {
		y = -y
	}
	return y
}

// Cos is the cosine of x radians: Cos(±Inf) = NaN, Cos(NaN) = NaN.
func Cos(x float64) float64 {
	if IsNaN(x) || IsInf(x, 0) {
		return NaN()
	}
	x = Abs(x)
	j, z := octant(x)
	neg := false
	if j > 3 {
		j -= 4
		neg = !neg
	}
	if j > 1 {
		neg = !neg
	}
	var y float64
	if j == 1 || j == 2 {
		y = sinPoly(z)
	} else {
		y = cosPoly(z)
	}
	if neg {
		y = -y
	}
	return y
}

// Sincos is Sin(x), Cos(x), computed together: Sincos(±0) = ±0, 1; Sincos(±Inf) and
// Sincos(NaN) = NaN, NaN.
func Sincos(x float64) (sin, cos float64) {
	switch {
	case x == 0:
		return x, 1
	case IsNaN(x) || IsInf(x, 0):
		return NaN(), NaN()
	}
	sinNeg, cosNeg := x < 0, false
	x = Abs(x)
	j, z := octant(x)
	if j > 3 {
		j -= 4
		sinNeg, cosNeg = !sinNeg, !cosNeg
	}
	if j > 1 {
		cosNeg = !cosNeg
	}
	cos, sin = cosPoly(z), sinPoly(z)
	if j == 1 || j == 2 {
		sin, cos = cos, sin
	}
	if cosNeg {
		cos = -cos
	}
	if sinNeg {
		sin = -sin
	}
	return
}

// Tan is the tangent of x radians: Tan(±0) = ±0, Tan(±Inf) = NaN, Tan(NaN) = NaN.
func Tan(x float64) float64 {
	switch {
	case x == 0 || IsNaN(x):
		return x
	case IsInf(x, 0):
		return NaN()
	}
	neg := x < 0
	x = Abs(x)
	var j uint64
	var z float64
	if x >= reduceThreshold {
		j, z = trigReduce(x)
	} else {
		// As octant, but j is not taken modulo 8: only its bit 1 matters.
		j = uint64(x * (4 / Pi))
		y := float64(j)
		if j&1 == 1 {
			j++
			y++
		}
		z = ((x - y*pi4A) - y*pi4B) - y*pi4C
	}
	zz := z * z
	y := z
	if zz > 1e-14 {
		y = z + z*(zz*polyDown(zz, tanP[:])/polyDownFrom(zz+tanQ[1], zz, tanQ[2:]))
	}
	if j&2 == 2 { // tan(z ± π/2) = -1/tan z
		y = -1 / y
	}
	if neg {
		y = -y
	}
	return y
}

// trigReduce is Payne and Hanek's reduction of x >= π/4: j and z with x = j·π/4 + z, j even
// and z in [-π/4, π/4], from the fractional part of x·4/π computed exactly with the bits of
// 4/π that matter for x's exponent.
func trigReduce(x float64) (j uint64, z float64) {
	const pi4 = Pi / 4
	if x < pi4 {
		return 0, x
	}
	b := Float64bits(x)
	e := int(b>>shift&mask) - bias - shift // x = m × 2**e
	m := b&fracMask | 1<<shift
	// The 192 bits of 4/π from bit e+61 below its binary point on: with m's 53 they give the
	// product's 3 integer bits (the octant) and 125 fraction bits.
	word, off := uint(e+61)/64, uint(e+61)%64
	w0 := fourOverPi[word]<<off | fourOverPi[word+1]>>(64-off)
	w1 := fourOverPi[word+1]<<off | fourOverPi[word+2]>>(64-off)
	w2 := fourOverPi[word+2]<<off | fourOverPi[word+3]>>(64-off)
	h2, _ := bits.Mul64(w2, m)
	h1, l1 := bits.Mul64(w1, m)
	l0 := w0 * m
	lo, carry := bits.Add64(l1, h2, 0)
	hi, _ := bits.Add64(l0, h1, carry)
	j = hi >> 61
	// The fraction, 125 bits, as a float64 in [0, 1).
	hi = hi<<3 | lo>>61
	n := uint(bits.LeadingZeros64(hi))
	hi = hi<<(n+1) | lo>>(64-(n+1))
	z = Float64frombits(hi>>(64-shift) | uint64(bias-(n+1))<<shift)
	if j&1 == 1 {
		j++
		j &= 7
		z--
	}
	return j, z * pi4
}
