// integers.go: fixed-size integers wrap around on overflow, shifts never trap, and division
// truncates toward zero.
package main

//go:noinline
func mostNegative() int64 { return -1 << 63 }

//go:noinline
func minusOne() int64 { return -1 }

func main() {
	// Wrapping: arithmetic is modulo 2^n.
	var i8 int8 = 127
	i8++
	println("int8 127+1 =", i8)
	var u8 uint8 = 0
	u8--
	println("uint8 0-1 =", u8)
	var u16 uint16 = 60000
	u16 *= 2
	println("uint16 60000*2 =", u16)
	var i32 int32 = 2147483647
	i32 += 1
	println("int32 max+1 =", i32)

	// Conversions between sizes keep the low bits (and sign-extend or zero-extend).
	big, minus := 300, -2
	println(int8(big), uint8(big), uint32(int8(minus)), uint64(int32(minus)), uint16(minus))

	// Shifts: a count >= the width gives 0 (or -1 for a negative signed value shifted right).
	var x uint64 = 1
	var n uint = 65
	println(x<<n, x<<63, int64(-8)>>n, int64(-8)>>1)
	var b uint8 = 0x81
	println(b<<1, b>>1, int8(b)>>1)

	// Division truncates toward zero; % has the sign of the dividend.
	println(7/2, -7/2, 7/-2, -7/-2)
	println(7%3, -7%3, 7%-3, -7%-3)

	// The one overflowing division, MinInt64 / -1, wraps instead of trapping.
	m, neg := mostNegative(), minusOne()
	println(m/neg, m%neg)

	// Bitwise operators, including AND NOT.
	p, q := 0b1100, 0b1010
	println(p&q, p|q, p^q, p&^q, ^p)

	// Unsigned arithmetic at the edges.
	var max uint64 = 1<<64 - 1
	println(max, max+1, max/3)
}
