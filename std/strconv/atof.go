package strconv

// ParseFloat reads s as a float64, or as a float32 when bitSize is 32 (any other bitSize means
// 64): decimal or hexadecimal (0x1.8p3) as Go writes floating-point literals, underscores
// between digits as Go allows them, or "inf", "infinity" (with an optional sign) and "nan" in
// any case. The result is the float nearest to s, ties to even. A number too large for the
// type gives ±Inf and ErrRange; one too small gives ±0 and no error.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, n, err := parseFloatPrefix(s, bitSize)
	if n != len(s) {
		return 0, syntaxError("ParseFloat", s)
	}
	if err != nil {
		return f, &NumError{"ParseFloat", cloneString(s), err}
	}
	return f, nil
}

// parseFloatPrefix reads the float at the start of s, returning how many bytes it used and
// ErrSyntax or ErrRange as errors.
func parseFloatPrefix(s string, bitSize int) (float64, int, error) {
	if f, n, ok := special(s); ok {
		if bitSize == 32 {
			return float64(float32(f)), n, nil
		}
		return f, n, nil
	}
	k := &float64Kind
	if bitSize == 32 {
		k = &float32Kind
	}
	num := new(floatText)
	n, ok := num.scan(s)
	if !ok {
		return 0, n, ErrSyntax
	}
	var b uint64
	var over bool
	if num.hex {
		b, over = roundToFloat(num.mant, num.exp, num.trunc, k)
	} else {
		b, over = num.dec.toFloat(k)
	}
	if num.neg {
		b |= 1 << (k.expBits + k.mantBits)
	}
	f := float64frombits(b)
	if k == &float32Kind {
		f = float64(float32frombits(uint32(b)))
	}
	if over {
		return f, n, ErrRange
	}
	return f, n, nil
}

// special reads a possibly signed "inf" or "infinity", or an unsigned "nan", in any case, at
// the start of s.
func special(s string) (f float64, n int, ok bool) {
	sign := 1
	i := 0
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		if s[0] == '-' {
			sign = -1
		}
		i = 1
	}
	switch {
	case hasPrefixFold(s[i:], "infinity"):
		n = i + 8
	case hasPrefixFold(s[i:], "inf"):
		n = i + 3
	case i == 0 && hasPrefixFold(s, "nan"):
		return float64frombits(0x7FF8000000000001), 3, true
	default:
		return 0, 0, false
	}
	if sign < 0 {
		return float64frombits(0xFFF0000000000000), n, true
	}
	return float64frombits(0x7FF0000000000000), n, true
}

// hasPrefixFold reports whether s starts with the lower-case ASCII word w, in any case.
func hasPrefixFold(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// A floatText is a number read from text, before rounding.
type floatText struct {
	neg   bool
	hex   bool
	mant  uint64 // hex: the first 16 significant hex digits
	exp   int    // hex: the number is mant × 2**exp
	trunc bool   // hex: the digits after those in mant are not all zeros
	dec   decimal
}

// scan reads the longest prefix of s that looks like a floating-point number: a sign, digits
// with at most one point, then an exponent (e for decimal, p for hexadecimal, which must have
// one). It reports how many bytes it read and whether they are a number; an exponent larger
// than 10000 or so only counts as large (as gc reads it).
func (t *floatText) scan(s string) (n int, ok bool) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		t.neg = s[i] == '-'
		i++
	}
	expChar := byte('e')
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		t.hex = true
		expChar = 'p'
		i += 2
	}
	underscores, sawDot, sawDigits := false, false, false
	nd, kept, dp := 0, 0, 0 // significant digits, those in mant (hex), point position
	d := &t.dec
