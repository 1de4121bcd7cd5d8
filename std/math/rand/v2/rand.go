// Package rand (math/rand/v2) makes pseudo-random numbers: a Rand draws integers, floats,
// permutations and distributions from a Source of uniform uint64s, such as PCG or ChaCha8.
// Every derivation is gc's, so a seeded Rand gives gc's exact values; the top-level
// functions draw from a generator keyed randomly when the program starts.
//
// gocrane's package lacks the generic N (function and method).
package rand

import (
	"internal/chacha8rand"
	"math/bits"
)

// A Source supplies uniformly distributed uint64s.
type Source interface {
	Uint64() uint64
}

// A Rand turns the words of a Source into numbers of other kinds and ranges.
type Rand struct {
	src Source
}

// New returns a Rand drawing from src.
func New(src Source) *Rand {
	return &Rand{src: src}
}

// Int64 returns a non-negative int64 (63 random bits).
func (r *Rand) Int64() int64 { return int64(r.src.Uint64() << 1 >> 1) }

// Uint32 returns a random uint32: the top half of a word.
func (r *Rand) Uint32() uint32 { return uint32(r.src.Uint64() >> 32) }

// Uint64 returns a random uint64.
func (r *Rand) Uint64() uint64 { return r.src.Uint64() }

// Int32 returns a non-negative int32: the top 31 bits of a word.
func (r *Rand) Int32() int32 { return int32(r.src.Uint64() >> 33) }

// Int returns a non-negative int.
func (r *Rand) Int() int { return int(uint(r.src.Uint64()) << 1 >> 1) }

// Uint returns a random uint.
func (r *Rand) Uint() uint { return uint(r.src.Uint64()) }

// Int64N returns a random int64 in [0, n); it panics if n <= 0.
func (r *Rand) Int64N(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int64N")
	}
	return int64(r.uint64n(uint64(n)))
}

// Uint64N returns a random uint64 in [0, n); it panics if n == 0.
func (r *Rand) Uint64N(n uint64) uint64 {
	if n == 0 {
		panic("invalid argument to Uint64N")
	}
	return r.uint64n(n)
}

// uint64n maps a word into [0, n) without bias, by Lemire's method: the high word of x*n is
// the result, and a product whose low word falls among the 2^64 mod n values that would
// favour some results is drawn again. Since 2^64 mod n < n, that remainder (a division) is
// only worked out when the low word is below n. A power of two just keeps the low bits.
func (r *Rand) uint64n(n uint64) uint64 {
	if n&(n-1) == 0 {
		return r.Uint64() & (n - 1)
	}
	hi, lo := bits.Mul64(r.Uint64(), n)
	if lo < n {
		limit := -n % n
		for lo < limit {
			hi, lo = bits.Mul64(r.Uint64(), n)
		}
	}
	return hi
}

// Int32N returns a random int32 in [0, n); it panics if n <= 0.
func (r *Rand) Int32N(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int32N")
	}
	return int32(r.uint64n(uint64(n)))
}

// Uint32N returns a random uint32 in [0, n); it panics if n == 0.
func (r *Rand) Uint32N(n uint32) uint32 {
	if n == 0 {
		panic("invalid argument to Uint32N")
	}
	return uint32(r.uint64n(uint64(n)))
}

// IntN returns a random int in [0, n); it panics if n <= 0.
func (r *Rand) IntN(n int) int {
	if n <= 0 {
		panic("invalid argument to IntN")
	}
	return int(r.uint64n(uint64(n)))
}

// UintN returns a random uint in [0, n); it panics if n == 0.
func (r *Rand) UintN(n uint) uint {
	if n == 0 {
		panic("invalid argument to UintN")
	}
	return uint(r.uint64n(uint64(n)))
}

// Float64 returns a random float64 in [0, 1): one of the 2^53 multiples of 2^-53, from the
// low 53 bits of a word.
func (r *Rand) Float64() float64 {
	return float64(r.Uint64()&(1<<53-1)) / (1 << 53)
}

// Float32 returns a random float32 in [0, 1): one of the 2^24 multiples of 2^-24, from the
// low 24 bits of Uint32.
func (r *Rand) Float32() float32 {
	return float32(r.Uint32()&(1<<24-1)) / (1 << 24)
}

// Perm returns a random permutation of 0..n-1: the identity, shuffled.
func (r *Rand) Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	r.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

// Shuffle permutes n elements at random by Fisher-Yates, from the last element down, calling
// swap(i, j) with j drawn from [0, i]; it panics if n < 0.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		swap(i, int(r.uint64n(uint64(i+1))))
	}
}

// runtimeSource is the randomly keyed process-wide generator.
type runtimeSource struct{}

func (runtimeSource) Uint64() uint64 { return chacha8rand.RuntimeRand() }

// globalRand serves the top-level functions.
var globalRand = &Rand{src: runtimeSource{}}

// Int64 returns a non-negative int64 from the randomly keyed generator.
func Int64() int64 { return globalRand.Int64() }

// Uint32 returns a uint32 from the randomly keyed generator.
func Uint32() uint32 { return globalRand.Uint32() }

// Uint64N returns a uint64 in [0, n) from the randomly keyed generator; it panics if n == 0.
func Uint64N(n uint64) uint64 { return globalRand.Uint64N(n) }

// Uint32N returns a uint32 in [0, n) from the randomly keyed generator; it panics if n == 0.
func Uint32N(n uint32) uint32 { return globalRand.Uint32N(n) }

// Uint64 returns a uint64 from the randomly keyed generator.
func Uint64() uint64 { return globalRand.Uint64() }

// Int32 returns a non-negative int32 from the randomly keyed generator.
func Int32() int32 { return globalRand.Int32() }

// Int returns a non-negative int from the randomly keyed generator.
func Int() int { return globalRand.Int() }

// Uint returns a uint from the randomly keyed generator.
func Uint() uint { return globalRand.Uint() }

// Int64N returns an int64 in [0, n) from the randomly keyed generator; it panics if n <= 0.
func Int64N(n int64) int64 { return globalRand.Int64N(n) }

// Int32N returns an int32 in [0, n) from the randomly keyed generator; it panics if n <= 0.
func Int32N(n int32) int32 { return globalRand.Int32N(n) }

// IntN returns an int in [0, n) from the randomly keyed generator; it panics if n <= 0.
func IntN(n int) int { return globalRand.IntN(n) }

// UintN returns a uint in [0, n) from the randomly keyed generator; it panics if n == 0.
func UintN(n uint) uint { return globalRand.UintN(n) }

// Float64 returns a float64 in [0, 1) from the randomly keyed generator.
func Float64() float64 { return globalRand.Float64() }

// Float32 returns a float32 in [0, 1) from the randomly keyed generator.
func Float32() float32 { return globalRand.Float32() }

// Perm returns a permutation of 0..n-1 from the randomly keyed generator.
func Perm(n int) []int { return globalRand.Perm(n) }

// Shuffle permutes n elements with swap, from the randomly keyed generator.
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }

// NormFloat64 returns a standard normal float64 from the randomly keyed generator.
func NormFloat64() float64 { return globalRand.NormFloat64() }

// ExpFloat64 returns an exponential float64 (rate 1) from the randomly keyed generator.
func ExpFloat64() float64 { return globalRand.ExpFloat64() }
