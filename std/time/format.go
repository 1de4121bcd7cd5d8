package time

import "errors"

// Layouts for Format and Parse, each the reference time
//
//	Mon Jan 2 15:04:05 MST 2006 (Unix time 1136239445, MST being UTC-7)
//
// written in the wanted form. The elements a layout may hold:
//
//	year 2006 06; month Jan January 01 1; weekday Mon Monday; day 2 _2 02; day of the
//	year __2 002; hour 15 3 03; minute 4 04; second 5 05; PM pm; zone MST, -0700 -07:00
//	-07 -070000 -07:00:00 and the same with Z for the sign (Z for UTC); a fraction of a
//	second .000 or ,000 (that many digits) or .999 ,999 (trailing zeros dropped).
//
// Anything else is copied (Format) or must match (Parse).
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// The elements of a layout, as nextStdChunk finds them. A fraction's element also carries
// its digit count (bits 8..19) and whether its separator is a comma (bit 20).
const (
	elemNone                  = iota
	elemLongMonth             // January
	elemMonth                 // Jan
	elemNumMonth              // 1
	elemZeroMonth             // 01
	elemLongWeekDay           // Monday
	elemWeekDay               // Mon
	elemDay                   // 2
	elemUnderDay              // _2
	elemZeroDay               // 02
	elemUnderYearDay          // __2
	elemZeroYearDay           // 002
	elemHour                  // 15
	elemHour12                // 3
	elemZeroHour12            // 03
	elemMinute                // 4
	elemZeroMinute            // 04
	elemSecond                // 5
	elemZeroSecond            // 05
	elemLongYear              // 2006
	elemYear                  // 06
	elemPM                    // PM
	elempm                    // pm
	elemTZ                    // MST
	elemISO8601TZ             // Z0700
	elemISO8601SecondsTZ      // Z070000
	elemISO8601ShortTZ        // Z07
	elemISO8601ColonTZ        // Z07:00
	elemISO8601ColonSecondsTZ // Z07:00:00
	elemNumTZ                 // -0700
	elemNumSecondsTZ          // -070000
	elemNumShortTZ            // -07
	elemNumColonTZ            // -07:00
	elemNumColonSecondsTZ     // -07:00:00
	elemFrac0                 // .000, all digits
	elemFrac9                 // .999, trailing zeros dropped

	elemKind      = 0xff
	fracDigitsPos = 8
	fracComma     = 1 << 20
)

// fracElem packs a fraction element: its kind, digit count and separator.
func fracElem(kind, digits int, sep byte) int {
	e := kind | (digits&0xfff)<<fracDigitsPos
	if sep == ',' {
		e |= fracComma
	}
	return e
}

// fracDigits returns a fraction element's digit count.
func fracDigits(e int) int { return e >> fracDigitsPos & 0xfff }

// fracSep returns a fraction element's separator.
func fracSep(e int) byte {
	if e&fracComma != 0 {
		return ','
	}
	return '.'
}

// isZoneElem reports whether e is a numeric zone element; iso8601 whether Z stands for UTC.
func isZoneElem(e int) bool { return e >= elemISO8601TZ && e <= elemNumColonSecondsTZ }
func iso8601(e int) bool    { return e >= elemISO8601TZ && e <= elemISO8601ColonSecondsTZ }

// startsLower reports whether s begins with a lower-case ASCII letter (so that "Mon" in
// "Month" is text).
func startsLower(s string) bool {
	return len(s) > 0 && s[0] >= 'a' && s[0] <= 'z'
}

// hasAt reports whether s holds sub at i.
func hasAt(s string, i int, sub string) bool {
	return len(s)-i >= len(sub) && s[i:i+len(sub)] == sub
}

// The numeric zone elements, longest first as they are tried, after their sign.
var zoneForms = []string{"070000", "07:00:00", "0700", "07:00", "07"}

