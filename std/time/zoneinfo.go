package time

import (
	"errors"
	"syscall"
)

// A Location is a time zone as a place keeps it: the zones (offsets and names) it has used
// and the instants it changed from one to another.
type Location struct {
	name string
	zone []zone
	tx   []zoneTrans

	// extend is the TZ rule (POSIX form, "EST5EDT,M3.2.0,M11.1.0") for the times after the
	// last transition.
	extend string

	// The zone in effect in [cacheStart, cacheEnd) (Unix seconds), the one of the time the
	// Location was made, which most lookups want.
	cacheStart int64
	cacheEnd   int64
	cacheZone  *zone
}

// A zone is one of a Location's offsets, like CET.
type zone struct {
	name   string // the abbreviation
	offset int    // seconds east of UTC
	isDST  bool
}

// A zoneTrans is the instant a zone takes effect.
type zoneTrans struct {
	when         int64 // Unix seconds
	index        uint8 // into Location.zone
	isstd, isutc bool
}

// The beginning and the end of time for zone spans.
const (
	alpha = -1 << 63
	omega = 1<<63 - 1
)

// UTC is Coordinated Universal Time.
var UTC *Location = &utcLoc

// utcLoc is UTC's Location; a Time in UTC has a nil loc.
var utcLoc = Location{name: "UTC"}

// Local is the system's time zone: the TZ environment variable's (unset: /etc/localtime;
// empty: UTC; a name: that file of the zoneinfo directory, or an absolute path).
var Local *Location = &localLoc

// localLoc is Local's Location, loaded when first used.
var localLoc Location
var localLoaded bool

// get returns the Location to use for l: UTC for nil, Local loaded.
func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	if l == &localLoc && !localLoaded {
		localLoaded = true
		initLocal()
	}
	return l
}

// String returns the Location's name, as LoadLocation or FixedZone was given it.
func (l *Location) String() string {
	return l.get().name
}

// hourZones holds the unnamed FixedZones of whole hours -12..+14, made once, so that
// FixedZone("", h*3600) returns one Location.
var hourZones []*Location

// FixedZone returns a Location whose zone is always name, offset seconds east of UTC.
func FixedZone(name string, offset int) *Location {
	hour := offset / 3600
	if name == "" && hour >= -12 && hour <= 14 && hour*3600 == offset {
		if hourZones == nil {
			hourZones = make([]*Location, 12+1+14)
			for h := -12; h <= 14; h++ {
				hourZones[h+12] = fixedZone("", h*3600)
			}
		}
		return hourZones[hour+12]
	}
	return fixedZone(name, offset)
}

func fixedZone(name string, offset int) *Location {
	l := &Location{
		name:       name,
		zone:       []zone{{name, offset, false}},
		tx:         []zoneTrans{{alpha, 0, false, false}},
		cacheStart: alpha,
		cacheEnd:   omega,
	}
	l.cacheZone = &l.zone[0]
	return l
}

// lookup returns the zone in effect at the Unix time sec: its name, offset and whether it
// is daylight saving time, and the span [start, end) it covers.
func (l *Location) lookup(sec int64) (name string, offset int, start, end int64, isDST bool) {
	l = l.get()
	if len(l.zone) == 0 {
		return "UTC", 0, alpha, omega, false
	}
	if z := l.cacheZone; z != nil && l.cacheStart <= sec && sec < l.cacheEnd {
		return z.name, z.offset, l.cacheStart, l.cacheEnd, z.isDST
	}
	if len(l.tx) == 0 || sec < l.tx[0].when {
		z := &l.zone[l.lookupFirstZone()]
		end = omega
		if len(l.tx) > 0 {
			end = l.tx[0].when
		}
		return z.name, z.offset, alpha, end, z.isDST
	}

	// The last transition at or before sec.
	lo, hi := 0, len(l.tx)
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if sec < l.tx[m].when {
			hi = m
		} else {
			lo = m
		}
	}
	end = omega
	if hi < len(l.tx) {
		end = l.tx[hi].when
	}
	z := &l.zone[l.tx[lo].index]
	name, offset, start, isDST = z.name, z.offset, l.tx[lo].when, z.isDST

	// Past the last transition, the TZ rule decides.
	if lo == len(l.tx)-1 && l.extend != "" {
		if ename, eoffset, estart, eend, edst, ok := tzset(l.extend, start, sec); ok {
			return ename, eoffset, estart, eend, edst
		}
	}
	return
}

