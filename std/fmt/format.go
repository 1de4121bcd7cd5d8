package fmt

import (
	"strconv"
	"unicode/utf8"
)

// The digits of hexadecimal output; index 16 is the letter of the 0x prefix.
const (
	lowerDigits = "0123456789abcdefx"
	upperDigits = "0123456789ABCDEFX"
)

// flags are the flags of one verb. plusV and sharpV are '+' and '#' on %v, which mean
// "field names" and "Go syntax" rather than what they mean for numbers.
type flags struct {
	widPresent  bool
	precPresent bool
	minus       bool
	plus        bool
	sharp       bool
	space       bool
	zero        bool
	plusV       bool
	sharpV      bool
}

// formatter writes single values into a printer's buffer under the current flags, width
// and precision.
type formatter struct {
	out *[]byte
	flags
	wid  int
	prec int
	// scratch holds an integer's digits (64 binary digits, a sign and a 0x prefix fit),
	// a quoted rune, or a float.
	scratch [68]byte
}

func (f *formatter) reset() {
	f.flags = flags{}
	f.wid = 0
	f.prec = 0
}

// pad writes n padding bytes: zeros when the 0 flag pads on the left, spaces otherwise.
func (f *formatter) pad(n int) {
	if n <= 0 {
		return
	}
	c := byte(' ')
	if f.zero && !f.minus {
		c = '0'
	}
	b := *f.out
	if len(b)+n > cap(b) {
		// Grow as gc's does: twice the capacity plus what is needed.
		nb := make([]byte, len(b), cap(b)*2+n)
		copy(nb, b)
		b = nb
	}
	for i := 0; i < n; i++ {
		b = append(b, c)
	}
	*f.out = b
}

// write writes b padded to the width (counted in runes), on the left unless '-'.
func (f *formatter) write(b []byte) {
	if !f.widPresent || f.wid == 0 {
		*f.out = append(*f.out, b...)
		return
	}
	n := f.wid - utf8.RuneCount(b)
	if f.minus {
		*f.out = append(*f.out, b...)
		f.pad(n)
	} else {
		f.pad(n)
		*f.out = append(*f.out, b...)
	}
}

// writeString is write for a string.
func (f *formatter) writeString(s string) {
	if !f.widPresent || f.wid == 0 {
		*f.out = append(*f.out, s...)
		return
	}
	n := f.wid - utf8.RuneCountInString(s)
	if f.minus {
		*f.out = append(*f.out, s...)
		f.pad(n)
	} else {
		f.pad(n)
		*f.out = append(*f.out, s...)
	}
}

// writeSpacePadded is write with spaces even under the 0 flag.
func (f *formatter) writeSpacePadded(b []byte) {
	zero := f.zero
	f.zero = false
	f.write(b)
	f.zero = zero
}

func (f *formatter) boolean(v bool) {
	if v {
		f.writeString("true")
	} else {
		f.writeString("false")
	}
}

// unicode writes %U: U+0041, at least four hex digits (more with a precision), and with
// '#' the quoted character when it is printable: U+0041 'A'.
func (f *formatter) unicode(u uint64) {
	buf := f.scratch[:]
	digits := 4
	if f.precPresent && f.prec > 4 {
		digits = f.prec
		// "U+", the digits, " '", the character, "'".
		if need := 2 + digits + 2 + utf8.UTFMax + 1; need > len(buf) {
			buf = make([]byte, need)
		}
	}
	i := len(buf)
	if f.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		i--
		buf[i] = '\''
		i -= utf8.RuneLen(rune(u))
		utf8.EncodeRune(buf[i:], rune(u))
		i--
		buf[i] = '\''
		i--
		buf[i] = ' '
	}
	for {
		i--
		buf[i] = upperDigits[u&0xF]
		digits--
		u >>= 4
		if u == 0 {
			break
		}
	}
	for ; digits > 0; digits-- {
		i--
		buf[i] = '0'
	}
	i -= 2
	buf[i], buf[i+1] = 'U', '+'
	f.writeSpacePadded(buf[i:])
}