// nextStdChunk splits layout at its first element: the text before, the element (0 if
// none), the text after.
func nextStdChunk(layout string) (prefix string, elem int, suffix string) {
	for i := 0; i < len(layout); i++ {
		c := layout[i]
		switch c {
		case 'J':
			if hasAt(layout, i, "January") {
				return layout[:i], elemLongMonth, layout[i+7:]
			}
			if hasAt(layout, i, "Jan") && !startsLower(layout[i+3:]) {
				return layout[:i], elemMonth, layout[i+3:]
			}
		case 'M':
			if hasAt(layout, i, "Monday") {
				return layout[:i], elemLongWeekDay, layout[i+6:]
			}
			if hasAt(layout, i, "Mon") && !startsLower(layout[i+3:]) {
				return layout[:i], elemWeekDay, layout[i+3:]
			}
			if hasAt(layout, i, "MST") {
				return layout[:i], elemTZ, layout[i+3:]
			}
		case '0':
			if i+1 < len(layout) && layout[i+1] >= '1' && layout[i+1] <= '6' {
				var e int
				switch layout[i+1] {
				case '1':
					e = elemZeroMonth
				case '2':
					e = elemZeroDay
				case '3':
					e = elemZeroHour12
				case '4':
					e = elemZeroMinute
				case '5':
					e = elemZeroSecond
				default:
					e = elemYear
				}
				return layout[:i], e, layout[i+2:]
			}
			if hasAt(layout, i, "002") {
				return layout[:i], elemZeroYearDay, layout[i+3:]
			}
		case '1':
			if hasAt(layout, i, "15") {
				return layout[:i], elemHour, layout[i+2:]
			}
			return layout[:i], elemNumMonth, layout[i+1:]
		case '2':
			if hasAt(layout, i, "2006") {
				return layout[:i], elemLongYear, layout[i+4:]
			}
			return layout[:i], elemDay, layout[i+1:]
		case '_':
			if hasAt(layout, i, "_2") {
				// "_2006" is an underscore and a year.
				if hasAt(layout, i+1, "2006") {
					return layout[:i+1], elemLongYear, layout[i+5:]
				}
				return layout[:i], elemUnderDay, layout[i+2:]
			}
			if hasAt(layout, i, "__2") {
				return layout[:i], elemUnderYearDay, layout[i+3:]
			}
		case '3':
			return layout[:i], elemHour12, layout[i+1:]
		case '4':
			return layout[:i], elemMinute, layout[i+1:]
		case '5':
			return layout[:i], elemSecond, layout[i+1:]
		case 'P':
			if hasAt(layout, i, "PM") {
				return layout[:i], elemPM, layout[i+2:]
			}
		case 'p':
			if hasAt(layout, i, "pm") {
				return layout[:i], elempm, layout[i+2:]
			}
		case '-', 'Z':
			for k, form := range zoneForms {
				if hasAt(layout, i+1, form) {
					e := zoneElem(c == 'Z', k)
					return layout[:i], e, layout[i+1+len(form):]
				}
			}
		case '.', ',':
			// A run of 0s or of 9s not followed by another digit is a fraction.
			if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
				d := layout[i+1]
				j := i + 1
				for j < len(layout) && layout[j] == d {
					j++
				}
				if !isDigit(layout, j) {
					kind := elemFrac0
					if d == '9' {
						kind = elemFrac9
					}
					return layout[:i], fracElem(kind, j-(i+1), c), layout[j:]
				}
			}
		}
	}
	return layout, elemNone, ""
}

// zoneElem returns the element of zoneForms[k], with Z for the sign or -.
func zoneElem(z bool, k int) int {
	var e int
	switch k {
	case 0:
		e = elemNumSecondsTZ
	case 1:
		e = elemNumColonSecondsTZ
	case 2:
		e = elemNumTZ
	case 3:
		e = elemNumColonTZ
	default:
		e = elemNumShortTZ
	}
	if z {
		e -= elemNumTZ - elemISO8601TZ
	}
	return e
}

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

var shortMonthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

var longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// equalFold reports whether s and t (of one length) are equal but for the case of ASCII
// letters.
func equalFold(s, t string) bool {
	for i := 0; i < len(s); i++ {
		a, b := s[i], t[i]
		if a == b {
			continue
		}
		a |= 0x20
		b |= 0x20
		if a != b || a < 'a' || a > 'z' {
			return false
		}
	}
	return true
}

