package strconv

import "unsafe"

// A floatKind describes an IEEE 754 binary format.
type floatKind struct {
	mantBits uint // stored fraction bits
	expBits  uint
	bias     int // a biased exponent b > 0 means 2**(b+bias); subnormals use b = 1
}

var (
	float32Kind = floatKind{23, 8, -127}
	float64Kind = floatKind{52, 11, -1023}
)

func float64bits(f float64) uint64     { return *(*uint64)(unsafe.Pointer(&f)) }
func float64frombits(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }
func float32bits(f float32) uint32     { return *(*uint32)(unsafe.Pointer(&f)) }
func float32frombits(b uint32) float32 { return *(*float32)(unsafe.Pointer(&b)) }

// FormatFloat returns f in format fmt: 'e' or 'E' (-d.dddde±dd), 'f' (-ddd.dddd), 'g' or 'G'
// (%e for large or small exponents, %f else), 'b' (-ddddp±ddd, a binary exponent), 'x' or
// 'X' (-0x1.hhhhp±dd). prec is the digits after the point (for %g the significant digits);
// -1 asks for the fewest digits that read back as f. f is rounded to a float32 first when
// bitSize is 32; bitSize must be 32 or 64.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	n := prec + 4
	if n < 24 {
		n = 24
	}
	switch bitSize {
	case 32:
		return string(appendFloatBits(make([]byte, 0, n), uint64(float32bits(float32(f))), &float32Kind, fmt, prec))
	case 64:
		return string(appendFloatBits(make([]byte, 0, n), float64bits(f), &float64Kind, fmt, prec))
	}
	panic("strconv: illegal FormatFloat bitSize")
}

// AppendFloat appends FormatFloat(f, fmt, prec, bitSize) to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	switch bitSize {
	case 32:
		return appendFloatBits(dst, uint64(float32bits(float32(f))), &float32Kind, fmt, prec)
	case 64:
		return appendFloatBits(dst, float64bits(f), &float64Kind, fmt, prec)
	}
	panic("strconv: illegal AppendFloat bitSize")
}

// appendFloatBits formats the float of kind k whose encoding is b.
func appendFloatBits(dst []byte, b uint64, k *floatKind, fmt byte, prec int) []byte {
	neg := b>>(k.expBits+k.mantBits) != 0
	biased := int(b>>k.mantBits) & (1<<k.expBits - 1)
	mant := b & (1<<k.mantBits - 1)
	switch biased {
	case 1<<k.expBits - 1:
		if mant != 0 {
			return append(dst, "NaN"...)
		}
		if neg {
			return append(dst, "-Inf"...)
		}
		return append(dst, "+Inf"...)
	case 0:
		biased = 1 // subnormal: no implicit bit, the smallest normal exponent
	default:
		mant |= 1 << k.mantBits
	}
	exp := biased + k.bias // f = mant × 2**(exp-mantBits)
	e := exp - int(k.mantBits)

	switch fmt {
	case 'b':
		return appendBinaryExp(dst, neg, mant, e)
	case 'x', 'X':
		return appendHexFloat(dst, neg, mant, exp, k.mantBits, fmt, prec)
	case 'e', 'E', 'f', 'g', 'G':
	default:
		return append(dst, '%', fmt)
	}
	if mant == 0 {
		return appendDigits(dst, neg, nil, 0, prec, fmt, prec < 0)
	}
	if prec < 0 {
		var buf [24]byte
		digs, dp := shortestDigits(buf[:], mant, e, mant == 1<<k.mantBits && biased > 1)
		nd := len(digs)
		switch fmt {
		case 'e', 'E':
			prec = nd - 1
		case 'f':
			prec = nd - dp
			if prec < 0 {
				prec = 0
			}
		default:
			prec = nd
		}
		return appendDigits(dst, neg, digs, dp, prec, fmt, true)
	}

	d := new(decimal)
	d.setUint(mant)
	d.shift(e)
	switch fmt {
	case 'e', 'E':
		d.round(prec + 1)
	case 'f':
		d.round(d.dp + prec)
	default:
		if prec == 0 {
			prec = 1
		}
		d.round(prec)
	}
	return appendDigits(dst, neg, d.d[:d.nd], d.dp, prec, fmt, false)
}

// shortestDigits returns the fewest digits (and their decimal point position) whose value
// reads back as mant × 2**e, choosing among the candidates the one nearest to it (ties to an
// even last digit). A number reads back as this float when it lies between the midpoints with
// the neighbouring floats, half a unit of the last place either side, or only a quarter below
// when mant is a power of two above the smallest normal (belowPow2); the midpoints themselves
// read back as the float with the even mantissa.
func shortestDigits(buf []byte, mant uint64, e int, belowPow2 bool) ([]byte, int) {
	mid, lo, hi := new(decimal), new(decimal), new(decimal)
	mid.setUint(mant)
	mid.shift(e)
	if belowPow2 {
		lo.setUint(4*mant - 1)
		lo.shift(e - 2)
	} else {
		lo.setUint(2*mant - 1)
		lo.shift(e - 1)
	}
	hi.setUint(2*mant + 1)
	hi.shift(e - 1)
	inclusive := mant%2 == 0

	// Try ever more digits, counted from the first digit of hi (lo and mid are not larger),
	// until an integer c between lo and hi in units of the last digit exists.
	top := hi.dp
	var c uint64
	n := 1
	for ; n <= 19; n++ {
		h, htail := hi.prefix(top, n)
		l, ltail := lo.prefix(top, n)
		if ltail != tailZero || !inclusive {
			l++
		}
		if htail == tailZero && !inclusive {
			h--
		}
		if l > h {
			continue
		}
		v, vtail := mid.prefix(top, n)
		if vtail == tailAbove || vtail == tailHalf && v%2 == 1 {
			v++
		}
		c = v
		if c < l {
			c = l
		}
		if c > h {
			c = h
		}
		break
	}
	// c × 10**(top-n), in digits without trailing zeros.
	i := len(buf)
	for c > 0 {
		i--
		buf[i] = byte('0' + c%10)
		c /= 10
	}
	digs := buf[i:]
	dp := len(digs) + top - n
	nd := len(digs)
	for nd > 0 && digs[nd-1] == '0' {
		nd--
	}
	return digs[:nd], dp
}