// integer writes u (a signed value's bits when signed) in base 2, 8, 10 or 16.
func (f *formatter) integer(u uint64, base int, signed bool, verb rune, digits string) {
	negative := signed && int64(u) < 0
	if negative {
		u = -u
	}
	buf := f.scratch[:]
	if f.widPresent || f.precPresent {
		// Room for the digits, a sign and a prefix.
		if need := 3 + f.wid + f.prec; need > len(buf) {
			buf = make([]byte, need)
		}
	}
	// The minimum number of digits: the precision, or the width under the 0 flag.
	minDigits := 0
	if f.precPresent {
		minDigits = f.prec
		if minDigits == 0 && u == 0 {
			// %.0d of zero prints nothing but the padding.
			zero := f.zero
			f.zero = false
			f.pad(f.wid)
			f.zero = zero
			return
		}
	} else if f.zero && !f.minus && f.widPresent {
		minDigits = f.wid
		if negative || f.plus || f.space {
			minDigits-- // the sign takes one column
		}
	}
	i := len(buf)
	switch base {
	case 10:
		for u >= 10 {
			i--
			q := u / 10
			buf[i] = byte('0' + u - q*10)
			u = q
		}
	case 16:
		for u >= 16 {
			i--
			buf[i] = digits[u&0xF]
			u >>= 4
		}
	case 8:
		for u >= 8 {
			i--
			buf[i] = byte('0' + u&7)
			u >>= 3
		}
	case 2:
		for u >= 2 {
			i--
			buf[i] = byte('0' + u&1)
			u >>= 1
		}
	default:
		panic("fmt: unknown base; can't happen")
	}
	i--
	buf[i] = digits[u]
	for i > 0 && minDigits > len(buf)-i {
		i--
		buf[i] = '0'
	}
	if f.sharp {
		switch base {
		case 2:
			i -= 2
			buf[i], buf[i+1] = '0', 'b'
		case 8:
			if buf[i] != '0' {
				i--
				buf[i] = '0'
			}
		case 16:
			i -= 2
			buf[i], buf[i+1] = '0', digits[16]
		}
	}
	if verb == 'O' {
		i -= 2
		buf[i], buf[i+1] = '0', 'o'
	}
	switch {
	case negative:
		i--
		buf[i] = '-'
	case f.plus:
		i--
		buf[i] = '+'
	case f.space:
		i--
		buf[i] = ' '
	}
	// The 0 flag has been turned into digits already: pad the rest with spaces.
	f.writeSpacePadded(buf[i:])
}

// truncateString cuts s to the precision, counted in runes.
func (f *formatter) truncateString(s string) string {
	if f.precPresent {
		n := f.prec
		for i := range s {
			if n == 0 {
				return s[:i]
			}
			n--
		}
	}
	return s
}

// truncateBytes cuts b to the precision, counted in runes.
func (f *formatter) truncateBytes(b []byte) []byte {
	if f.precPresent {
		n := f.prec
		for i := 0; i < len(b); {
			if n == 0 {
				return b[:i]
			}
			n--
			_, size := utf8.DecodeRune(b[i:])
			i += size
		}
	}
	return b
}

func (f *formatter) str(s string) { f.writeString(f.truncateString(s)) }

func (f *formatter) bytes(b []byte) { f.write(f.truncateBytes(b)) }

// hexBytes writes %x or %X of a string (b == nil) or byte slice: two digits per byte, with
// "0x" once (or before each byte, with ' '), bytes separated by spaces under ' '.
func (f *formatter) hexBytes(s string, b []byte, digits string) {
	n := len(b)
	if b == nil {
		n = len(s)
	}
	if f.precPresent && f.prec < n {
		n = f.prec // the precision counts input bytes
	}
	if n == 0 {
		if f.widPresent {
			f.pad(f.wid)
		}
		return
	}
	width := 2 * n
	if f.space {
		if f.sharp {
			width *= 2
		}
		width += n - 1
	} else if f.sharp {
		width += 2
	}
	if f.widPresent && f.wid > width && !f.minus {
		f.pad(f.wid - width)
	}
	out := *f.out
	if f.sharp {
		out = append(out, '0', digits[16])
	}
	for i := 0; i < n; i++ {
		if f.space && i > 0 {
			out = append(out, ' ')
			if f.sharp {
				out = append(out, '0', digits[16])
			}
		}
		var c byte
		if b != nil {
			c = b[i]
		} else {
			c = s[i]
		}
		out = append(out, digits[c>>4], digits[c&0xF])
	}
	*f.out = out
	if f.widPresent && f.wid > width && f.minus {
		f.pad(f.wid - width)
	}
}