// lookup finds the first name of tab that begins val, ignoring case: its index and the
// rest of val.
func lookup(tab []string, val string) (int, string, error) {
	for i, name := range tab {
		if len(val) >= len(name) && equalFold(val[:len(name)], name) {
			return i, val[len(name):], nil
		}
	}
	return -1, val, errBad
}

// appendInt appends x in decimal, its digits zero-padded to width.
func appendInt(b []byte, x int, width int) []byte {
	u := uint(x)
	if x < 0 {
		b = append(b, '-')
		u = uint(-x)
	}
	var digits [20]byte
	n := len(digits)
	for {
		n--
		digits[n] = '0' + byte(u%10)
		if u /= 10; u == 0 {
			break
		}
	}
	for pad := width - (len(digits) - n); pad > 0; pad-- {
		b = append(b, '0')
	}
	return append(b, digits[n:]...)
}

// errAtoi is atoi's error (never shown).
var errAtoi = errors.New("time: invalid number")

// atoi parses a signed decimal number; all of s must be one.
func atoi(s string) (int, error) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	q, rest, err := leadingInt(s)
	if err != nil || rest != "" {
		return 0, errAtoi
	}
	x := int(q)
	if neg {
		x = -x
	}
	return x, nil
}

// appendNano appends the fraction of a second nanosec (0..999999999) as the fraction
// element e asks.
func appendNano(b []byte, nanosec int, e int) []byte {
	trim := e&elemKind == elemFrac9
	n := fracDigits(e)
	if trim && (n == 0 || nanosec == 0) {
		return b
	}
	sep := fracSep(e)
	b = append(b, sep)
	b = appendInt(b, nanosec, 9)
	if n < 9 {
		b = b[:len(b)-9+n]
	}
	if trim {
		for len(b) > 0 && b[len(b)-1] == '0' {
			b = b[:len(b)-1]
		}
		if len(b) > 0 && b[len(b)-1] == sep {
			b = b[:len(b)-1]
		}
	}
	return b
}

// String returns t as "2006-01-02 15:04:05.999999999 -0700 MST", followed, if t has a
// monotonic reading, by " m=±SECONDS.NNNNNNNNN".
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.wall&monoFlag != 0 {
		m := uint64(t.ext)
		sign := byte('+')
		if t.ext < 0 {
			sign = '-'
			m = -m
		}
		buf := make([]byte, 0, 24)
		buf = append(buf, " m="...)
		buf = append(buf, sign)
		buf = appendInt(buf, int(m/1e9), 0)
		buf = append(buf, '.')
		buf = appendInt(buf, int(m%1e9), 9)
		s += string(buf)
	}
	return s
}

// GoString returns t as the Go expression time.Date(…) that makes it.
func (t Time) GoString() string {
	days, secs := dayAndClock(t.absSec())
	year, month, day, _ := civil(days)
	buf := make([]byte, 0, 70)
	buf = append(buf, "time.Date("...)
	buf = appendInt(buf, year, 0)
	buf = append(buf, ", time."...)
	buf = append(buf, longMonthNames[month-1]...)
	buf = append(buf, ", "...)
	buf = appendInt(buf, day, 0)
	buf = append(buf, ", "...)
	buf = appendInt(buf, secs/secondsPerHour, 0)
	buf = append(buf, ", "...)
	buf = appendInt(buf, secs%secondsPerHour/secondsPerMinute, 0)
	buf = append(buf, ", "...)
	buf = appendInt(buf, secs%secondsPerMinute, 0)
	buf = append(buf, ", "...)
	buf = appendInt(buf, t.Nanosecond(), 0)
	buf = append(buf, ", "...)
	switch loc := t.Location(); loc {
	case UTC, nil:
		buf = append(buf, "time.UTC"...)
	case Local:
		buf = append(buf, "time.Local"...)
	default:
		buf = append(buf, "time.Location("...)
		buf = append(buf, quote(loc.name)...)
		buf = append(buf, ')')
	}
	buf = append(buf, ')')
	return string(buf)
}

