package math

// gc's math differs between amd64 and arm64 where gc computes a function with assembly (Exp,
// Exp2, Log) and wherever gc fuses a multiplication with an addition (arm64 only). The few
// functions whose assembly differs ask onARM64 (arch_amd64.go, arch_arm64.go).

// poly is c[0] + x*(c[1] + x*(c[2] + ... + x*c[n])): Horner's scheme from the highest
// coefficient, one multiply-add a step (fused on arm64, as gc fuses the nested expression).
func poly(x float64, c []float64) float64 {
	p := c[len(c)-1]
	for i := len(c) - 2; i >= 0; i-- {
		p = c[i] + x*p
	}
	return p
}

// polyDown is the same with the highest coefficient first, as Cephes lists them:
// ((c[0]*x + c[1])*x + c[2])*x + ... + c[n].
func polyDown(x float64, c []float64) float64 {
	return polyDownFrom(c[0], x, c[1:])
}

// polyDownFrom goes on from p, the value of the leading terms: ((p*x + c[0])*x + ...) + c[n].
// Cephes' monic polynomials start with x + c, which their callers compute themselves: there x
// is a product (x*x) that gc fuses into the addition, and gocrane fuses only products it sees.
func polyDownFrom(p, x float64, c []float64) float64 {
	for _, ci := range c {
		p = p*x + ci
	}
	return p
}