// lookupFirstZone returns the zone before the first transition, as the reference
// implementation (tzcode's localtime.c) chooses it: the first zone if no transition uses
// it; else the standard-time zone closest before the first transition's zone if that one
// is daylight time; else the first standard-time zone; else the first zone.
func (l *Location) lookupFirstZone() int {
	if !l.firstZoneUsed() {
		return 0
	}
	if len(l.tx) > 0 && l.zone[l.tx[0].index].isDST {
		for i := int(l.tx[0].index) - 1; i >= 0; i-- {
			if !l.zone[i].isDST {
				return i
			}
		}
	}
	for i := range l.zone {
		if !l.zone[i].isDST {
			return i
		}
	}
	return 0
}

// firstZoneUsed reports whether a transition leads to the first zone.
func (l *Location) firstZoneUsed() bool {
	for _, tx := range l.tx {
		if tx.index == 0 {
			return true
		}
	}
	return false
}

// tzset evaluates the TZ rule s (POSIX: "std offset [dst [offset] [,start[/time],end[/time]]]")
// at the Unix time sec, lastTx being the last transition before it. It returns what
// lookup returns, and whether s parses. Near a change the span is exact; otherwise it may
// be the year's.
func tzset(s string, lastTx, sec int64) (name string, offset int, start, end int64, isDST, ok bool) {
	var stdName, dstName string
	var stdOffset, dstOffset int

	if stdName, s, ok = tzsetName(s); ok {
		stdOffset, s, ok = tzsetOffset(s)
	}
	if !ok {
		return "", 0, 0, 0, false, false
	}
	// TZ offsets are west of UTC; Location's are east.
	stdOffset = -stdOffset

	if s == "" || s[0] == ',' {
		return stdName, stdOffset, lastTx, omega, false, true // no daylight saving time
	}

	if dstName, s, ok = tzsetName(s); ok {
		if s == "" || s[0] == ',' {
			dstOffset = stdOffset + secondsPerHour
		} else {
			dstOffset, s, ok = tzsetOffset(s)
			dstOffset = -dstOffset
		}
	}
	if !ok {
		return "", 0, 0, 0, false, false
	}
	if s == "" {
		s = ",M3.2.0,M11.1.0" // tzcode's default rules (the United States')
	}
	if s[0] != ',' && s[0] != ';' {
		return "", 0, 0, 0, false, false
	}
	var startRule, endRule rule
	startRule, s, ok = tzsetRule(s[1:])
	if !ok || s == "" || s[0] != ',' {
		return "", 0, 0, 0, false, false
	}
	endRule, s, ok = tzsetRule(s[1:])
	if !ok || s != "" {
		return "", 0, 0, 0, false, false
	}

	// The year of sec (in UTC), and the seconds since it began. The remainder of the day
	// truncates toward zero, before 1970 too, as gc computes it.
	days, _ := dayAndClock(uint64(sec + unixToAbsolute))
	year, _, _, yday := civil(days)
	ysec := int64((yday-1)*secondsPerDay) + sec%secondsPerDay
	ystart := sec - ysec

	startSec := int64(tzruleTime(year, startRule, stdOffset))
	endSec := int64(tzruleTime(year, endRule, dstOffset))
	dstIsDST, stdIsDST := true, false
	// In the southern hemisphere daylight time spans the new year: swap the roles.
	if endSec < startSec {
		startSec, endSec = endSec, startSec
		stdName, dstName = dstName, stdName
		stdOffset, dstOffset = dstOffset, stdOffset
		stdIsDST, dstIsDST = dstIsDST, stdIsDST
	}
	switch {
	case ysec < startSec:
		return stdName, stdOffset, ystart, startSec + ystart, stdIsDST, true
	case ysec >= endSec:
		return stdName, stdOffset, endSec + ystart, ystart + 365*secondsPerDay, stdIsDST, true
	}
	return dstName, dstOffset, startSec + ystart, endSec + ystart, dstIsDST, true
}

// tzsetName reads a zone name of a TZ rule: three or more characters up to a digit, a
// comma or a sign, or anything between < and >.
func tzsetName(s string) (string, string, bool) {
	if s == "" {
		return "", "", false
	}
	if s[0] == '<' {
		for i := 1; i < len(s); i++ {
			if s[i] == '>' {
				return s[1:i], s[i+1:], true
			}
		}
		return "", "", false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9', c == ',', c == '-', c == '+':
			if i < 3 {
				return "", "", false
			}
			return s[:i], s[i:], true
		}
	}
	if len(s) < 3 {
		return "", "", false
	}
	return s, "", true
}