// Format returns t written in layout (see Layout).
func (t Time) Format(layout string) string {
	var b []byte
	if n := len(layout) + 10; n < 64 {
		var buf [64]byte // most results fit on the stack
		b = buf[:0]
	} else {
		b = make([]byte, 0, n)
	}
	b = t.AppendFormat(b, layout)
	return string(b)
}

// AppendFormat appends t written in layout to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	name, offset, abs := t.locabs()
	days, secs := dayAndClock(abs)
	var (
		year  int
		month Month
		day   int
		yday  int
		have  bool // the date fields are set
	)
	hour := secs / secondsPerHour
	min := secs % secondsPerHour / secondsPerMinute
	s := secs % secondsPerMinute

	for layout != "" {
		prefix, e, suffix := nextStdChunk(layout)
		if prefix != "" {
			b = append(b, prefix...)
		}
		if e == elemNone {
			break
		}
		layout = suffix
		if !have {
			year, month, day, yday = civil(days)
			have = true
		}
		switch e & elemKind {
		case elemYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case elemLongYear:
			b = appendInt(b, year, 4)
		case elemMonth:
			b = append(b, shortMonthNames[month-1]...)
		case elemLongMonth:
			b = append(b, longMonthNames[month-1]...)
		case elemNumMonth:
			b = appendInt(b, int(month), 0)
		case elemZeroMonth:
			b = appendInt(b, int(month), 2)
		case elemWeekDay:
			b = append(b, shortDayNames[weekdayOf(days)]...)
		case elemLongWeekDay:
			b = append(b, longDayNames[weekdayOf(days)]...)
		case elemDay:
			b = appendInt(b, day, 0)
		case elemUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case elemZeroDay:
			b = appendInt(b, day, 2)
		case elemUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
			}
			if yday < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, yday, 0)
		case elemZeroYearDay:
			b = appendInt(b, yday, 3)
		case elemHour:
			b = appendInt(b, hour, 2)
		case elemHour12, elemZeroHour12:
			h := hour % 12
			if h == 0 {
				h = 12 // midnight is 12AM, noon 12PM
			}
			width := 0
			if e == elemZeroHour12 {
				width = 2
			}
			b = appendInt(b, h, width)
		case elemMinute:
			b = appendInt(b, min, 0)
		case elemZeroMinute:
			b = appendInt(b, min, 2)
		case elemSecond:
			b = appendInt(b, s, 0)
		case elemZeroSecond:
			b = appendInt(b, s, 2)
		case elemPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case elempm:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case elemTZ:
			if name != "" {
				b = append(b, name...)
				break
			}
			// A zone without a name is written as -0700.
			b = appendOffset(b, offset, false, true, false)
		case elemFrac0, elemFrac9:
			b = appendNano(b, t.Nanosecond(), e)
		default:
			if isZoneElem(e) {
				if offset == 0 && iso8601(e) {
					b = append(b, 'Z')
					break
				}
				colon := e == elemISO8601ColonTZ || e == elemNumColonTZ ||
					e == elemISO8601ColonSecondsTZ || e == elemNumColonSecondsTZ
				minutes := e != elemNumShortTZ && e != elemISO8601ShortTZ
				seconds := e == elemISO8601SecondsTZ || e == elemNumSecondsTZ ||
					e == elemISO8601ColonSecondsTZ || e == elemNumColonSecondsTZ
				b = appendOffset(b, offset, colon, minutes, seconds)
			}
		}
	}
	return b
}

// appendOffset appends a zone offset (seconds east of UTC) as ±hh, then :mm or mm, then
// :ss or ss as asked. The sign is that of the whole minutes (an offset of -30 seconds is
// +00 and its seconds 30).
func appendOffset(b []byte, offset int, colon, minutes, seconds bool) []byte {
	zone := offset / 60
	abs := offset
	if zone < 0 {
		b = append(b, '-')
		zone = -zone
		abs = -abs
	} else {
		b = append(b, '+')
	}
	b = appendInt(b, zone/60, 2)
	if minutes {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, zone%60, 2)
	}
	if seconds {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, abs%60, 2)
	}
	return b
}

