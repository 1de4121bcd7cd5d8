package rand

import (
	"errors"
	"math/bits"
)

// A PCG is O'Neill's permuted congruential generator with 128 bits of state, a 128-bit
// LCG step and the DXSM output permutation (as NumPy's PCG64DXSM). Its zero value is
// NewPCG(0, 0).
type PCG struct {
	hi uint64
	lo uint64
}

// NewPCG returns a PCG whose state is seed1:seed2 (high word first).
func NewPCG(seed1, seed2 uint64) *PCG {
	return &PCG{hi: seed1, lo: seed2}
}

// Seed sets p's state as NewPCG(seed1, seed2) does.
func (p *PCG) Seed(seed1, seed2 uint64) {
	p.hi = seed1
	p.lo = seed2
}

// AppendBinary appends p's encoding: "pcg:" and the two state words, big-endian.
func (p *PCG) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, "pcg:"...)
	b = appendBEUint64(b, p.hi)
	b = appendBEUint64(b, p.lo)
	return b, nil
}

// MarshalBinary returns p's encoding (AppendBinary's).
func (p *PCG) MarshalBinary() ([]byte, error) {
	return p.AppendBinary(make([]byte, 0, 20))
}

var errUnmarshalPCG = errors.New("invalid PCG encoding")

// UnmarshalBinary sets p's state from MarshalBinary's encoding.
func (p *PCG) UnmarshalBinary(data []byte) error {
	if len(data) != 20 || string(data[:4]) != "pcg:" {
		return errUnmarshalPCG
	}
	p.hi = beUint64(data[4:])
	p.lo = beUint64(data[12:])
	return nil
}

// The 128-bit LCG's multiplier and increment, and DXSM's 64-bit multiplier.
const (
	pcgMulHi = 0x2360ed051fc65da4
	pcgMulLo = 0x4385df649fccf645
	pcgIncHi = 0x5851f42d4c957f2d
	pcgIncLo = 0x14057b7ef767814f
	dxsmMul  = 0xda942042e4dd58b5
)

// Uint64 steps the state (state = state*mul + inc mod 2^128) and returns the new state's
// DXSM permutation: the high word xorshifted, multiplied, xorshifted again, then multiplied
// by the low word made odd.
func (p *PCG) Uint64() uint64 {
	hi, lo := bits.Mul64(p.lo, pcgMulLo)
	hi += p.hi*pcgMulLo + p.lo*pcgMulHi
	var carry uint64
	lo, carry = bits.Add64(lo, pcgIncLo, 0)
	hi, _ = bits.Add64(hi, pcgIncHi, carry)
	p.hi, p.lo = hi, lo

	hi ^= hi >> 32
	hi *= dxsmMul
	hi ^= hi >> 48
	return hi * (lo | 1)
}

func appendBEUint64(b []byte, x uint64) []byte {
	return append(b, byte(x>>56), byte(x>>48), byte(x>>40), byte(x>>32),
		byte(x>>24), byte(x>>16), byte(x>>8), byte(x))
}

func beUint64(b []byte) uint64 {
	_ = b[7]
	return uint64(b[0])<<56 | uint64(b[1])<<48 | uint64(b[2])<<40 | uint64(b[3])<<32 |
		uint64(b[4])<<24 | uint64(b[5])<<16 | uint64(b[6])<<8 | uint64(b[7])
}

func putLEUint64(b []byte, x uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[i] = byte(x >> (8 * i))
	}
}