// appendDigits formats the number 0.digs × 10**dp (rounded already) in format fmt ('e', 'E',
// 'f', 'g' or 'G') with precision prec. For %g, shortest says that digs is the shortest form
// of the float, which then switches to %e from an exponent of 6 (not prec) on.
func appendDigits(dst []byte, neg bool, digs []byte, dp, prec int, fmt byte, shortest bool) []byte {
	nd := len(digs)
	if fmt == 'g' || fmt == 'G' {
		// %e below 1e-4 and from 10**limit on; the digits have no trailing zeros, so a
		// precision beyond them only counts when they reach into the fraction.
		limit := prec
		if shortest {
			limit = 6
		} else if limit > nd && nd >= dp {
			limit = nd
		}
		if x := dp - 1; x < -4 || x >= limit {
			if prec > nd {
				prec = nd
			}
			prec--
			fmt -= 'g' - 'e' // %g to %e, %G to %E
		} else {
			if prec > dp {
				prec = nd
			}
			prec -= dp
			if prec < 0 {
				prec = 0
			}
			fmt = 'f'
		}
	}
	if neg {
		dst = append(dst, '-')
	}
	if fmt == 'f' {
		if dp > 0 {
			for i := 0; i < dp; i++ {
				dst = append(dst, digitOf(digs, i))
			}
		} else {
			dst = append(dst, '0')
		}
		if prec > 0 {
			dst = append(dst, '.')
			for i := 0; i < prec; i++ {
				dst = append(dst, digitOf(digs, dp+i))
			}
		}
		return dst
	}

	// %e and %E: d.ddddde±dd.
	dst = append(dst, digitOf(digs, 0))
	if prec > 0 {
		dst = append(dst, '.')
		for i := 1; i <= prec; i++ {
			dst = append(dst, digitOf(digs, i))
		}
	}
	x := dp - 1
	if nd == 0 {
		x = 0
	}
	dst = append(dst, fmt)
	if x < 0 {
		dst = append(dst, '-')
		x = -x
	} else {
		dst = append(dst, '+')
	}
	if x >= 100 {
		dst = append(dst, byte('0'+x/100))
	}
	return append(dst, byte('0'+x/10%10), byte('0'+x%10))
}

// digitOf is digs[i], or '0' outside digs.
func digitOf(digs []byte, i int) byte {
	if i < 0 || i >= len(digs) {
		return '0'
	}
	return digs[i]
}

// appendBinaryExp formats mant × 2**e as -ddddp±ddd.
func appendBinaryExp(dst []byte, neg bool, mant uint64, e int) []byte {
	if neg {
		dst = append(dst, '-')
	}
	dst = AppendUint(dst, mant, 10)
	dst = append(dst, 'p')
	if e >= 0 {
		dst = append(dst, '+')
	}
	return AppendInt(dst, int64(e), 10)
}

// appendHexFloat formats mant × 2**(exp-mantBits) as -0x1.hhhhp±dd (0x0p+00 for zero), with
// prec hex digits after the point, rounded to nearest even, or as many as it takes if prec < 0.
func appendHexFloat(dst []byte, neg bool, mant uint64, exp int, mantBits uint, fmt byte, prec int) []byte {
	// m holds the number with its leading 1 at bit 60 and 60 fraction bits below.
	m := mant << (60 - mantBits)
	if m == 0 {
		exp = 0
	}
	for m != 0 && m < 1<<60 {
		m <<= 1
		exp--
	}
	if 0 <= prec && prec < 15 {
		drop := uint(60 - 4*prec)
		kept := m >> drop
		rest := m & (1<<drop - 1)
		half := uint64(1) << (drop - 1)
		if rest > half || rest == half && kept%2 == 1 {
			kept++
		}
		m = kept << drop
		if m >= 1<<61 { // rounded up to 2
			m >>= 1
			exp++
		}
	}
	digits := lowerhex
	p := byte('p')
	if fmt == 'X' {
		digits = "0123456789ABCDEF"
		p = 'P'
	}
	if neg {
		dst = append(dst, '-')
	}
	dst = append(dst, '0', fmt, byte('0'+m>>60))
	frac := m << 4 // the fraction's first hex digit in the top four bits
	if prec < 0 && frac != 0 {
		dst = append(dst, '.')
		for frac != 0 {
			dst = append(dst, digits[frac>>60])
			frac <<= 4
		}
	} else if prec > 0 {
		dst = append(dst, '.')
		for i := 0; i < prec; i++ {
			dst = append(dst, digits[frac>>60])
			frac <<= 4
		}
	}
	dst = append(dst, p)
	if exp < 0 {
		dst = append(dst, '-')
		exp = -exp
	} else {
		dst = append(dst, '+')
	}
	if exp >= 1000 {
		dst = append(dst, byte('0'+exp/1000))
	}
	if exp >= 100 {
		dst = append(dst, byte('0'+exp/100%10))
	}
	return append(dst, byte('0'+exp/10%10), byte('0'+exp%10))
}
