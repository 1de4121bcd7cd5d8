package time

import "errors"

// A Duration is the time between two instants as an int64 count of nanoseconds (about 290
// years either way).
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// The units. There is no Day: days change length across zone changes.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns d as "72h3m0.5s": hours, minutes and seconds with a fraction, leading
// zero units left out; under a second, in ms, µs or ns so that the first digit is not 0;
// "0s" for zero.
func (d Duration) String() string {
	var buf [32]byte
	n := d.format(&buf)
	return string(buf[n:])
}

// format writes d at the end of buf and returns where it starts. The longest result,
// "-2562047h47m16.854775808s", fits.
func (d Duration) format(buf *[32]byte) int {
	w := len(buf)
	u := uint64(d)
	if d < 0 {
		u = -u // the magnitude, right for MinInt64 too
	}
	w--
	buf[w] = 's'
	if u < uint64(Second) {
		var digits int
		w--
		switch {
		case u == 0:
			buf[w] = '0'
			return w
		case u < uint64(Microsecond):
			buf[w] = 'n'
		case u < uint64(Millisecond):
			digits = 3
			w--
			buf[w], buf[w+1] = 0xC2, 0xB5 // µ, U+00B5
		default:
			digits = 6
			buf[w] = 'm'
		}
		w, u = fmtFrac(buf[:w], u, digits)
		w = fmtInt(buf[:w], u)
	} else {
		w, u = fmtFrac(buf[:w], u, 9)
		w = fmtInt(buf[:w], u%60) // seconds
		if u /= 60; u > 0 {
			w--
			buf[w] = 'm'
			w = fmtInt(buf[:w], u%60)
			if u /= 60; u > 0 { // hours, the largest unit
				w--
				buf[w] = 'h'
				w = fmtInt(buf[:w], u)
			}
		}
	}
	if d < 0 {
		w--
		buf[w] = '-'
	}
	return w
}

// fmtFrac writes the last prec decimal digits of v at the end of buf as a fraction
// (".125"), without trailing zeros, nothing at all if they are all zero. It returns where
// the text starts and v with those digits removed.
func fmtFrac(buf []byte, v uint64, prec int) (int, uint64) {
	w := len(buf)
	seen := false
	for ; prec > 0; prec-- {
		digit := byte(v % 10)
		v /= 10
		if seen = seen || digit != 0; seen {
			w--
			buf[w] = '0' + digit
		}
	}
	if seen {
		w--
		buf[w] = '.'
	}
	return w, v
}

// fmtInt writes v in decimal at the end of buf and returns where it starts.
func fmtInt(buf []byte, v uint64) int {
	w := len(buf)
	for {
		w--
		buf[w] = '0' + byte(v%10)
		if v /= 10; v == 0 {
			return w
		}
	}
}

// Nanoseconds returns d in nanoseconds.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns d in whole microseconds, truncated toward zero.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns d in whole milliseconds, truncated toward zero.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// The float conversions add the whole units and the remaining nanoseconds separately, so
// that truncating the result agrees with integer division.

// Seconds returns d in seconds.
func (d Duration) Seconds() float64 {
	whole, rest := d/Second, d%Second
	return float64(whole) + float64(rest)/1e9
}

// Minutes returns d in minutes.
func (d Duration) Minutes() float64 {
	whole, rest := d/Minute, d%Minute
	return float64(whole) + float64(rest)/(60*1e9)
}

// Hours returns d in hours.
func (d Duration) Hours() float64 {
	whole, rest := d/Hour, d%Hour
	return float64(whole) + float64(rest)/(60*60*1e9)
}

// Truncate returns d rounded toward zero to a multiple of m; d if m <= 0.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// lessThanHalf reports whether 2x < y for non-negative x and y, without overflow.
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round returns d rounded to the nearest multiple of m, halves away from zero, saturated
// to the Duration range; d if m <= 0.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if away := d - m + r; away < d {
			return away
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if away := d + m - r; away > d {
		return away
	}
	return maxDuration
}

