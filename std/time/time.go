// Package time measures and displays time: instants (Time), their differences (Duration),
// the calendar (proleptic Gregorian, no leap seconds), time zones (Location), formatting
// and parsing.
//
// gocrane's implementation. Timers, tickers and channels (After, Tick, NewTimer, …) need
// goroutines and are not here.
package time

import (
	"errors"
	"math/bits"
)

// A Time is an instant with nanosecond precision, the Location that presents it, and, for a
// time read from the clock by Now, a reading of the monotonic clock.
//
// The encoding is gc's, since == on Times observes it:
//   - without a monotonic reading, wall holds only the nanoseconds (the low 30 bits) and ext
//     the signed seconds since January 1, year 1 UTC;
//   - with one, wall's top bit is set, bits 30..62 count the seconds since January 1, 1885
//     (33 bits), and ext is the monotonic reading in nanoseconds since the process started.
//
// loc is nil for UTC, never &utcLoc.
type Time struct {
	wall uint64
	ext  int64
	loc  *Location
}

const (
	monoFlag   = 1 << 63         // wall: the time has a monotonic reading
	nsecBits   = 30              // wall: the nanoseconds field's width
	nsecMask   = 1<<nsecBits - 1 // wall: the nanoseconds field
	wallSecMax = 1<<33 - 1       // the largest seconds count the packed form holds
)

// Seconds in the units of the calendar.
const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
)

// The epochs, as seconds since January 1, year 1 (the zero Time): the Unix epoch and the
// base of the packed wall seconds (1885, so that 33 bits reach 2157).
const (
	unixEpochDays = 719162 // days from 0001-01-01 to 1970-01-01
	packedDays    = 688117 // days from 0001-01-01 to 1885-01-01

	unixToInternal int64 = unixEpochDays * secondsPerDay
	internalToUnix int64 = -unixToInternal
	packedBase     int64 = packedDays * secondsPerDay
)

// nsec returns the nanoseconds within the second.
func (t *Time) nsec() int32 {
	return int32(t.wall & nsecMask)
}

// sec returns the seconds since January 1, year 1 UTC.
func (t *Time) sec() int64 {
	if t.wall&monoFlag != 0 {
		return packedBase + int64(t.wall<<1>>(nsecBits+1))
	}
	return t.ext
}

// unixSec returns the seconds since January 1, 1970 UTC.
func (t *Time) unixSec() int64 { return t.sec() + internalToUnix }

// addSec moves the time by d seconds, saturating at the ends of int64 seconds.
func (t *Time) addSec(d int64) {
	if t.wall&monoFlag != 0 {
		packed := int64(t.wall << 1 >> (nsecBits + 1))
		if s := packed + d; s >= 0 && s <= wallSecMax {
			t.wall = monoFlag | uint64(s)<<nsecBits | t.wall&nsecMask
			return
		}
		// The seconds no longer fit the packed field: give up the monotonic reading.
		t.stripMono()
	}
	sum := t.ext + d
	switch {
	case (sum > t.ext) == (d > 0):
		t.ext = sum
	case d > 0:
		t.ext = 1<<63 - 1
	default:
		t.ext = -(1<<63 - 1)
	}
}

// setLoc sets the Location, UTC as nil, and drops the monotonic reading.
func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.stripMono()
	t.loc = loc
}

// stripMono drops the monotonic reading, moving the seconds to ext.
func (t *Time) stripMono() {
	if t.wall&monoFlag != 0 {
		t.ext = t.sec()
		t.wall &= nsecMask
	}
}

// IsZero reports whether t is the zero time, January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool {
	// A monotonic time is after 1885, and otherwise wall holds only the nanoseconds.
	return t.wall == 0 && t.ext == 0
}

// After reports whether t is after u (by the monotonic readings when both have one).
func (t Time) After(u Time) bool {
	if t.wall&u.wall&monoFlag != 0 {
		return t.ext > u.ext
	}
	ts, us := t.sec(), u.sec()
	return ts > us || ts == us && t.nsec() > u.nsec()
}

