// Package rand (math/rand) makes pseudo-random numbers: a Rand draws integers, floats,
// permutations and distributions from a Source of 63-bit values, such as NewSource's seeded
// lagged-Fibonacci generator. Every derivation is gc's, so a seeded Rand gives gc's exact
// values. The top-level functions draw from a generator keyed randomly when the program
// starts (GODEBUG=randautoseed=0 gives Seed(1)'s sequence instead), and Seed does nothing
// unless GODEBUG=randseednop=0, as in gc 1.24 and later.
package rand

import (
	"internal/chacha8rand"
	"syscall"
)

// A Source supplies uniformly distributed int64s in [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 is a Source that also supplies whole uint64s; Rand.Uint64 then takes one of
// them instead of joining two Int63s.
type Source64 interface {
	Source
	Uint64() uint64
}

// NewSource returns a Source (a Source64) seeded with seed.
func NewSource(seed int64) Source {
	return newSource(seed)
}

func newSource(seed int64) *rngSource {
	var rng rngSource
	rng.Seed(seed)
	return &rng
}

// A Rand turns the values of a Source into numbers of other kinds and ranges.
type Rand struct {
	src Source
	s64 Source64 // src, when it is a Source64

	// Read takes 7 bytes from each Int63; readVal holds the value being used up and readPos
	// how many of its low bytes are left, carried over from one Read to the next.
	readVal int64
	readPos int8
}

// New returns a Rand drawing from src.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

// Seed reseeds r's Source, and drops the bytes Read had left over.
func (r *Rand) Seed(seed int64) {
	if g, ok := r.src.(*seededGlobal); ok {
		g.seed(seed)
		r.readPos = 0
		return
	}
	r.src.Seed(seed)
	r.readPos = 0
}

// Int63 returns a non-negative int64 (63 random bits).
func (r *Rand) Int63() int64 { return r.src.Int63() }

// Uint32 returns a random uint32: the top 32 of Int63's bits.
func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

// Uint64 returns a random uint64: the Source64's, or two Int63s joined.
func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}

// Int31 returns a non-negative int32: the top 31 of Int63's bits.
func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

// Int returns a non-negative int.
func (r *Rand) Int() int {
	u := uint(r.Int63())
	return int(u << 1 >> 1)
}

// Int63n returns a random int64 in [0, n); it panics if n <= 0. A power of two masks; else
// values past the largest multiple of n below 2^63 are drawn again and the rest reduced mod n.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	max := int64(1<<63 - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > max {
		v = r.Int63()
	}
	return v % n
}

// Int31n returns a random int32 in [0, n); it panics if n <= 0 (Int63n's method on Int31).
func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 {
		return r.Int31() & (n - 1)
	}
	max := int32(1<<31 - 1 - (1<<31)%uint32(n))
	v := r.Int31()
	for v > max {
		v = r.Int31()
	}
	return v % n
}

// int31n is Lemire's multiply-and-shift reduction of Uint32 into [0, n), n > 0: faster than
// Int31n but a different stream, so only Shuffle (newer than Go 1) uses it.
func (r *Rand) int31n(n int32) int32 {
	prod := uint64(r.Uint32()) * uint64(n)
	if uint32(prod) < uint32(n) {
		limit := uint32(-n) % uint32(n)
		for uint32(prod) < limit {
			prod = uint64(r.Uint32()) * uint64(n)
		}
	}
	return int32(prod >> 32)
}

// Intn returns a random int in [0, n); it panics if n <= 0.
func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n <= 1<<31-1 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

// Float64 returns a random float64 in [0, 1): Int63 / 2^63, drawn again in the rare case
// that rounds to 1 (Go 1's stream, kept).
func (r *Rand) Float64() float64 {
	for {
		if f := float64(r.Int63()) / (1 << 63); f != 1 {
			return f
		}
	}
}

// Float32 returns a random float32 in [0, 1): Float64 rounded, drawn again when that
// rounds to 1.
func (r *Rand) Float32() float32 {
	for {
		if f := float32(r.Float64()); f != 1 {
			return f
		}
	}
}

// Perm returns a random permutation of 0..n-1, built by inside-out Fisher-Yates with Intn
// (including the first, trivial draw: Go 1's stream).
func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle permutes n elements at random by Fisher-Yates, from the last element down, calling
// swap(i, j) with j drawn from [0, i]; it panics if n < 0.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	i := n - 1
	for ; i > 1<<31-2; i-- { // past int31n's range
		swap(i, int(r.Int63n(int64(i+1))))
	}
	for ; i > 0; i-- {
		swap(i, int(r.int31n(int32(i+1))))
	}
}

// Read fills p with random bytes, 7 from each Int63 (low byte first), and returns len(p),
// nil. Bytes left over go first to the next Read.
func (r *Rand) Read(p []byte) (n int, err error) {
	switch src := r.src.(type) {
	case *seededGlobal:
		return read(p, src.s, &r.readVal, &r.readPos)
	case *runtimeSource:
		return readRuntime(p, &r.readVal, &r.readPos)
	}
	return read(p, r.src, &r.readVal, &r.readPos)
}

func read(p []byte, src Source, readVal *int64, readPos *int8) (n int, err error) {
	pos, val := *readPos, *readVal
	for n = 0; n < len(p); n++ {
		if pos == 0 {
			val = src.Int63()
			pos = 7
		}
		p[n] = byte(val)
		val >>= 8
		pos--
	}
	*readPos, *readVal = pos, val
	return
}

