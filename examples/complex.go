// complex.go: complex64 and complex128, as gc compiles them.
//
// A complex128 is two float64s side by side (real part first), a complex64 two float32s.
// Constants are exact until they get a type; +, -, * and == are inline float arithmetic;
// division calls runtime.complex128div, which handles infinities and zeros as C99 does.
// Stored in an interface, a complex number is boxed like any other 8- or 16-byte value.
package main

// Untyped complex constants are exact: 1e200i * 1e200i is computed without overflow and only
// rounded when it gets a type.
const I = 1i
const Huge = 1e200i * 1e200i / 1e300

// A defined complex type keeps the arithmetic of its underlying type.
type Phasor complex128

var sink any

//go:noinline
func mul(a, b complex128) complex128 { return a * b }

//go:noinline
func div(a, b complex128) complex128 { return a / b }

//go:noinline
func div64(a, b complex64) complex64 { return a / b } // through complex128 and back

//go:noinline
func conj(c complex128) complex128 { return complex(real(c), -imag(c)) }

func main() {
	// complex(re, im) of two floats, real and imag to take them apart.
	z := complex(3.0, 4.0)
	println(z, real(z), imag(z))
	println(z*conj(z), I*I, Huge)

	// Multiplication is (ac-bd) + (ad+bc)i; division scales by the larger divisor part.
	println(mul(1+2i, 3-4i), div(1+2i, 3-4i), div64(1+2i, 2))

	// Division by zero does not panic: it gives infinities (or NaN for 0/0).
	var zero complex128
	println(div(1+1i, zero), div(zero, zero))

	// Equality compares both parts; NaN is never equal to itself.
	nan := div(zero, zero)
	println(z == 3+4i, z != conj(z), nan == nan)

	// complex64 rounds each part to float32; conversions round (or widen) both parts.
	var c64 complex64 = 0.1 + 0.2i
	println(c64, complex128(c64), complex64(complex128(c64)) == c64)

	// Assignment operators and ++ work as for floats (++ adds 1 to the real part).
	p := Phasor(2i)
	p *= p
	p++
	println(p, real(p))

	// In interfaces: a computed complex value is boxed (runtime.convTnoptr allocates 16
	// bytes); a constant is not: the data word points to read-only data (main..stmp_N). So
	// is z, a variable never assigned again: gc uses its constant value.
	sink = conj(z)
	sink = z
	sink = Phasor(1i)
	println(sink.(Phasor) == 1i)
	var e any = c64
	if c, ok := e.(complex64); ok {
		println("complex64", c)
	}
}