// Before reports whether t is before u (by the monotonic readings when both have one).
func (t Time) Before(u Time) bool {
	if t.wall&u.wall&monoFlag != 0 {
		return t.ext < u.ext
	}
	ts, us := t.sec(), u.sec()
	return ts < us || ts == us && t.nsec() < u.nsec()
}

// Compare returns -1, 0 or +1 as t is before, the same instant as, or after u.
func (t Time) Compare(u Time) int {
	var a, b int64
	if t.wall&u.wall&monoFlag != 0 {
		a, b = t.ext, u.ext
	} else if a, b = t.sec(), u.sec(); a == b {
		a, b = int64(t.nsec()), int64(u.nsec())
	}
	if a < b {
		return -1
	}
	if a > b {
		return +1
	}
	return 0
}

// Equal reports whether t and u are the same instant, whatever their Locations.
func (t Time) Equal(u Time) bool {
	if t.wall&u.wall&monoFlag != 0 {
		return t.ext == u.ext
	}
	return t.sec() == u.sec() && t.nsec() == u.nsec()
}

// A Month is a month of the year, January = 1.
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

// String returns the month's English name, or "%!Month(N)" out of range.
func (m Month) String() string {
	if m >= January && m <= December {
		return longMonthNames[m-1]
	}
	buf := make([]byte, 20)
	n := fmtInt(buf, uint64(m))
	return "%!Month(" + string(buf[n:]) + ")"
}

// A Weekday is a day of the week, Sunday = 0.
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

// String returns the day's English name, or "%!Weekday(N)" out of range.
func (d Weekday) String() string {
	if d >= Sunday && d <= Saturday {
		return longDayNames[d]
	}
	buf := make([]byte, 20)
	n := fmtInt(buf, uint64(d))
	return "%!Weekday(" + string(buf[n:]) + ")"
}

// The calendar works on absolute times: seconds (uint64) since March 1 of the year
// -absoluteYears, a multiple of 400 years before year 0 far enough back that the Unix
// epoch is just under 2^63 seconds after it. Years starting on March 1 put the leap day
// at a year's end, and 400-year eras of 146097 days repeat exactly (weekdays too). Every
// int64 Unix time maps to an absolute one by a wrapping addition and the arithmetic is
// unsigned, so that times outside the calendar's range come out as gc's do.
const (
	absoluteYears                = 292277022400
	absoluteToInternalDays       = absoluteYears/400*146097 + 306 // to January 1, year 1
	internalToAbsolute     int64 = absoluteToInternalDays * secondsPerDay
	unixToAbsolute         int64 = unixToInternal + internalToAbsolute
)

// civil converts absolute days to the date and the day of the year (1-based).
func civil(days uint64) (year int, month Month, day int, yday int) {
	era := days / 146097
	doe := int(days % 146097) // day of the era
	// Years of the era: 365 days each, plus the leap days of the four-year cycles less
	// those of the centuries (the era's last day is the fourth century's leap day).
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100) // 0 is March 1
	mp := (5*doy + 2) / 153                  // 0 is March
	day = doy - (153*mp+2)/5 + 1
	year = int(era*400 + uint64(yoe) - absoluteYears)
	if mp < 10 {
		month = Month(mp + 3)
		yday = doy + 31 + 28 + 1
		if isLeap(yoe) { // the year has yoe's leap-ness: eras are multiples of 400
			yday++
		}
	} else {
		month = Month(mp - 9)
		year++
		yday = doy - 306 + 1
	}
	return
}

// daysOf converts a date to absolute days; month is 1..12, day may be any number (it is
// counted from the first of the month).
func daysOf(year int64, month Month, day int) uint64 {
	y := uint64(year) + absoluteYears
	mp := uint64(month) - 3 // 0 is March
	if month < March {
		mp += 12
		y--
	}
	century, cyear := y/100, y%100
	return 146097*century/4 + 1461*cyear/4 + (153*mp+2)/5 + uint64(int64(day)-1)
}

// weekdayOf returns the day of the week of absolute days (March 1 of a year divisible by
// 400 is a Wednesday).
func weekdayOf(days uint64) Weekday {
	return Weekday((days + uint64(Wednesday)) % 7)
}

