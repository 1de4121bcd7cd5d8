package math

import "math/bits"

// FMA is x*y + z rounded once, as if computed exactly.
func FMA(x, y, z float64) float64 {
	bx, by, bz := Float64bits(x), Float64bits(y), Float64bits(z)
	// With a zero, an Inf or a NaN among the factors, the plain expression is already right;
	// with a zero addend, the product alone (rounded once, its sign kept even when it
	// underflows to zero, as the hardware instruction gc uses does).
	if x == 0 || y == 0 || bx&uvinf == uvinf || by&uvinf == uvinf {
		return x*y + z
	}
	if z == 0 {
		return x * y
	}
	if bz&uvinf == uvinf { // finite x*y: z decides
		return z
	}
	xm, xe := unpack(bx)
	ym, ye := unpack(by)
	zm, ze := unpack(bz)
	// The exact product, a 105- or 106-bit integer, and z as 128-bit integers with their
	// leading one at bit 125 (room for a carry above, and for alignment bits below);
	// value = m × 2**e.
	ph, pl := bits.Mul64(xm, ym)
	pe := xe + ye
	n := uint(bits.LeadingZeros64(ph)) - 2
	ph, pl = ph<<n|pl>>(64-n), pl<<n
	pe -= int(n)
	zh, zl := zm<<(125-64-52), uint64(0)
	ze -= 125 - 52
	pneg := (bx^by)&signMask != 0
	zneg := bz&signMask != 0
	// Align the one with the smaller exponent to the other's, keeping any bit shifted out as
	// a sticky 1 in bit 0 (it only ever matters for rounding).
	if pe < ze || pe == ze && (ph < zh || ph == zh && pl < zl) {
		ph, pl, pe, pneg, zh, zl, ze, zneg = zh, zl, ze, zneg, ph, pl, pe, pneg
	}
	zh, zl = shiftRightSticky(zh, zl, uint(pe-ze))
	// Now |p| >= |z|: add or subtract magnitudes, the sign is p's.
	var mh, ml uint64
	if pneg == zneg {
		var c uint64
		ml, c = bits.Add64(pl, zl, 0)
		mh, _ = bits.Add64(ph, zh, c)
	} else {
		var b uint64
		ml, b = bits.Sub64(pl, zl, 0)
		mh, _ = bits.Sub64(ph, zh, b)
	}
	if mh == 0 && ml == 0 {
		return 0 // exact cancellation: +0 when rounding to nearest
	}
	var sign uint64
	if pneg {
		sign = signMask
	}
	return Float64frombits(sign | roundBits(mh, ml, pe))
}

// unpack is the 53-bit significand m (subnormals normalised) and exponent e of a finite,
// non-zero float64's bits: |x| = m × 2**e.
func unpack(b uint64) (m uint64, e int) {
	e = int(b >> shift & mask)
	m = b & fracMask
	if e == 0 {
		n := bits.LeadingZeros64(m) - (64 - shift - 1)
		return m << uint(n), 1 - bias - shift - n
	}
	return m | 1<<shift, e - bias - shift
}

// shiftRightSticky is the 128-bit hi:lo shifted right by n, bit 0 set if a one went out.
func shiftRightSticky(hi, lo uint64, n uint) (uint64, uint64) {
	var sticky uint64
	switch {
	case n == 0:
		return hi, lo
	case n >= 128:
		if hi|lo != 0 {
			sticky = 1
		}
		return 0, sticky
	case n >= 64:
		if lo != 0 || hi<<(128-n) != 0 {
			sticky = 1
		}
		return 0, hi>>(n-64) | sticky
	}
	if lo<<(64-n) != 0 {
		sticky = 1
	}
	return hi >> n, (lo>>n | hi<<(64-n)) | sticky
}

// roundBits is the encoding (without sign) of the positive value hi:lo × 2**e rounded to the
// nearest float64, ties to even.
func roundBits(hi, lo uint64, e int) uint64 {
	top := 127 - bits.LeadingZeros64(hi) // index of the leading one
	if hi == 0 {
		top = 63 - bits.LeadingZeros64(lo)
	}
	exp := top + e // the value is in [2**exp, 2**(exp+1))
	// drop is how many low bits go: down to 53 significant ones, or to the unit 2**-1074.
	drop := top - shift
	if exp < 1-bias {
		drop = 1 - bias - shift - e
	}
	if drop >= 128 {
		return 0 // below half the least subnormal (top <= 126)
	}
	var q uint64
	if drop <= 0 {
		q = lo << uint(-drop) // exact (only after a cancellation: top < 53)
	} else {
		if drop >= 64 {
			q = hi >> uint(drop-64)
		} else {
			q = lo>>uint(drop) | hi<<uint(64-drop)
		}
		// The dropped bits against one half of the last kept place.
		var restHi, restLo, halfHi, halfLo uint64
		if drop >= 64 {
			restHi, restLo = hi&(1<<uint(drop-64)-1), lo
			halfHi = 1 << uint(drop-65)
			if drop == 64 {
				restHi, halfHi, halfLo = 0, 0, 1<<63
			}
		} else {
			restLo = lo & (1<<uint(drop) - 1)
			halfLo = 1 << uint(drop-1)
		}
		if restHi > halfHi || restHi == halfHi && (restLo > halfLo || restLo == halfLo && q&1 == 1) {
			q++
		}
	}
	if exp < 1-bias {
		return q // subnormal (or the smallest normal, if rounding carried into bit 52)
	}
	// q has its leading one at bit 52 (or 53 after a carry, which the addition passes on
	// to the exponent).
	if exp+bias >= mask {
		return uvinf
	}
	r := uint64(exp+bias-1)<<shift + q
	if r >= uvinf {
		return uvinf
	}
	return r
}