// tzsetOffset reads a TZ offset, [+-]hh[:mm[:ss]] (hours up to 167 as tzcode allows), in
// seconds.
func tzsetOffset(s string) (offset int, rest string, ok bool) {
	if s == "" {
		return 0, "", false
	}
	neg := false
	if s[0] == '+' || s[0] == '-' {
		neg = s[0] == '-'
		s = s[1:]
	}
	var n int
	if n, s, ok = tzsetNum(s, 0, 24*7); !ok {
		return 0, "", false
	}
	off := n * secondsPerHour
	for _, unit := range []int{secondsPerMinute, 1} {
		if s == "" || s[0] != ':' {
			break
		}
		if n, s, ok = tzsetNum(s[1:], 0, 59); !ok {
			return 0, "", false
		}
		off += n * unit
	}
	if neg {
		off = -off
	}
	return off, s, true
}

// The kinds of day a TZ rule names.
const (
	ruleJulian       = iota // Jn: day 1..365, February 29 never counted
	ruleDOY                 // n: day 0..365, February 29 counted
	ruleMonthWeekDay        // Mm.w.d: weekday d of week w (5 = the last) of month m
)

// A rule is when daylight time starts or ends: a day, and the local time of the change.
type rule struct {
	kind int
	day  int
	week int
	mon  int
	time int // seconds after midnight
}

// tzsetRule reads a TZ rule's change: its day, and /time (2:00 if absent).
func tzsetRule(s string) (rule, string, bool) {
	var r rule
	if s == "" {
		return rule{}, "", false
	}
	ok := false
	switch s[0] {
	case 'J':
		r.kind = ruleJulian
		if r.day, s, ok = tzsetNum(s[1:], 1, 365); !ok {
			return rule{}, "", false
		}
	case 'M':
		r.kind = ruleMonthWeekDay
		if r.mon, s, ok = tzsetNum(s[1:], 1, 12); !ok || s == "" || s[0] != '.' {
			return rule{}, "", false
		}
		if r.week, s, ok = tzsetNum(s[1:], 1, 5); !ok || s == "" || s[0] != '.' {
			return rule{}, "", false
		}
		if r.day, s, ok = tzsetNum(s[1:], 0, 6); !ok {
			return rule{}, "", false
		}
	default:
		r.kind = ruleDOY
		if r.day, s, ok = tzsetNum(s, 0, 365); !ok {
			return rule{}, "", false
		}
	}
	if s == "" || s[0] != '/' {
		r.time = 2 * secondsPerHour
		return r, s, true
	}
	t, rest, ok := tzsetOffset(s[1:])
	if !ok {
		return rule{}, "", false
	}
	r.time = t
	return r, rest, true
}

// tzsetNum reads a decimal number in [min, max].
func tzsetNum(s string, min, max int) (num int, rest string, ok bool) {
	if s == "" {
		return 0, "", false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			if i == 0 || num < min {
				return 0, "", false
			}
			return num, s[i:], true
		}
		if num = num*10 + int(c-'0'); num > max {
			return 0, "", false
		}
	}
	if num < min {
		return 0, "", false
	}
	return num, "", true
}

// tzruleTime returns when rule r takes effect in year, in seconds since the year began
// (UTC), off being the offset in effect before the change.
func tzruleTime(year int, r rule, off int) int {
	var d int // days since January 1
	switch r.kind {
	case ruleJulian:
		d = r.day - 1
		if isLeap(year) && r.day >= 60 {
			d++
		}
	case ruleDOY:
		d = r.day
	case ruleMonthWeekDay:
		mon := Month(r.mon)
		first := weekdayOf(daysOf(int64(year), mon, 1))
		d = r.day - int(first) // the first such weekday of the month, from its first day
		if d < 0 {
			d += 7
		}
		for w := 1; w < r.week && d+7 < daysIn(mon, year); w++ {
			d += 7
		}
		d += daysBefore(mon)
		if isLeap(year) && mon > February {
			d++
		}
	}
	return d*secondsPerDay + r.time - off
}

// lookupName returns the offset of the zone called name at the pseudo-Unix time unix
// (the wall time taken as UTC): a zone of that name in effect then if there is one (in
// Sydney both of Australia's zones were EST), else the first of that name.
func (l *Location) lookupName(name string, unix int64) (offset int, ok bool) {
	l = l.get()
	for i := range l.zone {
		z := &l.zone[i]
		if z.name == name {
			if n, off, _, _, _ := l.lookup(unix - int64(z.offset)); n == z.name {
				return off, true
			}
		}
	}
	for i := range l.zone {
		if z := &l.zone[i]; z.name == name {
			return z.offset, true
		}
	}
	return 0, false
}

