// Package chacha8rand is the ChaCha8Rand generator (https://c2sp.org/chacha8rand): ChaCha with
// 8 rounds, keyed by a 32-byte seed, run over four blocks at a time whose words come out
// interleaved, with the last four words of every sixteenth block taken as the next key.
// math/rand/v2's ChaCha8 wraps a State; RuntimeRand is the process-wide generator behind
// the top-level functions of math/rand and math/rand/v2 (gc's runtime.rand).
package chacha8rand

const (
	bufWords    = 32 // the words one call of block makes: 4 blocks of 16 uint32s
	counterStep = 4  // block counters used per call
	counterEnd  = 16 // at this counter, the key is replaced and the counter restarts
	keyWords    = 4  // words withheld from the output to become the next key
)

// A State is a ChaCha8Rand generator: the key, the words of the current call of block and
// how many of them were handed out.
type State struct {
	buf  [bufWords]uint64
	seed [4]uint64
	i    uint32 // the next word of buf to hand out
	n    uint32 // how many words of buf may be handed out
	c    uint32 // the block counter buf was made with
}

// Next returns the next word and true, or false when buf is used up (then call Refill).
func (s *State) Next() (uint64, bool) {
	if s.i >= s.n {
		return 0, false
	}
	x := s.buf[s.i&(bufWords-1)]
	s.i++
	return x, true
}

// Init seeds s with a 32-byte key, read as four little-endian words.
func (s *State) Init(seed [32]byte) {
	var key [4]uint64
	for w := 0; w < 4; w++ {
		key[w] = leUint64(seed[8*w:])
	}
	s.Init64(key)
}

// Init64 seeds s with a key of four words.
func (s *State) Init64(seed [4]uint64) {
	s.seed = seed
	block(&s.seed, &s.buf, 0)
	s.c = 0
	s.i = 0
	s.n = bufWords
}

// Refill makes the next words. After the call with counter 12 the last four words were kept
// back; they become the key before counter 0 comes round again (doing it here, not when they
// are made, keeps a serialised state down to the key and a count).
func (s *State) Refill() {
	s.c += counterStep
	if s.c == counterEnd {
		for w := 0; w < keyWords; w++ {
			s.seed[w] = s.buf[bufWords-keyWords+w]
		}
		s.c = 0
	}
	block(&s.seed, &s.buf, s.c)
	s.i = 0
	s.n = bufWords
	if s.c == counterEnd-counterStep {
		s.n = bufWords - keyWords
	}
}

// Reseed keys s afresh with four of its own words, so the words handed out so far can no
// longer be recomputed from s.
func (s *State) Reseed() {
	var key [4]uint64
	for w := range key {
		x, ok := s.Next()
		for !ok {
			s.Refill()
			x, ok = s.Next()
		}
		key[w] = x
	}
	s.Init64(key)
}

// Marshal encodes s in 48 bytes: "chacha8:", how many words have been used since the key
// was set (big-endian), and the key (little-endian words).
func Marshal(s *State) []byte {
	data := make([]byte, 48)
	copy(data, "chacha8:")
	used := uint64((s.c/counterStep)*bufWords + s.i)
	for b := 0; b < 8; b++ {
		data[8+b] = byte(used >> (56 - 8*b))
	}
	for w := 0; w < 4; w++ {
		putLEUint64(data[16+8*w:], s.seed[w])
	}
	return data
}

type errUnmarshalChaCha8 struct{}

func (*errUnmarshalChaCha8) Error() string { return "invalid ChaCha8 encoding" }

// Unmarshal sets s from Marshal's encoding.
func Unmarshal(s *State, data []byte) error {
	if len(data) != 48 || string(data[:8]) != "chacha8:" {
		return new(errUnmarshalChaCha8)
	}
	var used uint64
	for b := 0; b < 8; b++ {
		used = used<<8 | uint64(data[8+b])
	}
	if used > (counterEnd/counterStep)*bufWords-keyWords {
		return new(errUnmarshalChaCha8)
	}
	for w := 0; w < 4; w++ {
		s.seed[w] = leUint64(data[16+8*w:])
	}
	s.c = counterStep * (uint32(used) / bufWords)
	block(&s.seed, &s.buf, s.c)
	s.i = uint32(used) % bufWords
	s.n = bufWords
	if s.c == counterEnd-counterStep {
		s.n = bufWords - keyWords
	}
	return nil
}

