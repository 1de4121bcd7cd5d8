// math/bits over many values of every width, compared with gc's package (whose functions gc
// compiles to single instructions).
package main

import (
	"math/bits"
	"runtime"
)

var values = []uint64{0, 1, 2, 3, 7, 8, 0x80, 0xff, 0x100, 0x1234, 0xffff, 0x10000, 0x80000000,
	0xffffffff, 0x100000000, 0xdeadbeefcafebabe, 1 << 63, 1<<64 - 1, 0x0123456789abcdef}

func main() {
	println(bits.UintSize)
	for _, v := range values {
		x8, x16, x32 := uint8(v), uint16(v), uint32(v)
		println(v, bits.Len(uint(v)), bits.Len8(x8), bits.Len16(x16), bits.Len32(x32), bits.Len64(v),
			bits.LeadingZeros(uint(v)), bits.LeadingZeros8(x8), bits.LeadingZeros16(x16),
			bits.LeadingZeros32(x32), bits.LeadingZeros64(v))
		println(" ", bits.TrailingZeros(uint(v)), bits.TrailingZeros8(x8), bits.TrailingZeros16(x16),
			bits.TrailingZeros32(x32), bits.TrailingZeros64(v), bits.OnesCount(uint(v)),
			bits.OnesCount8(x8), bits.OnesCount16(x16), bits.OnesCount32(x32), bits.OnesCount64(v))
		println(" ", bits.Reverse(uint(v)), bits.Reverse8(x8), bits.Reverse16(x16), bits.Reverse32(x32),
			bits.Reverse64(v), bits.ReverseBytes(uint(v)), bits.ReverseBytes16(x16),
			bits.ReverseBytes32(x32), bits.ReverseBytes64(v))
		for _, k := range []int{0, 1, 5, 8, 13, 31, 32, 63, 64, 65, -1, -7} {
			print(" ", bits.RotateLeft(uint(v), k), ",", bits.RotateLeft8(x8, k), ",",
				bits.RotateLeft16(x16, k), ",", bits.RotateLeft32(x32, k), ",", bits.RotateLeft64(v, k))
		}
		println()
		for _, w := range values {
			for _, c := range []uint64{0, 1} {
				s, co := bits.Add64(v, w, c)
				d, bo := bits.Sub64(v, w, c)
				s32, co32 := bits.Add32(uint32(v), uint32(w), uint32(c))
				d32, bo32 := bits.Sub32(uint32(v), uint32(w), uint32(c))
				su, cu := bits.Add(uint(v), uint(w), uint(c))
				du, bu := bits.Sub(uint(v), uint(w), uint(c))
				print(" ", s, co, d, bo, s32, co32, d32, bo32, su, cu, du, bu)
			}
			hi, lo := bits.Mul64(v, w)
			h32, l32 := bits.Mul32(uint32(v), uint32(w))
			hu, lu := bits.Mul(uint(v), uint(w))
			print(" ", hi, lo, h32, l32, hu, lu)
			if w != 0 {
				q, r := bits.Div64(hi%w, lo, w)
				print(" ", q, r, bits.Rem64(hi, lo, w), bits.Rem(uint(hi), uint(lo), uint(w)))
				if w32 := uint32(w); w32 != 0 {
					q32, r32 := bits.Div32(h32%w32, l32, w32)
					print(" ", q32, r32, bits.Rem32(h32, l32, w32))
				}
			}
			println()
		}
	}
	for _, f := range []func(){
		func() { bits.Div64(1, 0, 0) },
		func() { bits.Div64(5, 0, 5) },
		func() { bits.Div32(7, 0, 3) },
		func() { bits.Rem64(1, 2, 0) },
	} {
		func() {
			defer func() {
				e := recover()
				_, isRuntime := e.(runtime.Error)
				println("recovered:", e.(error).Error(), isRuntime)
			}()
			f()
		}()
	}
}
