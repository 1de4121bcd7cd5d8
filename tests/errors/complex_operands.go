// Complex numbers: operators, builtins and conversions the type checker rejects, in gc's words.
package main

func main() {
	var c complex128 = 1i
	var f32 float32
	var i int = 1i
	_ = 1i % 2
	_ = c % c
	_ = c < c
	_ = complex(1, f32) + complex(f32, 2.5)
	_ = complex(i, i)
	_ = complex(f32, 2.0)
	_ = complex(f32, c)
	_ = real(3)
	_ = real(i)
	_ = int(c)
	_ = complex128(i)
	_ = 1i << 2
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