// quoted writes %q of a string: backquoted under '#' when it can be, else a Go string
// literal (ASCII only under '+').
func (f *formatter) quoted(s string) {
	s = f.truncateString(s)
	if f.sharp && strconv.CanBackquote(s) {
		f.writeString("`" + s + "`")
		return
	}
	if f.plus {
		f.write(strconv.AppendQuoteToASCII(f.scratch[:0], s))
	} else {
		f.write(strconv.AppendQuote(f.scratch[:0], s))
	}
}

// char writes %c: the character, U+FFFD for a value beyond Unicode.
func (f *formatter) char(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	f.write(utf8.AppendRune(f.scratch[:0], r))
}

// quotedChar writes %q of an integer: a Go character literal (ASCII only under '+').
func (f *formatter) quotedChar(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	if f.plus {
		f.write(strconv.AppendQuoteRuneToASCII(f.scratch[:0], r))
	} else {
		f.write(strconv.AppendQuoteRune(f.scratch[:0], r))
	}
}

// float writes v (of bitSize size) with strconv's format verb and precision prec (the
// flags' precision wins), then applies the sign flags, '#' and padding.
func (f *formatter) float(v float64, size int, verb rune, prec int) {
	if f.precPresent {
		prec = f.prec
	}
	// Leave a byte in front for a sign: num[0] is always the sign from here on.
	num := strconv.AppendFloat(f.scratch[:1], v, byte(verb), prec, size)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	} else {
		num[0] = '+'
	}
	if f.space && num[0] == '+' && !f.plus {
		num[0] = ' '
	}
	// Infinities and NaN: no zero padding, and NaN has no sign unless asked for.
	if num[1] == 'I' || num[1] == 'N' {
		if num[1] == 'N' && !f.space && !f.plus {
			num = num[1:]
		}
		f.writeSpacePadded(num)
		return
	}
	if f.sharp && verb != 'b' {
		num = f.alternateFloat(num, verb, prec)
	}
	if f.plus || num[0] != '+' {
		// A sign to print: zero padding goes between it and the digits.
		if f.zero && !f.minus && f.widPresent && f.wid > len(num) {
			*f.out = append(*f.out, num[0])
			f.pad(f.wid - len(num))
			*f.out = append(*f.out, num[1:]...)
			return
		}
		f.write(num)
		return
	}
	f.write(num[1:])
}

// alternateFloat applies '#' to a formatted float: always a decimal point, and for %g
// (and %v, %x) trailing zeros kept up to the precision's number of significant digits.
func (f *formatter) alternateFloat(num []byte, verb rune, prec int) []byte {
	want := 0 // significant digits still to show
	switch verb {
	case 'v', 'g', 'G', 'x':
		want = prec
		if want == -1 {
			// The shortest form: %#g shows six digits, as %g with no precision in C.
			want = 6
		}
	}
	// Split off the exponent, count the significant digits before it.
	var tailBuf [6]byte
	tail := tailBuf[:0]
	point := false
	nonzero := false
	for i := 1; i < len(num); i++ {
		c := num[i]
		if c == '.' {
			point = true
			continue
		}
		if c == 'p' || c == 'P' || (c == 'e' || c == 'E') && verb != 'x' && verb != 'X' {
			tail = append(tail, num[i:]...)
			num = num[:i]
			break
		}
		if c != '0' {
			nonzero = true
		}
		if nonzero {
			want--
		}
	}
	if !point {
		// A lone zero counts as one significant digit.
		if len(num) == 2 && num[1] == '0' {
			want--
		}
		num = append(num, '.')
	}
	for ; want > 0; want-- {
		num = append(num, '0')
	}
	return append(num, tail...)
}