// appendStrictRFC3339 appends t in RFC3339Nano, with an error for what RFC 3339 cannot
// express: a year outside 0..9999, a zone offset of 24 hours or more.
func (t Time) appendStrictRFC3339(b []byte) ([]byte, error) {
	start := len(b)
	b = t.AppendFormat(b, RFC3339Nano)
	if b[start+4] != '-' {
		return b, errors.New("year outside of range [0,9999]")
	}
	if b[len(b)-1] != 'Z' {
		// The zone is ±hh:mm: more hour digits, or an hour over 23, is out of range.
		c := b[len(b)-6]
		hh := 10*(b[len(b)-5]-'0') + (b[len(b)-4] - '0')
		if c >= '0' && c <= '9' || hh >= 24 {
			return b, errors.New("timezone hour outside of range [0,23]")
		}
	}
	return b, nil
}

// parseStrictRFC3339 parses an RFC 3339 time in Local, as UnmarshalText wants.
func parseStrictRFC3339(b []byte) (Time, error) {
	t, err := Parse(RFC3339, string(b))
	if err != nil {
		return Time{}, err
	}
	return t, nil
}

// errBad stands for a field that does not parse (never shown).
var errBad = errors.New("bad value for field")

// A ParseError describes why Parse failed.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// newParseError returns a ParseError holding copies of the value's strings, so that the
// value the caller parses does not escape.
func newParseError(layout, value, layoutElem, valueElem, message string) *ParseError {
	return &ParseError{layout, cloneString(value), layoutElem, cloneString(valueElem), message}
}

// cloneString returns a copy of s in memory of its own.
func cloneString(s string) string {
	if len(s) == 0 {
		return ""
	}
	return string([]byte(s))
}

const hexDigits = "0123456789abcdef"

// quote returns s in double quotes, with " and \ escaped and every byte of a control
// character or of a non-ASCII character as \xHH (not strconv's quoting: time does not
// need it exact, and gc's time does it this way).
func quote(s string) string {
	buf := make([]byte, 1, len(s)+2)
	buf[0] = '"'
	for i, r := range s {
		if r >= 0x80 || r < ' ' {
			// The bytes of the character: a bad byte decodes as U+FFFD of width 1, an
			// encoded U+FFFD has 3.
			n := 1
			if r != 0xFFFD || i+2 < len(s) && s[i:i+3] == "\uFFFD" {
				n = len(string(r))
			}
			for j := i; j < i+n; j++ {
				buf = append(buf, '\\', 'x', hexDigits[s[j]>>4], hexDigits[s[j]&0xF])
			}
			continue
		}
		if r == '"' || r == '\\' {
			buf = append(buf, '\\')
		}
		buf = append(buf, byte(r))
	}
	buf = append(buf, '"')
	return string(buf)
}

// Error returns the ParseError's text.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) +
			": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

// isDigit reports whether s has a decimal digit at i.
func isDigit(s string, i int) bool {
	return i < len(s) && s[i] >= '0' && s[i] <= '9'
}

