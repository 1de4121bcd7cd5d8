// fused_multiply_add.go: the Go spec lets a compiler compute x*y + z with one rounding (a
// fused multiply-add) instead of two, and gc does so on arm64 (FMADDD, FMSUBD, FNMSUBD…),
// never on amd64 (GOAMD64=v1). The last bits of the results differ between the two, so this
// example prints different numbers on each: gocrane fuses exactly where gc does (see
// NAME.arm64.expected, gc's arm64 output). An explicit conversion, float64(x*y), rounds the
// product and stops the fusion. Complex multiplication and division (runtime.complex128div)
// are multiply-adds too.
package main

//go:noinline
func axpy(a, x, y float64) float64 { return a*x + y }

//go:noinline
func rounded(a, x, y float64) float64 { return float64(a*x) + y }

//go:noinline
func viaVariable(a, x, y float64) float64 {
	p := a * x // still fused: the product is a value, not a rounding point
	return y - p
}

//go:noinline
func mul(a, b complex128) complex128 { return a * b }

//go:noinline
func div(a, b complex128) complex128 { return a / b }

func main() {
	f, g, h := 0.1, 0.1, 0.1
	for i := 0; i < 6; i++ {
		f = axpy(f, 1.1, 0.3)
		g = rounded(g, 1.1, 0.3)
		h = viaVariable(h, 1.1, 0.3)
	}
	println(f, g, h)

	z := complex(0.1, 0.7)
	for i := 0; i < 5; i++ {
		z = mul(z, complex(0.3, 1.1)) + complex(0.01, 0.02)
	}
	println(z, div(complex(1.1, 2.3), complex(0.7, 0.9)))
}
