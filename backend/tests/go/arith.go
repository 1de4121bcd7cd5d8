package main

func div(a, b int) (int, int) { return a / b, a % b }
func shl(x int8, n uint) int8  { return x << n }
func shr(x int8, n uint) int8  { return x >> n }
func ushr(x uint8, n int) uint8 { return x >> n }

func main() {
	var a int8 = 127
	a = a + 1
	println(a)
	q, r := div(-7, 2)
	println(q, r)
	q, r = div(-9223372036854775808, -1)
	println(q, r)
	println(shl(1, 7), shl(1, 8), shr(-128, 3), shr(-128, 100), ushr(200, 3), ushr(200, 9))
	var u uint32 = 1
	println(u-2, u*4000000000)
	var m int16 = -32768
	println(m/-1, m%-1, -m)
}
