package bench

import "testing"

// Storing scalars in an empty interface: values below 256 point into
// runtime.staticuint64s, others are allocated (convT32, convT16…), constants are static.
func BenchmarkEfaceScalar(b *testing.B) {
	b.Run("uint32", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			Sink = uint32(i)
		}
	})
	b.Run("uint32-big", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			Sink = uint32(i + 1000)
		}
	})
	b.Run("uint8", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			Sink = uint8(i)
		}
	})
	b.Run("zero", func(b *testing.B) {
		var zero Big
		for i := 0; i < b.N; i++ {
			Sink = zero
		}
	})
	b.Run("big", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			Sink = Big{a: int64(i)}
		}
	})
	b.Run("constant", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			Sink = 42
		}
	})
	b.Run("string", func(b *testing.B) {
		s := "interface"
		for i := 0; i < b.N; i++ {
			Sink = s[:i%9]
		}
	})
}

// Getting the value back: an assertion, and type switches over few and many cases.
func BenchmarkEfaceToType(b *testing.B) {
	var e any = uint32(42)
	var n uint32
	b.Run("assertion", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			n += e.(uint32)
		}
	})
	b.Run("switch-small", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			switch v := e.(type) {
			case int32:
				n += uint32(v)
			case uint32:
				n += v
			}
		}
	})
	b.Run("switch-big", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			switch v := e.(type) {
			case int8:
				n += uint32(v)
			case int16:
				n += uint32(v)
			case int32:
				n += uint32(v)
			case int64:
				n += uint32(v)
			case uint8:
				n += uint32(v)
			case uint16:
				n += uint32(v)
			case uint32:
				n += v
			case uint64:
				n += uint32(v)
			}
		}
	})
	Sink = n
}

// Calling a method directly and through an itab.
func BenchmarkMethodCall(b *testing.B) {
	num := Num{id: 6754}
	var adder Adder = num
	var r int32
	b.Run("direct", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			r = num.Add(10, 32)
		}
	})
	b.Run("interface", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			r = adder.Add(10, 32)
		}
	})
	Sink = r
}

// A value passed through an interface parameter that escapes: the conversion allocates
// (unless the value is small and below 256).
func BenchmarkPassThrough(b *testing.B) {
	b.Run("int", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			Keep(i + 256)
		}
	})
	b.Run("pointer", func(b *testing.B) {
		n := new(int)
		for i := 0; i < b.N; i++ {
			Keep(n)
		}
	})
	b.Run("struct", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			Keep(Num{id: int32(i)})
		}
	})
}

// b.Loop (Go 1.24) times only its loop.
func BenchmarkLoop(b *testing.B) {
	for b.Loop() {
		Sink = uint32(300)
	}
}
