// Complex numbers: operators, builtins and conversions the type checker rejects, in gc's words.
package main

func main() {
	var c complex128 = 1i
	_ = float64(1 + 0i)
	_ = float64(1 + 1i)
	var c64 complex64 = 1e100
	_ = c64
	_ = imag(c) > 1
	const k = complex(1, 2)
	var b byte = real(k)
	_ = b
	_ = -c
	_ = ^c
	c++
}
