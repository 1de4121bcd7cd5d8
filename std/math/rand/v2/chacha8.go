package rand

import (
	"errors"
	"internal/chacha8rand"
)

// A ChaCha8 is a Source built on ChaCha8Rand (https://c2sp.org/chacha8rand), strong enough
// for cryptographic use.
type ChaCha8 struct {
	state chacha8rand.State

	// Read hands out whole words; the readLen bytes at the end of readBuf are what is left
	// of the last one.
	readBuf [8]byte
	readLen int
}

// NewChaCha8 returns a ChaCha8 keyed with seed.
func NewChaCha8(seed [32]byte) *ChaCha8 {
	c := new(ChaCha8)
	c.state.Init(seed)
	return c
}

// Seed rekeys c as NewChaCha8(seed) would make it.
func (c *ChaCha8) Seed(seed [32]byte) {
	c.state.Init(seed)
	c.readLen = 0
	c.readBuf = [8]byte{}
}

// Uint64 returns the next word.
func (c *ChaCha8) Uint64() uint64 {
	for {
		if x, ok := c.state.Next(); ok {
			return x
		}
		c.state.Refill()
	}
}

// Read fills p with random bytes, the words little-endian, and returns len(p), nil. Bytes
// left over from a word go first to the next Read.
func (c *ChaCha8) Read(p []byte) (n int, err error) {
	if c.readLen > 0 {
		n = copy(p, c.readBuf[8-c.readLen:])
		c.readLen -= n
		p = p[n:]
	}
	for len(p) >= 8 {
		putLEUint64(p, c.Uint64())
		p = p[8:]
		n += 8
	}
	if len(p) > 0 {
		putLEUint64(c.readBuf[:], c.Uint64())
		n += copy(p, c.readBuf[:])
		c.readLen = 8 - len(p)
	}
	return
}

// UnmarshalBinary sets c from MarshalBinary's encoding.
func (c *ChaCha8) UnmarshalBinary(data []byte) error {
	const prefix = "readbuf:"
	if len(data) >= len(prefix) && string(data[:len(prefix)]) == prefix {
		data = data[len(prefix):]
		if len(data) == 0 || len(data) < 1+int(data[0]) {
			return errors.New("invalid ChaCha8 Read buffer encoding")
		}
		m := int(data[0])
		c.readLen = copy(c.readBuf[8-m:], data[1:1+m])
		data = data[1+m:]
	}
	return chacha8rand.Unmarshal(&c.state, data)
}

// AppendBinary appends c's encoding: the unread bytes of Read ("readbuf:", their count,
// the bytes) if any, then the generator's state.
func (c *ChaCha8) AppendBinary(b []byte) ([]byte, error) {
	if c.readLen > 0 {
		b = append(b, "readbuf:"...)
		b = append(b, byte(c.readLen))
		b = append(b, c.readBuf[8-c.readLen:]...)
	}
	return append(b, chacha8rand.Marshal(&c.state)...), nil
}

// MarshalBinary returns c's encoding (AppendBinary's).
func (c *ChaCha8) MarshalBinary() ([]byte, error) {
	return c.AppendBinary(make([]byte, 0, 64))
}