// Abs returns |d|; MinInt64 gives MaxInt64.
func (d Duration) Abs() Duration {
	if d >= 0 {
		return d
	}
	if d == minDuration {
		return maxDuration
	}
	return -d
}

// parseDurationError is ParseDuration's error: "time: MESSAGE "VALUE"".
type parseDurationError struct {
	message string
	value   string
}

func (e *parseDurationError) Error() string {
	return "time: " + e.message + " " + quote(e.value)
}

// unitNanos returns the nanoseconds of a unit of ParseDuration, or 0 for an unknown one.
func unitNanos(u string) uint64 {
	switch u {
	case "ns":
		return uint64(Nanosecond)
	case "us", "µs", "μs": // micro sign U+00B5 and Greek mu U+03BC
		return uint64(Microsecond)
	case "ms":
		return uint64(Millisecond)
	case "s":
		return uint64(Second)
	case "m":
		return uint64(Minute)
	case "h":
		return uint64(Hour)
	}
	return 0
}

// ParseDuration parses a signed sequence of decimal numbers, each with an optional
// fraction and a unit ("300ms", "-1.5h", "2h45m"); the units are ns, us (µs), ms, s, m, h.
func ParseDuration(s string) (Duration, error) {
	orig := s
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, &parseDurationError{"invalid duration", orig}
	}
	var total uint64
	for s != "" {
		if c := s[0]; c != '.' && (c < '0' || c > '9') {
			return 0, &parseDurationError{"invalid duration", orig}
		}
		// The whole part.
		before := len(s)
		v, rest, err := leadingInt(s)
		if err != nil {
			return 0, &parseDurationError{"invalid duration", orig}
		}
		s = rest
		digits := before != len(s)

		// The fraction: f / scale.
		var f uint64
		scale := 1.0
		if s != "" && s[0] == '.' {
			s = s[1:]
			before = len(s)
			f, scale, s = leadingFraction(s)
			digits = digits || before != len(s)
		}
		if !digits {
			return 0, &parseDurationError{"invalid duration", orig}
		}

		// The unit: everything up to the next number.
		i := 0
		for i < len(s) && s[i] != '.' && (s[i] < '0' || s[i] > '9') {
			i++
		}
		if i == 0 {
			return 0, &parseDurationError{"missing unit in duration", orig}
		}
		u := s[:i]
		s = s[i:]
		unit := unitNanos(u)
		if unit == 0 {
			return 0, &parseDurationError{"unknown unit " + quote(u) + " in duration", orig}
		}
		if v > 1<<63/unit {
			return 0, &parseDurationError{"invalid duration", orig}
		}
		v *= unit
		if f > 0 {
			// In float64 so that fractions of an hour stay exact to the nanosecond.
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, &parseDurationError{"invalid duration", orig}
			}
		}
		total += v
		if total > 1<<63 {
			return 0, &parseDurationError{"invalid duration", orig}
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return 0, &parseDurationError{"invalid duration", orig}
	}
	return Duration(total), nil
}

// errLeadingInt is leadingInt's overflow (never shown).
var errLeadingInt = errors.New("time: bad [0-9]*")

// leadingInt consumes the leading decimal digits of s; an error past 1<<63.
func leadingInt(s string) (x uint64, rem string, err error) {
	i := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		if x > 1<<63/10 {
			return 0, "", errLeadingInt
		}
		x = x*10 + uint64(s[i]-'0')
		if x > 1<<63 {
			return 0, "", errLeadingInt
		}
	}
	return x, s[i:], nil
}

// leadingFraction consumes the leading decimal digits of s as a fraction x/scale; digits
// past what an int64 holds are consumed but ignored.
func leadingFraction(s string) (x uint64, scale float64, rem string) {
	scale = 1
	full := false
	i := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		if full {
			continue
		}
		if x > (1<<63-1)/10 {
			full = true
			continue
		}
		next := x*10 + uint64(s[i]-'0')
		if next > 1<<63 {
			full = true
			continue
		}
		x = next
		scale *= 10
	}
	return x, scale, s[i:]
}
