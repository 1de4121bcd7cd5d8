package rand

import "math"

// The ziggurat method (Marsaglia & Tsang, "The Ziggurat Method for Generating Random
// Variables", 2000): the density is covered by equal-area strips (ziggurat.go); a random
// strip i and a random integer j give x = j*w[i], accepted at once when j is under k[i]
// (x lies inside the density), else tested against the density itself; strip 0 also holds
// the tail beyond r, sampled separately.

// The right ends of the base strips.
const (
	expR  = 7.69711747013104972
	normR = 3.442619855899
)

// ExpFloat64 returns an exponentially distributed float64 in (0, +MaxFloat64] with rate 1
// (mean 1); divide by a rate to get another.
func (r *Rand) ExpFloat64() float64 {
	for {
		u := r.Uint64()
		j := uint32(u)
		i := uint8(u >> 32)
		x := float64(j) * float64(we[i])
		if j < ke[i] {
			return x
		}
		if i == 0 {
			return expR - math.Log(r.Float64())
		}
		if fe[i]+float32(r.Float64())*(fe[i-1]-fe[i]) < float32(math.Exp(-x)) {
			return x
		}
	}
}

// NormFloat64 returns a standard normally distributed float64 (mean 0, standard deviation
// 1) in [-MaxFloat64, +MaxFloat64]; scale and shift it for another normal distribution.
func (r *Rand) NormFloat64() float64 {
	for {
		u := r.Uint64()
		j := int32(u) // signed: the sign is the sample's
		i := u >> 32 & 0x7f
		x := float64(j) * float64(wn[i])
		if abs32(j) < kn[i] {
			return x
		}
		if i == 0 {
			// The tail past normR, by Marsaglia's method for it.
			for {
				x = -math.Log(r.Float64()) * (1.0 / normR)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return normR + x
			}
			return -normR - x
		}
		if fn[i]+float32(r.Float64())*(fn[i-1]-fn[i]) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

// abs32 is |i| as a uint32 (so |MinInt32| fits).
func abs32(i int32) uint32 {
	if i < 0 {
		return uint32(-i)
	}
	return uint32(i)
}
