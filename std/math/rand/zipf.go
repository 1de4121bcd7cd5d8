package rand

import "math"

// A Zipf draws Zipf-distributed integers, by Hörmann and Derflinger's rejection-inversion
// ("Rejection-Inversion to Generate Variates from Monotone Discrete Distributions", 1996).
type Zipf struct {
	r     *Rand
	imax  float64
	v     float64
	q     float64 // the exponent s
	s     float64 // the squeeze: x within s of its rounding is accepted at once
	oneMQ float64 // 1 - q
	invMQ float64 // 1 / (1 - q)
	hxm   float64 // h(imax + 1/2)
	hSpan float64 // h(1/2) - v^-q - h(imax + 1/2)
}

// h is the integral of the hat function, (v+x)^(1-q) / (1-q).
func (z *Zipf) h(x float64) float64 {
	return math.Exp(z.oneMQ*math.Log(z.v+x)) * z.invMQ
}

// hinv is h's inverse.
func (z *Zipf) hinv(x float64) float64 {
	return math.Exp(z.invMQ*math.Log(z.oneMQ*x)) - z.v
}

// NewZipf returns a generator of k in [0, imax] with P(k) proportional to (v+k)^-s, drawing
// from r; nil unless s > 1 and v >= 1.
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	z := new(Zipf)
	if s <= 1.0 || v < 1 {
		return nil
	}
	z.r = r
	z.imax = float64(imax)
	z.v = v
	z.q = s
	z.oneMQ = 1.0 - z.q
	z.invMQ = 1.0 / z.oneMQ
	z.hxm = z.h(z.imax + 0.5)
	z.hSpan = z.h(0.5) - math.Exp(math.Log(z.v)*(-z.q)) - z.hxm
	z.s = 1 - z.hinv(z.h(1.5)-math.Exp(-z.q*math.Log(z.v+1.0)))
	return z
}

// Uint64 returns the next value; it panics on a nil Zipf.
func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	k := 0.0
	for {
		u := z.r.Float64()
		ur := z.hxm + u*z.hSpan
		x := z.hinv(ur)
		k = math.Floor(x + 0.5)
		if k-x <= z.s {
			break
		}
		if ur >= z.h(k+0.5)-math.Exp(-math.Log(k+z.v)*z.q) {
			break
		}
	}
	return uint64(k)
}