// isLeap reports whether year has a February 29.
func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// absSec returns t's wall clock in its zone as absolute seconds.
func (t Time) absSec() uint64 {
	_, _, abs := t.locabs()
	return abs
}

// locabs returns the name and offset of t's zone, and t's wall clock in it as absolute
// seconds.
func (t Time) locabs() (name string, offset int, abs uint64) {
	l := t.loc
	if l == nil || l == &localLoc {
		l = l.get()
	}
	sec := t.unixSec()
	if l == &utcLoc {
		name = "UTC"
	} else {
		if z := l.cacheZone; z != nil && l.cacheStart <= sec && sec < l.cacheEnd {
			name, offset = z.name, z.offset
		} else {
			name, offset, _, _, _ = l.lookup(sec)
		}
		sec += int64(offset)
	}
	return name, offset, uint64(sec + unixToAbsolute)
}

// dayAndClock splits absolute seconds into absolute days and the seconds of that day.
func dayAndClock(abs uint64) (days uint64, secs int) {
	return abs / secondsPerDay, int(abs % secondsPerDay)
}

// Date returns the year, month and day of t in its zone.
func (t Time) Date() (year int, month Month, day int) {
	days, _ := dayAndClock(t.absSec())
	year, month, day, _ = civil(days)
	return
}

// Year returns t's year.
func (t Time) Year() int {
	year, _, _ := t.Date()
	return year
}

// Month returns t's month.
func (t Time) Month() Month {
	_, month, _ := t.Date()
	return month
}

// Day returns t's day of the month.
func (t Time) Day() int {
	_, _, day := t.Date()
	return day
}

// Weekday returns t's day of the week.
func (t Time) Weekday() Weekday {
	days, _ := dayAndClock(t.absSec())
	return weekdayOf(days)
}

// ISOWeek returns the ISO 8601 year and week (1..53) of t: weeks start on Monday, and a
// week belongs to the year of its Thursday.
func (t Time) ISOWeek() (year, week int) {
	days, _ := dayAndClock(t.absSec())
	fromMonday := (uint64(weekdayOf(days)) + 6) % 7
	year, _, _, yday := civil(days + 3 - fromMonday)
	return year, (yday-1)/7 + 1
}

// Clock returns the hour, minute and second of t in its zone.
func (t Time) Clock() (hour, min, sec int) {
	_, s := dayAndClock(t.absSec())
	return s / secondsPerHour, s % secondsPerHour / secondsPerMinute, s % secondsPerMinute
}

// Hour returns t's hour, 0..23.
func (t Time) Hour() int {
	_, s := dayAndClock(t.absSec())
	return s / secondsPerHour
}

// Minute returns t's minute, 0..59.
func (t Time) Minute() int {
	_, s := dayAndClock(t.absSec())
	return s % secondsPerHour / secondsPerMinute
}

// Second returns t's second, 0..59.
func (t Time) Second() int {
	_, s := dayAndClock(t.absSec())
	return s % secondsPerMinute
}

// Nanosecond returns the nanoseconds within t's second, 0..999999999.
func (t Time) Nanosecond() int {
	return int(t.nsec())
}

// YearDay returns t's day of the year, 1..365 (366 in leap years).
func (t Time) YearDay() int {
	days, _ := dayAndClock(t.absSec())
	_, _, _, yday := civil(days)
	return yday
}

// Add returns t+d; a monotonic reading moves too, and is dropped if it would overflow.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec() + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.wall = t.wall&^nsecMask | uint64(nsec)
	t.addSec(dsec)
	if t.wall&monoFlag != 0 {
		m := t.ext + int64(d)
		if d < 0 && m > t.ext || d > 0 && m < t.ext {
			t.stripMono()
		} else {
			t.ext = m
		}
	}
	return t
}

// Sub returns t-u, saturated to the Duration range; by the monotonic readings when both
// times have one.
func (t Time) Sub(u Time) Duration {
	if t.wall&u.wall&monoFlag != 0 {
		return subMono(t.ext, u.ext)
	}
	d := Duration(t.sec()-u.sec())*Second + Duration(t.nsec()-u.nsec())
	// The arithmetic wraps silently: check it by going back.
	if u.Add(d).Equal(t) {
		return d
	}
	if t.Before(u) {
		return minDuration
	}
	return maxDuration
}

