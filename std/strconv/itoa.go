// Package strconv converts between strings and numbers, booleans and quoted strings.
//
// gocrane's implementation.
package strconv

// IntSize is the size in bits of an int or uint.
const IntSize = 64

// The strings of 0 to 99, sliced for small numbers so that they need no memory.
const smallsString = "00010203040506070809" +
	"10111213141516171819" +
	"20212223242526272829" +
	"30313233343536373839" +
	"40414243444546474849" +
	"50515253545556575859" +
	"60616263646566676869" +
	"70717273747576777879" +
	"80818283848586878889" +
	"90919293949596979899"

const nSmalls = 100

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// small returns the string of 0 <= i < 100 without allocating.
func small(i int) string {
	if i < 10 {
		return digits[i : i+1]
	}
	return smallsString[i*2 : i*2+2]
}

// FormatUint returns i in base (2 to 36), lower-case letters for digits past 9.
func FormatUint(i uint64, base int) string {
	if i < nSmalls && base == 10 {
		return small(int(i))
	}
	_, s := formatBits(nil, i, base, false, false)
	return s
}

// FormatInt returns i in base (2 to 36), with a minus sign if negative.
func FormatInt(i int64, base int) string {
	if 0 <= i && i < nSmalls && base == 10 {
		return small(int(i))
	}
	_, s := formatBits(nil, uint64(i), base, i < 0, false)
	return s
}

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string { return FormatInt(int64(i), 10) }

// AppendInt appends FormatInt(i, base) to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	if 0 <= i && i < nSmalls && base == 10 {
		return append(dst, small(int(i))...)
	}
	dst, _ = formatBits(dst, uint64(i), base, i < 0, true)
	return dst
}

// AppendUint appends FormatUint(i, base) to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	if i < nSmalls && base == 10 {
		return append(dst, small(int(i))...)
	}
	dst, _ = formatBits(dst, i, base, false, true)
	return dst
}

// formatBits writes u (negated if neg) in base into a buffer from its end, then appends it to
// dst or returns it as a string.
func formatBits(dst []byte, u uint64, base int, neg, appendMode bool) (d []byte, s string) {
	if base < 2 || base > len(digits) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	var a [64 + 1]byte // a sign and 64 binary digits
	i := len(a)
	if neg {
		u = -u
	}
	b := uint64(base)
	for u >= b {
		i--
		a[i] = digits[u%b]
		u /= b
	}
	i--
	a[i] = digits[u]
	if neg {
		i--
		a[i] = '-'
	}
	if appendMode {
		d = append(dst, a[i:]...)
		return
	}
	s = string(a[i:])
	return
}
