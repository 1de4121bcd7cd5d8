// floats.go: float32 rounds to 24 significant bits after every operation, float64 to 53.
// println prints the shortest decimal that reads back as the same value.
package main

func main() {
	var f32 float32 = 0.1
	var f64 float64 = 0.1
	println(f32, f64)
	println(float64(f32)) // the float32 value, seen with float64 precision

	// Adding 0.1 ten times: the rounding error is different in each precision.
	var s32 float32
	var s64 float64
	for i := 0; i < 10; i++ {
		s32 += f32
		s64 += f64
	}
	println(s32, s64, s64 == 1)

	// float32 has 24 bits of mantissa: beyond 2^24 not every integer is representable.
	var big float32 = 16777216
	println(big+1 == big, big+2)

	// Conversions to integers truncate toward zero.
	g := 2.9
	h := -2.9
	println(int(g), int(h), int64(float32(1e10)))

	// Division by zero is not an error for floats.
	zero := 0.0
	println(1/zero, -1/zero, zero/zero == zero/zero)

	// Formatting of different magnitudes.
	println(1e7, 1.5e-7, 123456789.0, 3.0, -0.25, float32(1)/3)

	// float32 arithmetic rounds each intermediate result.
	var a, b float32 = 1e8, 1
	println(a+b-a, float64(a)+float64(b)-float64(a))
}