// subMono returns the difference of two monotonic readings, saturated.
func subMono(t, u int64) Duration {
	d := Duration(t - u)
	if d < 0 && t > u {
		return maxDuration
	}
	if d > 0 && t < u {
		return minDuration
	}
	return d
}

// Since returns the time elapsed since t, Now().Sub(t).
func Since(t Time) Duration {
	if t.wall&monoFlag != 0 {
		return subMono(runtimeNano()-startNano, t.ext)
	}
	return Now().Sub(t)
}

// Until returns the time until t, t.Sub(Now()).
func Until(t Time) Duration {
	if t.wall&monoFlag != 0 {
		return subMono(t.ext, runtimeNano()-startNano)
	}
	return t.Sub(Now())
}

// AddDate returns t moved by the given years, months and days in its Location, normalised
// as Date normalises (October 31 plus a month is December 1).
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec()), t.Location())
}

// daysBefore returns the days of a common year before the first of month m (1..13).
func daysBefore(m Month) int {
	n := 0
	for i := January; i < m; i++ {
		n += daysIn(i, 1)
	}
	return n
}

// daysIn returns the length of month m in year.
func daysIn(m Month, year int) int {
	switch m {
	case February:
		if isLeap(year) {
			return 29
		}
		return 28
	case April, June, September, November:
		return 30
	}
	return 31
}

// startNano is the monotonic clock when the program started, less one so that no reading
// is 0; the readings in Times count from it.
var startNano int64 = runtimeNano() - 1

// Now returns the current local time, with a monotonic reading.
func Now() Time {
	ns := realtimeNano()
	sec := floorDiv(ns, 1e9)
	nsec := ns - sec*1e9
	mono := runtimeNano() - startNano
	packed := sec + unixToInternal - packedBase
	if uint64(packed)>>33 != 0 {
		// Past 2157 the seconds do not fit beside a monotonic reading.
		return Time{uint64(nsec), sec + unixToInternal, Local}
	}
	return Time{monoFlag | uint64(packed)<<nsecBits | uint64(nsec), mono, Local}
}

// unixTime returns the local Time of sec seconds and nsec nanoseconds since 1970.
func unixTime(sec int64, nsec int32) Time {
	return Time{uint64(nsec), sec + unixToInternal, Local}
}

// UTC returns t in UTC.
func (t Time) UTC() Time {
	t.setLoc(&utcLoc)
	return t
}

// Local returns t in the local time zone.
func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// In returns t presented in loc; it panics if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// Location returns t's Location (UTC for the nil one).
func (t Time) Location() *Location {
	l := t.loc
	if l == nil {
		l = UTC
	}
	return l
}

// Zone returns the abbreviated name and the offset (seconds east of UTC) of the zone in
// effect at t.
func (t Time) Zone() (name string, offset int) {
	name, offset, _, _, _ = t.loc.lookup(t.unixSec())
	return
}

// ZoneBounds returns when the zone in effect at t began and ends, as Times in t's
// Location; the zero Time for a zone without a beginning or an end.
func (t Time) ZoneBounds() (start, end Time) {
	_, _, from, to, _ := t.loc.lookup(t.unixSec())
	if from != alpha {
		start = unixTime(from, 0)
		start.setLoc(t.loc)
	}
	if to != omega {
		end = unixTime(to, 0)
		end.setLoc(t.loc)
	}
	return
}

// Unix returns t's seconds since January 1, 1970 UTC.
func (t Time) Unix() int64 {
	return t.unixSec()
}

// UnixMilli returns t's milliseconds since January 1, 1970 UTC.
func (t Time) UnixMilli() int64 {
	return t.unixSec()*1e3 + int64(t.nsec())/1e6
}

// UnixMicro returns t's microseconds since January 1, 1970 UTC.
func (t Time) UnixMicro() int64 {
	return t.unixSec()*1e6 + int64(t.nsec())/1e3
}