var errLocation = errors.New("time: invalid location name")

// zoneinfoDir is the ZONEINFO environment variable, read once.
var zoneinfoDir string
var zoneinfoRead bool

// LoadLocation returns the Location called name: UTC for "" and "UTC", Local for "Local",
// otherwise the IANA zone of that name, from the directory or uncompressed zip file the
// ZONEINFO environment variable names, then the system's zoneinfo directories, then
// $GOROOT/lib/time/zoneinfo.zip.
func LoadLocation(name string) (*Location, error) {
	if name == "" || name == "UTC" {
		return UTC, nil
	}
	if name == "Local" {
		return Local, nil
	}
	if containsDotDot(name) || name[0] == '/' || name[0] == '\\' {
		// No zone name has a dot-dot or starts with a slash.
		return nil, errLocation
	}
	if !zoneinfoRead {
		zoneinfoRead = true
		zoneinfoDir, _ = syscall.Getenv("ZONEINFO")
	}
	var firstErr error
	if zoneinfoDir != "" {
		if data, err := loadTzinfoFromDirOrZip(zoneinfoDir, name); err == nil {
			if z, err := LoadLocationFromTZData(name, data); err == nil {
				return z, nil
			}
			firstErr = err
		} else if err != syscall.ENOENT {
			firstErr = err
		}
	}
	z, err := loadLocation(name, platformZoneSources)
	if err == nil {
		return z, nil
	}
	if firstErr == nil {
		firstErr = err
	}
	return nil, firstErr
}

// containsDotDot reports whether s contains "..".
func containsDotDot(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}

// The system's zoneinfo directories.
var platformZoneSources = []string{
	"/usr/share/zoneinfo/",
	"/usr/share/lib/zoneinfo/",
	"/usr/lib/locale/TZ/",
	"/etc/zoneinfo",
}

