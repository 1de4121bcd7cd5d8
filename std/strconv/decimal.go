package strconv

// Exact decimal arithmetic for the float conversions. A float64, or a point halfway between two
// of them, has at most 768 significant digits, so 800 digits hold every such number exactly;
// a longer number read from text keeps its first 800 digits and remembers that the rest was
// not all zeros, which is all that rounding it needs.

const decimalDigits = 800

// A decimal is 0.d[0]d[1]…d[nd-1] × 10**dp with ASCII digits and no trailing zeros (nd == 0:
// zero). trunc: digits past d were dropped and were not all zeros.
type decimal struct {
	d     [decimalDigits]byte
	nd    int
	dp    int
	trunc bool
}

// setUint makes a the integer v.
func (a *decimal) setUint(v uint64) {
	var buf [20]byte
	i := len(buf)
	for v > 0 {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	a.nd = copy(a.d[:], buf[i:])
	a.dp = a.nd
	a.trunc = false
	a.trim()
}

// trim drops trailing zeros; zero gets dp 0.
func (a *decimal) trim() {
	for a.nd > 0 && a.d[a.nd-1] == '0' {
		a.nd--
	}
	if a.nd == 0 {
		a.dp = 0
	}
}

// A shift step multiplies digits by at most 2**60: 9<<60 plus a carry below 2**60 fits a
// uint64, and so does a remainder below 2**60 times 10 plus a digit.
const maxShift = 60

// shift multiplies a by 2**k, or divides it by 2**-k when k is negative.
func (a *decimal) shift(k int) {
	if a.nd == 0 {
		return
	}
	for k > 0 {
		s := k
		if s > maxShift {
			s = maxShift
		}
		a.double(uint(s))
		k -= s
	}
	for k < 0 {
		s := -k
		if s > maxShift {
			s = maxShift
		}
		a.halve(uint(s))
		k += s
	}
}

// double multiplies a by 2**s, working from the last digit up; the carry out of the first
// digit becomes new leading digits.
func (a *decimal) double(s uint) {
	var out [decimalDigits + 20]byte
	w := len(out)
	var carry uint64
	for r := a.nd - 1; r >= 0; r-- {
		v := uint64(a.d[r]-'0')<<s + carry
		w--
		out[w] = byte('0' + v%10)
		carry = v / 10
	}
	for carry > 0 {
		w--
		out[w] = byte('0' + carry%10)
		carry /= 10
	}
	n := len(out) - w
	a.dp += n - a.nd
	if n > decimalDigits {
		for _, c := range out[w+decimalDigits:] {
			if c != '0' {
				a.trunc = true
			}
		}
		n = decimalDigits
	}
	a.nd = copy(a.d[:], out[w:w+n])
	a.trim()
}

// halve divides a by 2**s by long division from the first digit: the quotient's digits are
// written over the dividend's, behind the reading position.
func (a *decimal) halve(s uint) {
	mask := uint64(1)<<s - 1
	// Bring in digits (zeros past the end) until the partial dividend reaches 2**s: that
	// makes the quotient's first digit, at the position of the last digit read.
	var acc uint64
	r := 0
	for acc>>s == 0 {
		acc *= 10
		if r < a.nd {
			acc += uint64(a.d[r] - '0')
		}
		r++
	}
	a.dp -= r - 1
	w := 0
	for ; r < a.nd; r++ {
		a.d[w] = byte('0' + acc>>s)
		w++
		acc = acc&mask*10 + uint64(a.d[r]-'0')
	}
	// The remainder's digits: each step makes one more quotient digit.
	for acc > 0 {
		q := acc >> s
		acc = acc & mask * 10
		if w < decimalDigits {
			a.d[w] = byte('0' + q)
			w++
		} else if q != 0 {
			a.trunc = true
		}
	}
	a.nd = w
	a.trim()
}

// roundsUp reports whether keeping the first n digits (n < nd) rounds up: the rest is more
// than half a unit of the last kept digit, or exactly half and that digit is odd.
func (a *decimal) roundsUp(n int) bool {
	switch {
	case a.d[n] > '5':
		return true
	case a.d[n] < '5':
		return false
	case n+1 < a.nd || a.trunc: // more follows the 5 (the digits have no trailing zeros)
		return true
	}
	return n > 0 && (a.d[n-1]-'0')%2 == 1
}

// round keeps n significant digits, rounding to nearest with ties to even. n <= 0 rounds to
// a multiple of 10**dp (or of a larger power): 1×10**dp or zero.
func (a *decimal) round(n int) {
	if n >= a.nd {
		return
	}
	if n < 0 {
		a.nd, a.dp, a.trunc = 0, 0, false
		return
	}
	up := a.roundsUp(n)
	a.trunc = false
	if !up {
		a.nd = n
		a.trim()
		return
	}
	for n > 0 && a.d[n-1] == '9' {
		n--
	}
	if n == 0 {
		// All nines (or no digit kept): the next power of ten.
		a.d[0] = '1'
		a.nd = 1
		a.dp++
		return
	}
	a.d[n-1]++
	a.nd = n
}

// Classes of the digits a prefix leaves out, measured in units of the prefix's last digit.
const (
	tailZero  = iota // nothing
	tailBelow        // more than nothing, less than half
	tailHalf         // exactly half
	tailAbove        // more than half
)

// prefix returns the integer made of the digits at positions 0 to n-1 of a frame whose
// position 0 has weight 10**(top-1) (top >= dp, n <= 19), and the class of the rest.
func (a *decimal) prefix(top, n int) (v uint64, tail int) {
	off := top - a.dp // a's digit i sits at position i+off
	for pos := 0; pos < n; pos++ {
		v *= 10
		if i := pos - off; i >= 0 && i < a.nd {
			v += uint64(a.d[i] - '0')
		}
	}
	i := n - off // the first digit left out
	switch {
	case i >= a.nd || a.nd == 0:
		return v, tailZero
	case i < 0 || a.d[i] < '5':
		return v, tailBelow
	case a.d[i] == '5' && i+1 == a.nd:
		return v, tailHalf
	}
	return v, tailAbove
}