// UnixNano returns t's nanoseconds since January 1, 1970 UTC (wrapping outside 1678..2262).
func (t Time) UnixNano() int64 {
	return t.unixSec()*1e9 + int64(t.nsec())
}

// The versions of MarshalBinary's encoding: 2 adds the seconds of an offset that is not a
// whole number of minutes.
const (
	binaryV1 byte = 1
	binaryV2 byte = 2
)

// AppendBinary appends t's binary encoding: version, seconds since year 1 (8 bytes), the
// nanoseconds (4), the offset in minutes (2, -1 for UTC), and for version 2 the offset's
// seconds.
func (t Time) AppendBinary(b []byte) ([]byte, error) {
	var minutes int16
	var secs int8
	version := binaryV1
	if t.Location() == UTC {
		minutes = -1
	} else {
		_, offset := t.Zone()
		if offset%60 != 0 {
			version = binaryV2
			secs = int8(offset % 60)
		}
		offset /= 60
		if offset < -32768 || offset == -1 || offset > 32767 {
			return b, errors.New("Time.MarshalBinary: unexpected zone offset")
		}
		minutes = int16(offset)
	}
	sec := t.sec()
	nsec := t.nsec()
	b = append(b, version)
	for shift := 56; shift >= 0; shift -= 8 {
		b = append(b, byte(sec>>uint(shift)))
	}
	b = append(b, byte(nsec>>24), byte(nsec>>16), byte(nsec>>8), byte(nsec))
	b = append(b, byte(minutes>>8), byte(minutes))
	if version == binaryV2 {
		b = append(b, byte(secs))
	}
	return b, nil
}

// MarshalBinary returns t's binary encoding (see AppendBinary).
func (t Time) MarshalBinary() ([]byte, error) {
	b, err := t.AppendBinary(make([]byte, 0, 16))
	if err != nil {
		return nil, err
	}
	return b, nil
}

// UnmarshalBinary sets t from its binary encoding; an offset that Local has at that time
// gives Local, another a FixedZone.
func (t *Time) UnmarshalBinary(data []byte) error {
	if len(data) == 0 {
		return errors.New("Time.UnmarshalBinary: no data")
	}
	version := data[0]
	if version != binaryV1 && version != binaryV2 {
		return errors.New("Time.UnmarshalBinary: unsupported version")
	}
	want := 15
	if version == binaryV2 {
		want++
	}
	if len(data) != want {
		return errors.New("Time.UnmarshalBinary: invalid length")
	}
	var sec int64
	for i := 1; i <= 8; i++ {
		sec = sec<<8 | int64(data[i])
	}
	nsec := int32(data[9])<<24 | int32(data[10])<<16 | int32(data[11])<<8 | int32(data[12])
	offset := int(int16(data[13])<<8|int16(data[14])) * 60
	if version == binaryV2 {
		offset += int(int8(data[15]))
	}
	*t = Time{}
	t.wall = uint64(nsec)
	t.ext = sec
	if offset == -60 {
		t.setLoc(&utcLoc)
	} else if _, local, _, _, _ := Local.lookup(t.unixSec()); offset == local {
		t.setLoc(Local)
	} else {
		t.setLoc(FixedZone("", offset))
	}
	return nil
}

// GobEncode is MarshalBinary.
func (t Time) GobEncode() ([]byte, error) {
	return t.MarshalBinary()
}

// GobDecode is UnmarshalBinary.
func (t *Time) GobDecode(data []byte) error {
	return t.UnmarshalBinary(data)
}

// MarshalJSON returns t as a quoted RFC 3339 string with its fraction of a second.
func (t Time) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, len(RFC3339Nano)+2)
	b = append(b, '"')
	b, err := t.appendStrictRFC3339(b)
	b = append(b, '"')
	if err != nil {
		return nil, errors.New("Time.MarshalJSON: " + err.Error())
	}
	return b, nil
}

// UnmarshalJSON sets t from a quoted RFC 3339 string; null leaves it unchanged.
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	if len(data) < 2 || data[0] != '"' || data[len(data)-1] != '"' {
		return errors.New("Time.UnmarshalJSON: input is not a JSON string")
	}
	var err error
	*t, err = parseStrictRFC3339(data[1 : len(data)-1])
	return err
}