// readRuntime is read from the randomly keyed generator.
func readRuntime(p []byte, readVal *int64, readPos *int8) (n int, err error) {
	pos, val := *readPos, *readVal
	for n = 0; n < len(p); n++ {
		if pos == 0 {
			val = int64(chacha8rand.RuntimeRand() & rngMask)
			pos = 7
		}
		p[n] = byte(val)
		val >>= 8
		pos--
	}
	*readPos, *readVal = pos, val
	return
}

// The top-level functions' generator: the randomly keyed process-wide one, or (after Seed
// with GODEBUG=randseednop=0, or from the start with GODEBUG=randautoseed=0) a seeded
// rngSource. Chosen at the first call.
var global *Rand

// runtimeSource is the randomly keyed process-wide generator as a Source64.
type runtimeSource struct{}

func (*runtimeSource) Int63() int64 { return int64(chacha8rand.RuntimeRand() & rngMask) }

func (*runtimeSource) Seed(int64) { panic("internal error: call to runtimeSource.Seed") }

func (*runtimeSource) Uint64() uint64 { return chacha8rand.RuntimeRand() }

// seededGlobal is the seeded top-level Source: an rngSource made at its first Seed.
type seededGlobal struct {
	s *rngSource
}

func (g *seededGlobal) Int63() int64   { return g.s.Int63() }
func (g *seededGlobal) Uint64() uint64 { return g.s.Uint64() }
func (g *seededGlobal) Seed(seed int64) {
	g.seed(seed)
}

func (g *seededGlobal) seed(seed int64) {
	if g.s == nil {
		g.s = newSource(seed)
	} else {
		g.s.Seed(seed)
	}
}

func globalRand() *Rand {
	if global != nil {
		return global
	}
	if godebug("randautoseed") == "0" {
		global = New(new(seededGlobal))
		global.Seed(1)
	} else {
		global = &Rand{src: &runtimeSource{}, s64: &runtimeSource{}}
	}
	return global
}

// godebug returns the value of setting name in $GODEBUG (comma-separated name=value pairs,
// the last one winning, a value ending at '#'), or "".
func godebug(name string) string {
	env, _ := syscall.Getenv("GODEBUG")
	end := len(env)
	for i := len(env) - 1; i >= -1; i-- {
		if i >= 0 && env[i] != ',' {
			continue
		}
		item := env[i+1 : end]
		end = i
		if len(item) > len(name) && item[len(name)] == '=' && item[:len(name)] == name {
			v := item[len(name)+1:]
			for j := 0; j < len(v); j++ {
				if v[j] == '#' {
					return v[:j]
				}
			}
			return v
		}
	}
	return ""
}

// Seed does nothing (as of Go 1.24): the top-level functions stay randomly keyed. With
// GODEBUG=randseednop=0 it seeds them as NewSource(seed) would, for programs that relied on
// reproducible top-level sequences.
//
// Deprecated: use New(NewSource(seed)) for a reproducible sequence.
func Seed(seed int64) {
	if godebug("randseednop") != "0" {
		return
	}
	if global != nil {
		if _, ok := global.src.(*seededGlobal); ok {
			global.Seed(seed)
			return
		}
	}
	r := New(new(seededGlobal))
	r.Seed(seed)
	global = r
}

// Int63 returns a non-negative int64 from the top-level generator.
func Int63() int64 { return globalRand().Int63() }

// Uint32 returns a uint32 from the top-level generator.
func Uint32() uint32 { return globalRand().Uint32() }

// Uint64 returns a uint64 from the top-level generator.
func Uint64() uint64 { return globalRand().Uint64() }

// Int31 returns a non-negative int32 from the top-level generator.
func Int31() int32 { return globalRand().Int31() }

// Int returns a non-negative int from the top-level generator.
func Int() int { return globalRand().Int() }

// Int63n returns an int64 in [0, n) from the top-level generator; it panics if n <= 0.
func Int63n(n int64) int64 { return globalRand().Int63n(n) }

// Int31n returns an int32 in [0, n) from the top-level generator; it panics if n <= 0.
func Int31n(n int32) int32 { return globalRand().Int31n(n) }

// Intn returns an int in [0, n) from the top-level generator; it panics if n <= 0.
func Intn(n int) int { return globalRand().Intn(n) }

// Float64 returns a float64 in [0, 1) from the top-level generator.
func Float64() float64 { return globalRand().Float64() }

// Float32 returns a float32 in [0, 1) from the top-level generator.
func Float32() float32 { return globalRand().Float32() }

// Perm returns a permutation of 0..n-1 from the top-level generator.
func Perm(n int) []int { return globalRand().Perm(n) }

// Shuffle permutes n elements with swap, from the top-level generator.
func Shuffle(n int, swap func(i, j int)) { globalRand().Shuffle(n, swap) }

// Read fills p with random bytes from the top-level generator; it returns len(p), nil.
//
// Deprecated: crypto/rand.Read is almost always what is wanted, or
// math/rand/v2's ChaCha8.Read for a reproducible stream.
func Read(p []byte) (n int, err error) { return globalRand().Read(p) }

// NormFloat64 returns a standard normal float64 from the top-level generator.
func NormFloat64() float64 { return globalRand().NormFloat64() }

// ExpFloat64 returns an exponential float64 (rate 1) from the top-level generator.
func ExpFloat64() float64 { return globalRand().ExpFloat64() }