// block runs ChaCha8 on four blocks, with counters counter..counter+3, and stores them
// interleaved as a 4-lane SIMD implementation would: 32-bit word w of block l is the
// (4w+l)th uint32 of buf (little-endian). ChaCha's constant words and counter word are left
// as the rounds leave them (no feed-forward: they carry no secret); the key words get the key
// added back.
func block(seed *[4]uint64, buf *[bufWords]uint64, counter uint32) {
	if leak {
		// Never runs: gc's block is assembly, whose pointer arguments escape analysis takes
		// as escaping, so a State (and a ChaCha8 holding one) that calls it lives on the
		// heap; callers' escape remarks follow from that.
		seedSink, bufSink = seed, buf
	}
	var k [8]uint32
	for w := 0; w < 4; w++ {
		k[2*w] = uint32(seed[w])
		k[2*w+1] = uint32(seed[w] >> 32)
	}
	var out [16][4]uint32
	for l := uint32(0); l < 4; l++ {
		// "expand 32-byte k", the key, the counter, a zero nonce.
		x0, x1, x2, x3 := uint32(0x61707865), uint32(0x3320646e), uint32(0x79622d32), uint32(0x6b206574)
		x4, x5, x6, x7 := k[0], k[1], k[2], k[3]
		x8, x9, x10, x11 := k[4], k[5], k[6], k[7]
		x12, x13, x14, x15 := counter+l, uint32(0), uint32(0), uint32(0)
		for r := 0; r < 4; r++ { // 4 double rounds
			x0, x4, x8, x12 = quarter(x0, x4, x8, x12)
			x1, x5, x9, x13 = quarter(x1, x5, x9, x13)
			x2, x6, x10, x14 = quarter(x2, x6, x10, x14)
			x3, x7, x11, x15 = quarter(x3, x7, x11, x15)
			x0, x5, x10, x15 = quarter(x0, x5, x10, x15)
			x1, x6, x11, x12 = quarter(x1, x6, x11, x12)
			x2, x7, x8, x13 = quarter(x2, x7, x8, x13)
			x3, x4, x9, x14 = quarter(x3, x4, x9, x14)
		}
		out[0][l], out[1][l], out[2][l], out[3][l] = x0, x1, x2, x3
		out[4][l], out[5][l], out[6][l], out[7][l] = x4+k[0], x5+k[1], x6+k[2], x7+k[3]
		out[8][l], out[9][l], out[10][l], out[11][l] = x8+k[4], x9+k[5], x10+k[6], x11+k[7]
		out[12][l], out[13][l], out[14][l], out[15][l] = x12, x13, x14, x15
	}
	for w := 0; w < 16; w++ {
		buf[2*w] = uint64(out[w][0]) | uint64(out[w][1])<<32
		buf[2*w+1] = uint64(out[w][2]) | uint64(out[w][3])<<32
	}
}

// leak is never set: see block.
var (
	leak     bool
	seedSink *[4]uint64
	bufSink  *[bufWords]uint64
)

// quarter is ChaCha's quarter round.
func quarter(a, b, c, d uint32) (uint32, uint32, uint32, uint32) {
	a += b
	d ^= a
	d = d<<16 | d>>16
	c += d
	b ^= c
	b = b<<12 | b>>20
	a += b
	d ^= a
	d = d<<8 | d>>24
	c += d
	b ^= c
	b = b<<7 | b>>25
	return a, b, c, d
}

func leUint64(b []byte) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

func putLEUint64(b []byte, x uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[i] = byte(x >> (8 * i))
	}
}