// appendTo appends t in RFC 3339, its error prefixed.
func (t Time) appendTo(b []byte, errPrefix string) ([]byte, error) {
	b, err := t.appendStrictRFC3339(b)
	if err != nil {
		return nil, errors.New(errPrefix + err.Error())
	}
	return b, nil
}

// AppendText appends t in RFC 3339 with its fraction of a second.
func (t Time) AppendText(b []byte) ([]byte, error) {
	return t.appendTo(b, "Time.AppendText: ")
}

// MarshalText returns t in RFC 3339 with its fraction of a second.
func (t Time) MarshalText() ([]byte, error) {
	return t.appendTo(make([]byte, 0, len(RFC3339Nano)), "Time.MarshalText: ")
}

// UnmarshalText sets t from an RFC 3339 string.
func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = parseStrictRFC3339(data)
	return err
}

// Unix returns the local Time sec seconds and nsec nanoseconds after January 1, 1970
// UTC; nsec may lie outside 0..999999999.
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		carry := nsec / 1e9
		sec += carry
		nsec -= carry * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return unixTime(sec, int32(nsec))
}

// UnixMilli returns the local Time msec milliseconds after January 1, 1970 UTC.
func UnixMilli(msec int64) Time {
	return Unix(msec/1e3, (msec%1e3)*1e6)
}

// UnixMicro returns the local Time usec microseconds after January 1, 1970 UTC.
func UnixMicro(usec int64) Time {
	return Unix(usec/1e6, (usec%1e6)*1e3)
}

// IsDST reports whether daylight saving time is in effect at t in its Location.
func (t Time) IsDST() bool {
	_, _, _, _, dst := t.loc.lookup(t.Unix())
	return dst
}

// carry returns hi, lo moved so that 0 <= lo < base, keeping hi*base+lo.
func carry(hi, lo, base int) (int, int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date returns the Time of year-month-day hour:min:sec+nsec in loc. Fields out of their
// ranges carry into the next larger one (October 32 is November 1). In a repeated or
// skipped hour of a zone change the result is right for one of the two zones. Date panics
// if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = carry(year, m, 12)
	month = Month(m) + 1
	sec, nsec = carry(sec, nsec, 1e9)
	min, sec = carry(min, sec, 60)
	hour, min = carry(hour, min, 60)
	day, hour = carry(day, hour, 24)

	unix := int64(daysOf(int64(year), month, day))*secondsPerDay +
		int64(hour*secondsPerHour+min*secondsPerMinute+sec) - unixToAbsolute

	// The zone's offset is looked up at the wall time taken as UTC first, then, if the
	// instant that gives falls outside that zone's span, at the instant itself.
	_, offset, start, end, _ := loc.lookup(unix)
	if offset != 0 {
		utc := unix - int64(offset)
		if utc < start || utc >= end {
			_, offset, _, _, _ = loc.lookup(utc)
		}
		unix -= int64(offset)
	}
	t := unixTime(unix, int32(nsec))
	t.setLoc(loc)
	return t
}

// Truncate returns t rounded down to a multiple of d since the zero time, without its
// monotonic reading; t unchanged (but for that) if d <= 0.
func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := remainder(t, d)
	return t.Add(-r)
}

// Round returns t rounded to the nearest multiple of d since the zero time (halves up),
// without its monotonic reading; t unchanged (but for that) if d <= 0.
func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := remainder(t, d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// remainder returns the nanoseconds since the zero time modulo d (> 0), in 0..d-1: the
// instant as a 128-bit count of nanoseconds, its magnitude divided, the remainder flipped
// for times before year 1.
func remainder(t Time, d Duration) Duration {
	sec := t.sec()
	nsec := int64(t.nsec())
	neg := sec < 0
	if neg {
		sec, nsec = -sec, -nsec
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	hi, lo := bits.Mul64(uint64(sec), 1e9)
	var c uint64
	lo, c = bits.Add64(lo, uint64(nsec), 0)
	hi += c
	r := Duration(bits.Rem64(hi, lo, uint64(d)))
	if neg && r != 0 {
		r = d - r
	}
	return r
}
