package main

//go:noinline
func fc(a, b float64) bool { return a < b }

//go:noinline
func m5(a int64) int64 { return a * 5000 }

//go:noinline
func cm(a, b int64) int64 {
	if a > b {
		a = b
	}
	return a
}

//go:noinline
func tb(a uint8) bool { return a&4 != 0 }

//go:noinline
func bits(a uint64) uint64 { return a<<3 | a>>61 }

//go:noinline
func u32(a uint32, b float64) (uint64, uint32) { return uint64(a), uint32(b) }

//go:noinline
func neg(a float64) float64 { return -a }


