package main

//go:noinline
func f2i(f float64) int64 { return int64(f) }
//go:noinline
func f2u(f float64) uint64 { return uint64(f) }
//go:noinline
func f2i32(f float64) int32 { return int32(f) }
//go:noinline
func f2u8(f float64) uint8 { return uint8(f) }
//go:noinline
func f2u32(f float64) uint32 { return uint32(f) }
//go:noinline
func u2f(u uint64) float64 { return float64(u) }

func main() {
	var x float32 = 0.1
	y := x * 3
	println(y, float64(y), 1.5, -0.25)
	z := 0.0
	println(f2i(1e19), f2i(-2.7), f2i(z/z), f2u(1e19), f2u(-1), f2u(3.9))
	println(f2i32(3e9), f2i32(-3.5), f2u8(300), f2u8(-1), f2u32(-1), f2u32(5e9))
	println(u2f(18446744073709551615), u2f(1<<63+1), u2f(12345))
	println(z/z == z/z, 1/z, -1/z)
	var i8 int8 = -3
	println(float32(i8), float64(uint8(i8)))
}