// getnum parses one or two digits (two if fixed) at the start of s.
func getnum(s string, fixed bool) (int, string, error) {
	if !isDigit(s, 0) {
		return 0, s, errBad
	}
	if !isDigit(s, 1) {
		if fixed {
			return 0, s, errBad
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

// getnum3 parses one to three digits (three if fixed) at the start of s.
func getnum3(s string, fixed bool) (int, string, error) {
	n, i := 0, 0
	for ; i < 3 && isDigit(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, errBad
	}
	return n, s[i:], nil
}

// cutspace drops the leading spaces of s.
func cutspace(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// skip removes the layout text prefix from the start of value; a run of spaces in prefix
// matches any run of spaces (none too, at the end of value's spaces).
func skip(value, prefix string) (string, error) {
	for len(prefix) > 0 {
		if prefix[0] == ' ' {
			if len(value) > 0 && value[0] != ' ' {
				return value, errBad
			}
			prefix = cutspace(prefix)
			value = cutspace(value)
			continue
		}
		if len(value) == 0 || value[0] != prefix[0] {
			return value, errBad
		}
		prefix = prefix[1:]
		value = value[1:]
	}
	return value, nil
}

// Parse parses value written in layout. Missing fields are zero (day and month 1), a
// time without a zone is UTC, and a zone offset or name that Local has at that time gives
// Local; another offset gives a FixedZone, another name a FixedZone of offset 0 (but
// GMT±h). A fraction of a second may follow the seconds even if layout has none.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is Parse with loc in place of UTC for a time without a zone and in
// place of Local for the zone's offset or name.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

func parse(layout, value string, defaultLocation, local *Location) (Time, error) {
	alayout, avalue := layout, value
	rangeErr := "" // the field that is out of range
	amSet, pmSet := false, false

	var (
		year       int
		month      int = -1
		day        int = -1
		yday       int = -1
		hour       int
		min        int
		sec        int
		nsec       int
		z          *Location
		zoneOffset int = -1
		zoneName   string
	)

	for {
		var err error
		prefix, e, suffix := nextStdChunk(layout)
		elem := layout[len(prefix) : len(layout)-len(suffix)]
		value, err = skip(value, prefix)
		if err != nil {
			return Time{}, newParseError(alayout, avalue, prefix, value, "")
		}
		if e == elemNone {
			if len(value) != 0 {
				return Time{}, newParseError(alayout, avalue, "", value, ": extra text: "+quote(value))
			}
			break
		}
		layout = suffix
		hold := value
		switch e & elemKind {
		case elemYear:
			if len(value) < 2 {
				err = errBad
				break
			}
			var p string
			p, value = value[:2], value[2:]
			if year, err = atoi(p); err != nil {
				break
			}
			if year >= 69 { // 69..99 are 1969..1999
				year += 1900
			} else {
				year += 2000
			}
		case elemLongYear:
			if len(value) < 4 || !isDigit(value, 0) {
				err = errBad
				break
			}
			var p string
			p, value = value[:4], value[4:]
			year, err = atoi(p)
		case elemMonth:
			month, value, err = lookup(shortMonthNames, value)
			month++
		case elemLongMonth:
			month, value, err = lookup(longMonthNames, value)
			month++
		case elemNumMonth, elemZeroMonth:
			month, value, err = getnum(value, e == elemZeroMonth)
			if err == nil && (month <= 0 || month > 12) {
				rangeErr = "month"
			}
		case elemWeekDay:
			// The weekday is checked but not used.
			_, value, err = lookup(shortDayNames, value)
		case elemLongWeekDay:
			_, value, err = lookup(longDayNames, value)
		case elemDay, elemUnderDay, elemZeroDay:
			if e == elemUnderDay && len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			// Any one or two digits: the date is checked as a whole at the end.
			day, value, err = getnum(value, e == elemZeroDay)
		case elemUnderYearDay, elemZeroYearDay:
			if e == elemUnderYearDay {
				for i := 0; i < 2 && len(value) > 0 && value[0] == ' '; i++ {
					value = value[1:]
				}
			}
			yday, value, err = getnum3(value, e == elemZeroYearDay)
		case elemHour:
			hour, value, err = getnum(value, false)
			if hour < 0 || hour >= 24 {
				rangeErr = "hour"
			}
		case elemHour12, elemZeroHour12:
			hour, value, err = getnum(value, e == elemZeroHour12)
			if hour < 0 || hour > 12 {
				rangeErr = "hour"
			}
		case elemMinute, elemZeroMinute:
			min, value, err = getnum(value, e == elemZeroMinute)
			if min < 0 || min >= 60 {
				rangeErr = "minute"
			}
		case elemSecond, elemZeroSecond:
			sec, value, err = getnum(value, e == elemZeroSecond)
			if err != nil {
				break
			}
			if sec < 0 || sec >= 60 {
				rangeErr = "second"
				break
			}
			// A fraction the layout does not have (if its next element is not one).
			if len(value) >= 2 && commaOrPeriod(value[0]) && isDigit(value, 1) {
				_, next, _ := nextStdChunk(layout)
				if k := next & elemKind; k == elemFrac0 || k == elemFrac9 {
					break
				}
				n := 2
				for n < len(value) && isDigit(value, n) {
					n++
				}
				nsec, rangeErr, err = parseNanoseconds(value, n)
				value = value[n:]
			}
		case elemPM, elempm:
			if len(value) < 2 {
				err = errBad
				break
			}
			var p string
			p, value = value[:2], value[2:]
			pm, am := "PM", "AM"
			if e == elempm {
				pm, am = "pm", "am"
			}
			switch p {
			case pm:
				pmSet = true
			case am:
				amSet = true
			default:
				err = errBad
			}
		case elemTZ:
			if len(value) >= 3 && value[:3] == "UTC" {
				z = UTC
				value = value[3:]
				break
			}
			n, ok := parseTimeZone(value)
			if !ok {
				err = errBad
				break
			}
			zoneName, value = value[:n], value[n:]
		case elemFrac0:
			// Exactly the layout's number of digits.
			n := 1 + fracDigits(e)
			if len(value) < n {
				err = errBad
				break
			}
			nsec, rangeErr, err = parseNanoseconds(value, n)
			value = value[n:]
		case elemFrac9:
			if len(value) < 2 || !commaOrPeriod(value[0]) || !isDigit(value, 1) {
				break // no fraction
			}
			// Any number of digits, as after the seconds.
			n := 2
			for n < len(value) && isDigit(value, n) {
				n++
			}
			nsec, rangeErr, err = parseNanoseconds(value, n)
			value = value[n:]
		default:
			if !isZoneElem(e) {
				break
			}
			if iso8601(e) && len(value) >= 1 && value[0] == 'Z' {
				value = value[1:]
				z = UTC
				break
			}
			zoneOffset, value, rangeErr, err = parseOffset(value, e, rangeErr)
		}
		if rangeErr != "" {
			return Time{}, newParseError(alayout, avalue, elem, value, ": "+rangeErr+" out of range")
		}
		if err != nil {
			return Time{}, newParseError(alayout, avalue, elem, hold, "")
		}
	}
	if pmSet && hour < 12 {
		hour += 12
	} else if amSet && hour == 12 {
		hour = 0
	}

	if yday >= 0 {
		// The day of the year gives the month and day, which must agree with any given.
		m, d := 0, 0
		if isLeap(year) {
			if yday == 31+29 {
				m, d = int(February), 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return Time{}, newParseError(alayout, avalue, "", value, ": day-of-year out of range")
		}
		if m == 0 {
			m = 1
			for daysBefore(Month(m+1)) < yday {
				m++
			}
			d = yday - daysBefore(Month(m))
		}
		if month >= 0 && month != m {
			return Time{}, newParseError(alayout, avalue, "", value, ": day-of-year does not match month")
		}
		month = m
		if day >= 0 && day != d {
			return Time{}, newParseError(alayout, avalue, "", value, ": day-of-year does not match day")
		}
		day = d
	} else {
		if month < 0 {
			month = int(January)
		}
		if day < 0 {
			day = 1
		}
	}

	if day < 1 || day > daysIn(Month(month), year) {
		return Time{}, newParseError(alayout, avalue, "", value, ": day out of range")
	}

	if z != nil {
		return Date(year, Month(month), day, hour, min, sec, nsec, z), nil
	}

	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.addSec(-int64(zoneOffset))
		// The local zone, if it had that offset (and name) then.
		name, offset, _, _, _ := local.lookup(t.unixSec())
		if offset == zoneOffset && (zoneName == "" || name == zoneName) {
			t.setLoc(local)
			return t, nil
		}
		t.setLoc(FixedZone(cloneString(zoneName), zoneOffset))
		return t, nil
	}

	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		if offset, ok := local.lookupName(zoneName, t.unixSec()); ok {
			t.addSec(-int64(offset))
			t.setLoc(local)
			return t, nil
		}
		// An unknown zone: offset 0, but GMT±h says its offset.
		offset := 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			offset, _ = atoi(zoneName[3:])
			offset *= 3600
		}
		t.setLoc(FixedZone(cloneString(zoneName), offset))
		return t, nil
	}

	return Date(year, Month(month), day, hour, min, sec, nsec, defaultLocation), nil
}

// parseOffset parses a numeric zone offset as element e has it: the offset in seconds
// east of UTC, the rest of value, the range error (or rangeErr unchanged) and an error.
// Hours up to 24 and minutes and seconds up to 60 are accepted.
func parseOffset(value string, e int, rangeErr string) (int, string, string, error) {
	var sign, hh, mm, ss string
	switch e {
	case elemISO8601ColonTZ, elemNumColonTZ:
		if len(value) < 6 || value[3] != ':' {
			return 0, value, rangeErr, errBad
		}
		sign, hh, mm, ss, value = value[:1], value[1:3], value[4:6], "00", value[6:]
	case elemNumShortTZ, elemISO8601ShortTZ:
		if len(value) < 3 {
			return 0, value, rangeErr, errBad
		}
		sign, hh, mm, ss, value = value[:1], value[1:3], "00", "00", value[3:]
	case elemISO8601ColonSecondsTZ, elemNumColonSecondsTZ:
		if len(value) < 9 || value[3] != ':' || value[6] != ':' {
			return 0, value, rangeErr, errBad
		}
		sign, hh, mm, ss, value = value[:1], value[1:3], value[4:6], value[7:9], value[9:]
	case elemISO8601SecondsTZ, elemNumSecondsTZ:
		if len(value) < 7 {
			return 0, value, rangeErr, errBad
		}
		sign, hh, mm, ss, value = value[:1], value[1:3], value[3:5], value[5:7], value[7:]
	default:
		if len(value) < 5 {
			return 0, value, rangeErr, errBad
		}
		sign, hh, mm, ss, value = value[:1], value[1:3], value[3:5], "00", value[5:]
	}
	var h, m, s int
	h, _, err := getnum(hh, true)
	if err == nil {
		m, _, err = getnum(mm, true)
		if err == nil {
			s, _, err = getnum(ss, true)
		}
	}
	if h > 24 {
		rangeErr = "time zone offset hour"
	}
	if m > 60 {
		rangeErr = "time zone offset minute"
	}
	if s > 60 {
		rangeErr = "time zone offset second"
	}
	off := (h*60+m)*60 + s
	switch sign[0] {
	case '+':
	case '-':
		off = -off
	default:
		err = errBad
	}
	return off, value, rangeErr, err
}

// parseTimeZone returns the length of the zone abbreviation at the start of value, if it
// looks like one: three upper-case letters, four or five ending in T (and WITA), ChST or
// MeST, GMT with an optional signed hour, or a signed hour alone (+03).
func parseTimeZone(value string) (length int, ok bool) {
	if len(value) < 3 {
		return 0, false
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		return 3 + parseSignedOffset(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		n := parseSignedOffset(value)
		return n, n > 0
	}
	upper := 0
	for upper < 6 && upper < len(value) && value[upper] >= 'A' && value[upper] <= 'Z' {
		upper++
	}
	switch upper {
	case 3:
		return 3, true
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4, true
		}
	case 5:
		if value[4] == 'T' {
			return 5, true
		}
	}
	return 0, false
}

// parseSignedOffset returns the length of a signed hour (-23..+23) at the start of value,
// or 0.
func parseSignedOffset(value string) int {
	if value == "" || value[0] != '-' && value[0] != '+' {
		return 0
	}
	x, rest, err := leadingInt(value[1:])
	if err != nil || len(rest) == len(value)-1 || x > 23 {
		return 0
	}
	return len(value) - len(rest)
}

func commaOrPeriod(b byte) bool {
	return b == '.' || b == ','
}

// parseNanoseconds parses the fraction of a second value[:n] (its separator and digits;
// at most nine digits count) as nanoseconds.
func parseNanoseconds(value string, n int) (ns int, rangeErr string, err error) {
	if !commaOrPeriod(value[0]) {
		err = errBad
		return
	}
	if n > 10 {
		value = value[:10]
		n = 10
	}
	if ns, err = atoi(value[1:n]); err != nil {
		return
	}
	if ns < 0 {
		rangeErr = "fractional second"
		return
	}
	for i := n; i < 10; i++ {
		ns *= 10
	}
	return
}