// loadLocation loads the zone name from the first source that has it; the first error
// other than a missing file, or "unknown time zone".
func loadLocation(name string, sources []string) (z *Location, firstErr error) {
	for _, source := range sources {
		data, err := loadTzinfoFromDirOrZip(source, name)
		if err == nil {
			if z, err = LoadLocationFromTZData(name, data); err == nil {
				return z, nil
			}
		}
		if firstErr == nil && err != syscall.ENOENT {
			firstErr = err
		}
	}
	if goroot, _ := syscall.Getenv("GOROOT"); goroot != "" {
		data, err := loadTzinfoFromZip(goroot+"/lib/time/zoneinfo.zip", name)
		if err == nil {
			if z, err = LoadLocationFromTZData(name, data); err == nil {
				return z, nil
			}
		}
		if firstErr == nil && err != syscall.ENOENT {
			firstErr = err
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return nil, errors.New("unknown time zone " + name)
}

// loadTzinfoFromDirOrZip reads the file name of the directory dir, or of the zip file dir
// if it ends in .zip.
func loadTzinfoFromDirOrZip(dir, name string) ([]byte, error) {
	if len(dir) > 4 && dir[len(dir)-4:] == ".zip" {
		return loadTzinfoFromZip(dir, name)
	}
	if dir != "" {
		name = dir + "/" + name
	}
	return readFile(name, true)
}

// le returns the little-endian number of the n bytes of b at i (0 past its end).
func le(b []byte, i, n int) int {
	if i < 0 || i+n > len(b) {
		return 0
	}
	x := 0
	for k := n - 1; k >= 0; k-- {
		x = x<<8 | int(b[i+k])
	}
	return x
}

// loadTzinfoFromZip returns the file name of an uncompressed zip file (Go's zoneinfo.zip
// has no archive comment, so its directory's end record closes the file).
func loadTzinfoFromZip(zipfile, name string) ([]byte, error) {
	data, err := readFile(zipfile, false)
	if err != nil {
		return nil, err
	}
	corrupt := errors.New("corrupt zip file " + zipfile)
	const endSize = 22
	if len(data) < endSize || le(data, len(data)-endSize, 4) != 0x06054b50 {
		return nil, corrupt
	}
	end := data[len(data)-endSize:]
	count, size, off := le(end, 10, 2), le(end, 12, 4), le(end, 16, 4)
	if off+size > len(data) {
		return nil, corrupt
	}
	dir := data[off : off+size]
	for i := 0; i < count; i++ {
		// A directory entry: method at 10, size at 24, the lengths of the name, extra field
		// and comment at 28, 30, 32, the local header's offset at 42, the name at 46.
		if le(dir, 0, 4) != 0x02014b50 || len(dir) < 46 {
			break
		}
		method, fsize := le(dir, 10, 2), le(dir, 24, 4)
		nlen, xlen, clen := le(dir, 28, 2), le(dir, 30, 2), le(dir, 32, 2)
		local := le(dir, 42, 4)
		if 46+nlen+xlen+clen > len(dir) {
			break
		}
		ename := string(dir[46 : 46+nlen])
		dir = dir[46+nlen+xlen+clen:]
		if ename != name {
			continue
		}
		if method != 0 {
			return nil, errors.New("unsupported compression for " + name + " in " + zipfile)
		}
		// The local header: method at 8, the name's length at 26, the extra field's at
		// 28, the name at 30, then the data.
		if local+30+nlen > len(data) {
			return nil, corrupt
		}
		h := data[local : local+30+nlen]
		if le(h, 0, 4) != 0x04034b50 || le(h, 8, 2) != method || le(h, 26, 2) != nlen || string(h[30:]) != name {
			return nil, corrupt
		}
		start := local + 30 + nlen + le(h, 28, 2)
		if start+fsize > len(data) {
			return nil, corrupt
		}
		out := make([]byte, fsize)
		copy(out, data[start:])
		return out, nil
	}
	return nil, syscall.ENOENT
}

// tzReader reads the big-endian fields of a TZif file.
type tzReader struct {
	p   []byte
	bad bool // read past the end
}

func (d *tzReader) read(n int) []byte {
	if len(d.p) < n {
		d.p = nil
		d.bad = true
		return nil
	}
	p := d.p[:n]
	d.p = d.p[n:]
	return p
}

func (d *tzReader) big4() (uint32, bool) {
	p := d.read(4)
	if len(p) < 4 {
		d.bad = true
		return 0, false
	}
	return uint32(p[0])<<24 | uint32(p[1])<<16 | uint32(p[2])<<8 | uint32(p[3]), true
}

func (d *tzReader) big8() (uint64, bool) {
	hi, ok1 := d.big4()
	lo, ok2 := d.big4()
	if !ok1 || !ok2 {
		d.bad = true
		return 0, false
	}
	return uint64(hi)<<32 | uint64(lo), true
}

func (d *tzReader) byte() (byte, bool) {
	p := d.read(1)
	if len(p) < 1 {
		d.bad = true
		return 0, false
	}
	return p[0], true
}

// cString returns p up to its first NUL, as a string of its own.
func cString(p []byte) string {
	for i, c := range p {
		if c == 0 {
			return string(p[:i])
		}
	}
	return string(p)
}

var errBadData = errors.New("malformed time zone information")

// The counts of a TZif header, in their order.
const (
	tzUTCLocal = iota // UT/local indicators
	tzStdWall         // standard/wall indicators
	tzLeap            // leap seconds
	tzTime            // transitions
	tzZone            // local time types
	tzChar            // bytes of abbreviations
)

// readCounts reads the six counts of a TZif header.
func (d *tzReader) readCounts(n *[6]int) bool {
	for i := range n {
		c, ok := d.big4()
		if !ok || uint32(int(c)) != c {
			return false
		}
		n[i] = int(c)
	}
	return true
}

// LoadLocationFromTZData returns the Location called name described by data, a TZif file
// (tzfile(5), as /etc/localtime is).
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	d := tzReader{p: data}
	if magic := d.read(4); string(magic) != "TZif" {
		return nil, errBadData
	}
	hdr := d.read(16) // the version and 15 reserved bytes
	if len(hdr) != 16 {
		return nil, errBadData
	}
	version := hdr[0]
	if version != 0 && version != '2' && version != '3' {
		return nil, errBadData
	}
	var n [6]int
	if !d.readCounts(&n) {
		return nil, errBadData
	}
	// Versions 2 and 3 repeat the data with 64-bit times after the 32-bit data: skip to it.
	size := 4
	if version != 0 {
		d.read(n[tzTime]*5 + n[tzZone]*6 + n[tzChar] + n[tzLeap]*8 + n[tzStdWall] + n[tzUTCLocal] + 4 + 16)
		if !d.readCounts(&n) {
			return nil, errBadData
		}
		size = 8
	}

	times := tzReader{p: d.read(n[tzTime] * size)}
	indexes := d.read(n[tzTime])
	types := tzReader{p: d.read(n[tzZone] * 6)}
	abbrev := d.read(n[tzChar])
	d.read(n[tzLeap] * (size + 4))
	isstd := d.read(n[tzStdWall])
	isutc := d.read(n[tzUTCLocal])
	if d.bad {
		return nil, errBadData
	}

	// A TZ rule between newlines ends a version 2 file.
	var extend string
	if rest := d.p; len(rest) > 2 && rest[0] == '\n' && rest[len(rest)-1] == '\n' {
		extend = string(rest[1 : len(rest)-1])
	}

	if n[tzZone] == 0 {
		return nil, errBadData // nothing to use
	}
	zones := make([]zone, n[tzZone])
	for i := range zones {
		off, ok := types.big4()
		if !ok || uint32(int(off)) != off {
			return nil, errBadData
		}
		zones[i].offset = int(int32(off))
		dst, ok := types.byte()
		if !ok {
			return nil, errBadData
		}
		zones[i].isDST = dst != 0
		ai, ok := types.byte()
		if !ok || int(ai) >= len(abbrev) {
			return nil, errBadData
		}
		zones[i].name = cString(abbrev[ai:])
	}

	tx := make([]zoneTrans, n[tzTime])
	for i := range tx {
		var when int64
		if size == 4 {
			w, ok := times.big4()
			if !ok {
				return nil, errBadData
			}
			when = int64(int32(w))
		} else {
			w, ok := times.big8()
			if !ok {
				return nil, errBadData
			}
			when = int64(w)
		}
		tx[i].when = when
		if int(indexes[i]) >= len(zones) {
			return nil, errBadData
		}
		tx[i].index = indexes[i]
		if i < len(isstd) {
			tx[i].isstd = isstd[i] != 0
		}
		if i < len(isutc) {
			tx[i].isutc = isutc[i] != 0
		}
	}
	if len(tx) == 0 {
		// A zone that never changes (Etc/GMT+5): one transition at the beginning of time.
		tx = append(tx, zoneTrans{when: alpha, index: 0})
	}

	l := &Location{zone: zones, tx: tx, name: name, extend: extend}

	// Cache the zone in effect now.
	now := floorDiv(realtimeNano(), 1e9)
	for i := range tx {
		if tx[i].when > now || i+1 < len(tx) && now >= tx[i+1].when {
			continue
		}
		l.cacheStart = tx[i].when
		l.cacheEnd = omega
		l.cacheZone = &l.zone[tx[i].index]
		if i+1 < len(tx) {
			l.cacheEnd = tx[i+1].when
		} else if l.extend != "" {
			if ename, eoff, estart, eend, edst, ok := tzset(l.extend, l.cacheStart, now); ok {
				l.cacheStart = estart
				l.cacheEnd = eend
				if k := findZone(l.zone, ename, eoff, edst); k >= 0 {
					l.cacheZone = &l.zone[k]
				} else {
					l.cacheZone = &zone{name: ename, offset: eoff, isDST: edst}
				}
			}
		}
		break
	}
	return l, nil
}

// findZone returns the index of the zone with that name, offset and DST flag, or -1.
func findZone(zones []zone, name string, offset int, isDST bool) int {
	for i := range zones {
		if z := &zones[i]; z.name == name && z.offset == offset && z.isDST == isDST {
			return i
		}
	}
	return -1
}

// initLocal loads Local: from TZ if it is set (empty or "UTC": UTC; ":" before a name is
// dropped; an absolute path is that file, another name a file of the zoneinfo
// directories), else from /etc/localtime; UTC if that fails.
func initLocal() {
	tz, set := syscall.Getenv("TZ")
	switch {
	case !set:
		if z, err := loadLocation("localtime", []string{"/etc"}); err == nil {
			localLoc = *z
			localLoc.name = "Local"
			return
		}
	case tz != "":
		if tz[0] == ':' {
			tz = tz[1:]
		}
		if tz != "" && tz[0] == '/' {
			if z, err := loadLocation(tz, []string{""}); err == nil {
				localLoc = *z
				if tz == "/etc/localtime" {
					localLoc.name = "Local"
				} else {
					localLoc.name = tz
				}
				return
			}
		} else if tz != "" && tz != "UTC" {
			if z, err := loadLocation(tz, platformZoneSources); err == nil {
				localLoc = *z
				return
			}
		}
	}
	localLoc.name = "UTC"
}