digits:
	for ; i < len(s); i++ {
		c := s[i]
		var v byte
		switch {
		case c == '_':
			underscores = true
			continue
		case c == '.':
			if sawDot {
				break digits
			}
			sawDot = true
			dp = nd
			continue
		case '0' <= c && c <= '9':
			v = c - '0'
		case t.hex && 'a' <= lower(c) && lower(c) <= 'f':
			v = lower(c) - 'a' + 10
		default:
			break digits
		}
		sawDigits = true
		if v == 0 && nd == 0 {
			dp-- // a leading zero
			continue
		}
		nd++
		if t.hex {
			if kept < 16 {
				t.mant = t.mant<<4 | uint64(v)
				kept++
			} else if v != 0 {
				t.trunc = true
			}
		} else if d.nd < decimalDigits {
			d.d[d.nd] = c
			d.nd++
		} else if v != 0 {
			d.trunc = true
		}
	}
	if !sawDigits {
		return i, false
	}
	if !sawDot {
		dp = nd
	}
	if t.hex {
		dp *= 4
	}
	if i < len(s) && lower(s[i]) == expChar {
		i++
		esign := 1
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			if s[i] == '-' {
				esign = -1
			}
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return i, false
		}
		e := 0
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
			} else if e < 10000 {
				e = e*10 + int(s[i]-'0')
			}
		}
		dp += e * esign
	} else if t.hex {
		return i, false
	}
	if underscores && !underscoreOK(s[:i]) {
		return i, false
	}
	if t.hex {
		if t.mant != 0 {
			t.exp = dp - 4*kept
		}
	} else {
		d.dp = dp
		d.trim()
	}
	return i, true
}

// toFloat rounds a to the nearest float of kind k (ties to even), returning its encoding
// (positive) and whether it overflowed to infinity. It changes a.
func (a *decimal) toFloat(k *floatKind) (b uint64, overflow bool) {
	switch {
	case a.nd == 0 || a.dp < -330: // below half the smallest float64
		return 0, false
	case a.dp > 310: // above the largest float64
		return roundToFloat(1, 1<<20, false, k)
	}
	// Scale a into [1/2, 1), counting the powers of two in e: shifts right may overshoot
	// below 1/2; shifts left cannot pass 1, as a < 10**dp <= 2**(3*-dp).
	e := 0
	for a.dp > 0 {
		s := 3*a.dp + 1
		if s > maxShift {
			s = maxShift
		}
		a.shift(-s)
		e += s
	}
	for a.dp < 0 || a.dp == 0 && a.d[0] < '5' {
		s := 1
		if a.dp < 0 {
			s = -3 * a.dp
			if s > maxShift {
				s = maxShift
			}
		}
		a.shift(s)
		e -= s
	}
	// Now a × 2**64 has 64 bits before the point; the bits after it only count as not zero.
	a.shift(64)
	var m uint64
	for i := 0; i < a.dp; i++ {
		m = m*10 + uint64(digitOf(a.d[:a.nd], i)-'0')
	}
	return roundToFloat(m, e-64, a.nd > a.dp || a.trunc, k)
}

// roundToFloat rounds (m + δ) × 2**e to the nearest float of kind k, ties to even, where
// 0 <= δ < 1 and δ > 0 exactly when sticky (then m must have more bits than the float's
// mantissa and two). It returns the float's encoding (positive) and whether it overflowed.
func roundToFloat(m uint64, e int, sticky bool, k *floatKind) (b uint64, overflow bool) {
	if m == 0 {
		return 0, false
	}
	top := e - 1 // the exponent of m's leading bit
	for v := m; v > 0; v >>= 1 {
		top++
	}
	// The unit of the last place: that of top's binade, or of the smallest normal one.
	minExp := k.bias + 1
	if top < minExp {
		top = minExp
	}
	unit := top - int(k.mantBits)
	var r uint64
	if sh := unit - e; sh <= 0 {
		r = m << uint(-sh)
	} else {
		var half, rest bool
		switch {
		case sh < 64:
			r = m >> uint(sh)
			half = m>>uint(sh-1)&1 != 0
			rest = m&(1<<uint(sh-1)-1) != 0 || sticky
		case sh == 64:
			half = m>>63 != 0
			rest = m&(1<<63-1) != 0 || sticky
		}
		if half && (rest || r%2 == 1) {
			r++
		}
	}
	if r == 2<<k.mantBits { // rounded up into the next binade
		r >>= 1
		unit++
	}
	if r < 1<<k.mantBits {
		return r, false // subnormal or zero
	}
	biased := unit + int(k.mantBits) - k.bias
	if biased >= 1<<k.expBits-1 {
		return uint64(1<<k.expBits-1) << k.mantBits, true
	}
	return uint64(biased)<<k.mantBits | r&(1<<k.mantBits-1), false
}
