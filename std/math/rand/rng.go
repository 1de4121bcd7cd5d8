package rand

// rngSource is the seeded Source of NewSource: Mitchell and Reeds' additive lagged-Fibonacci
// generator, x[n] = x[n-607] + x[n-273] mod 2^64, over a circular register of 607 words.
// feed is where the next value is stored and tap the word 273 values back; both move down.
type rngSource struct {
	tap  int
	feed int
	vec  [rngLen]int64
}

const (
	rngLen   = 607
	rngTap   = 273
	rngMask  = 1<<63 - 1
	int32max = 1<<31 - 1
)

// seedrand is one step of Park and Miller's minimal standard generator,
// x' = 48271 x mod (2^31 - 1), by Schrage's method so that int32 arithmetic cannot overflow.
func seedrand(x int32) int32 {
	const (
		a = 48271
		q = int32max / a // 44488
		r = int32max % a // 3399
	)
	x = a*(x%q) - r*(x/q)
	if x < 0 {
		x += int32max
	}
	return x
}

// Seed fills the register from seed mod (2^31 - 1) (0 stands for 89482311): after 20 steps of
// seedrand to mix it, each word takes three more (shifted to bits 40, 20 and 0) and is XORed
// with the cooked word at its place.
func (rng *rngSource) Seed(seed int64) {
	rng.tap = 0
	rng.feed = rngLen - rngTap

	seed %= int32max
	if seed < 0 {
		seed += int32max
	}
	if seed == 0 {
		seed = 89482311
	}
	x := int32(seed)
	for i := 0; i < 20; i++ {
		x = seedrand(x)
	}
	for i := 0; i < rngLen; i++ {
		x = seedrand(x)
		u := int64(x) << 40
		x = seedrand(x)
		u ^= int64(x) << 20
		x = seedrand(x)
		u ^= int64(x)
		rng.vec[i] = u ^ rngCooked[i]
	}
}

// Int63 returns the next value with its top bit cleared.
func (rng *rngSource) Int63() int64 {
	return int64(rng.Uint64() & rngMask)
}

// Uint64 returns the next value of the recurrence.
func (rng *rngSource) Uint64() uint64 {
	rng.tap--
	if rng.tap < 0 {
		rng.tap += rngLen
	}
	rng.feed--
	if rng.feed < 0 {
		rng.feed += rngLen
	}
	x := rng.vec[rng.feed] + rng.vec[rng.tap]
	rng.vec[rng.feed] = x
	return uint64(x)
}
