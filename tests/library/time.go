// time: Duration (String, ParseDuration, rounding), the calendar of Time, Add/Sub/AddDate,
// Truncate/Round, the clock (Now with its monotonic reading, Since, Until, Sleep: only
// properties are printed), Format/AppendFormat/String/GoString over every layout element,
// Parse/ParseInLocation and their errors, FixedZone, IANA zones read from
// /usr/share/zoneinfo (transitions, the TZ rules past them, both hemispheres) and the
// encodings, compared with gc.
package main

import (
	"strconv"
	"strings"
	"time"
)

func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

var durations = []time.Duration{
	0, 1, -1, 999, 1000, 1001, 1500, 999999, 1000000, 1500000, 123456789, 999999999,
	1000000000, 1000000001, 1500000000, 59999999999, 60000000000, 61000000000,
	3599999999999, 3600000000000, 3723500000000, 86400000000000, -3723500000000,
	-1500, -1500000, 1<<63 - 1, -1 << 63, -1<<63 + 1, 100 * time.Hour, 2*time.Minute + 5,
}

func durationTests() {
	for _, d := range durations {
		println(d.String(), d.Nanoseconds(), d.Microseconds(), d.Milliseconds(),
			d.Seconds(), d.Minutes(), d.Hours(), d.Abs().String())
		for _, m := range []time.Duration{-1, 0, 1, 7, 1000, time.Millisecond, time.Second,
			7 * time.Second, time.Hour, 1 << 62} {
			print(" ", d.Round(m).String(), "/", d.Truncate(m).String())
		}
		println()
	}
	for _, s := range []string{
		"", "0", "+0", "-0", "1h2m3.5s", "1.5µs", "1.5μs", "1us", "1ns", "1ms", "1s", "1m",
		"1h", ".5s", "5.s", "-.5h", "+1.25m", "1", "x", "1y", "1h1", "-", "+", ".s", "1.s2",
		"9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns",
		"-9223372036854775809ns", "0.3333333333333333333h", "1.0000000000000000000000001s",
		"100000000000000000000h", "2562047h47m16.854775807s", "2562047h47m16.854775808s",
		"-2562047h47m16.854775808s", "1e3s", "3h-2m", "1hh", "1µ", "1é", "1\x00s", "1\xffs",
		"0.000000001s", "0.0000000009s", "1.9999999999ns", "12345678901234567890ns",
		"0s", "00", "-0.0s", "1h 2m", "1H", "\"1\"", "1\\s",
	} {
		d, err := time.ParseDuration(s)
		println(d, d.String(), errText(err))
	}
}

// A time told by its UTC instant, for the tables.
type instant struct {
	sec, nsec int64
}

var instants = []instant{
	{0, 0}, {-1, 0}, {-1, 999999999}, {1, 1}, {951782400, 0}, {951868799, 500},
	{1136239445, 0}, {1234567890, 123456789}, {1700000000, 100}, {1704067199, 999999999},
	{1704067200, 0}, {1709208245, 5000}, {2147483647, 0}, {2147483648, 0},
	{4102444800, 0}, {-2208988800, 0}, {-62135596800, 0}, {-62135596801, 1},
	{-62198755200, 0}, {-62167219200, 0}, {253402300799, 999999999}, {253402300800, 0},
	{-377705116800, 0}, {32503680000, 42}, {1262304000, 0}, {1230768000, 0}, {1293753600, 0},
	{1419984000, 0}, {1451520000, 0}, {1483228800, 0}, {1609372800, 0},
}

func calendarTests() {
	for _, in := range instants {
		t := time.Unix(in.sec, in.nsec).UTC()
		y, m, d := t.Date()
		hh, mm, ss := t.Clock()
		iy, iw := t.ISOWeek()
		println(t.String(), y, m.String(), d, hh, mm, ss, t.Nanosecond(), t.Year(),
			int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second(), t.YearDay(),
			t.Weekday().String(), iy, iw, t.Unix(), t.UnixMilli(), t.UnixMicro(),
			t.UnixNano(), t.IsZero())
	}
	var zero time.Time
	println("zero", zero.String(), zero.IsZero(), zero.Unix(), zero.Year(), zero.Weekday().String(),
		zero.YearDay(), zero.Location().String(), zero.GoString())
	println(time.Unix(0, -1).UTC().String(), time.Unix(0, 1e9+5).UTC().String(),
		time.Unix(5, -2500000001).UTC().String(), time.UnixMilli(-1500).UTC().String(),
		time.UnixMicro(1700000000123456).UTC().String(), time.UnixMilli(1700000000123).UnixMilli())
	for _, m := range []time.Month{0, 1, 6, 12, 13, -1} {
		print(m.String(), " ")
	}
	for _, d := range []time.Weekday{0, 3, 6, 7, -1} {
		print(d.String(), " ")
	}
	println()

	// Date normalises every field.
	dates := [][8]int{
		{2024, 1, 31, 12, 0, 0, 0, 0}, {2023, 2, 29, 0, 0, 0, 0, 0}, {2024, 13, 1, 0, 0, 0, 0, 0},
		{2024, 0, 0, 0, 0, 0, 0, 0}, {2024, -11, 1, 0, 0, 0, 0, 0}, {2024, 10, 32, 25, 61, 61, 1e9 + 1, 0},
		{2024, 3, 1, -1, -1, -1, -1, 0}, {1, 1, 1, 0, 0, 0, 0, 0}, {0, 1, 1, 0, 0, 0, 0, 0},
		{-1, 12, 31, 23, 59, 59, 999999999, 0}, {-4713, 11, 24, 12, 0, 0, 0, 0},
		{9999, 12, 31, 23, 59, 59, 0, 0}, {10000, 1, 1, 0, 0, 0, 0, 0}, {2000, 2, 29, 0, 0, 0, 0, 0},
		{1900, 2, 29, 0, 0, 0, 0, 0}, {2100, 3, 1, 0, 0, 0, 0, 0}, {2024, 1, 1, 0, 0, 0, -1, 0},
		{2024, 1, 1000, 0, 0, 0, 0, 0}, {2024, 1, -1000, 0, 0, 0, 0, 0}, {1969, 12, 31, 23, 59, 59, 0, 0},
		{2008, 12, 29, 0, 0, 0, 0, 0}, {2010, 1, 3, 0, 0, 0, 0, 0}, {2020, 12, 31, 0, 0, 0, 0, 0},
		{2021, 1, 4, 0, 0, 0, 0, 0}, {2027, 1, 1, 0, 0, 0, 0, 0}, {1600, 2, 29, 0, 0, 0, 0, 0},
	}
	for _, f := range dates {
		t := time.Date(f[0], time.Month(f[1]), f[2], f[3], f[4], f[5], f[6], time.UTC)
		iy, iw := t.ISOWeek()
		println(t.String(), t.Weekday().String(), t.YearDay(), iy, iw, t.Unix())
	}
}

func arithmeticTests() {
	base := time.Date(2024, 1, 31, 10, 30, 0, 500, time.UTC)
	for _, d := range []time.Duration{0, 1, -1, time.Hour, -25 * time.Hour, 1<<63 - 1, -1 << 63,
		999999999, -999999999, 86400 * 366 * time.Second} {
		u := base.Add(d)
		println(u.String(), u.Sub(base).String(), base.Sub(u).String(), u.After(base),
			u.Before(base), u.Equal(base), u.Compare(base), base.Compare(u))
	}
	for _, a := range [][3]int{{0, 1, 0}, {0, 0, 1}, {1, 0, 0}, {-1, 1, -31}, {0, 13, 0}, {0, -2, 30}, {100, 0, 0}} {
		println(base.AddDate(a[0], a[1], a[2]).String())
	}
	// Sub saturates.
	var zero time.Time
	far := time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
	println(far.Sub(zero).String(), zero.Sub(far).String(), far.Sub(far).String(),
		time.Unix(1, 0).Sub(time.Unix(0, 999999999)).String())
	// The same instant in two zones.
	east := base.In(time.FixedZone("E", 3*3600))
	println(east.Equal(base), east == base, east.Compare(base), east.Sub(base).String(), east.String())

	for _, in := range []instant{{1700000000, 123456789}, {-1, 999999999}, {-62135596801, 1},
		{-62198755200, 500000000}, {1136239445, 999999999}, {0, 0}, {-86400*365*3000 - 17, 3}} {
		t := time.Unix(in.sec, in.nsec).UTC()
		print(t.String())
		for _, d := range []time.Duration{0, -1, 1, 3, 1000, time.Millisecond, 17 * time.Millisecond,
			time.Second, 7 * time.Second, time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour,
			1<<63 - 1, 1234567891011} {
			print(" | ", t.Truncate(d).String(), " ~ ", t.Round(d).String())
		}
		println()
	}
}

func clockTests() {
	start := time.Now()
	s := start.String()
	println("now has m=+", strings.Contains(s, " m=+"), strings.Count(s, " m="))
	println("Round(0) strips", !strings.Contains(start.Round(0).String(), " m="),
		start.Round(0).Equal(start), start.Round(0) == start, start.Truncate(0).Equal(start))
	println("UTC strips", !strings.Contains(start.UTC().String(), " m="),
		!strings.Contains(start.In(time.UTC).String(), " m="), start.UTC().Equal(start))
	println("Add keeps", strings.Contains(start.Add(time.Hour).String(), " m=+"),
		start.Add(time.Hour).Sub(start) == time.Hour, start.UTC().AddDate(0, 0, 1).Sub(start) == 24*time.Hour)
	println("location", start.Location() == time.Local, start.Location().String() == time.Local.String(),
		start.Year() >= 2024, start.After(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)))
	println("since", time.Since(start) >= 0, time.Until(start) <= 0, time.Since(start.Round(0)) > -time.Second)
	time.Sleep(20 * time.Millisecond)
	time.Sleep(0)
	time.Sleep(-5)
	later := time.Now()
	println("slept", later.Sub(start) >= 20*time.Millisecond, time.Since(start) >= 20*time.Millisecond,
		later.After(start), start.Before(later), later.Compare(start), start.Compare(later),
		later.Equal(start), time.Until(later) < 0, later.Sub(start) < time.Minute)
	// The Unix forms of Now agree with each other.
	u := later.Unix()
	println("unix", later.UnixMilli()/1000 == u, later.UnixMicro()/1e6 == u, later.UnixNano()/1e9 == u,
		time.Unix(u, 0).Unix() == u, later.UTC().Unix() == u, later.Local().Unix() == u,
		later.In(time.Local).Equal(later))
	// A monotonic reading is used only when both times have one.
	wall := later.Round(0).Add(-time.Hour)
	println("mixed", later.Sub(wall) == time.Hour, wall.Before(later), later.After(wall))
}

var stamps = []instant{
	{1136239445, 0}, {1234567890, 123456789}, {1700000000, 120000000}, {0, 0},
	{1704067200, 5}, {951782400, 999999999}, {-62135596800, 0}, {-62198755200, 100},
	{253402300799, 999000000}, {1709208245, 70000}, {1720000000, 10},
}

var zones = []*time.Location{
	time.UTC,
	time.FixedZone("MST", -7*3600),
	time.FixedZone("", 5*3600+30*60),
	time.FixedZone("", -3600),
	time.FixedZone("", 0),
	time.FixedZone("ODD", -(2*3600 + 17*60 + 42)),
	time.FixedZone("", 45),
	time.FixedZone("", -30),
	time.FixedZone("LONGZONE", 14*3600),
	time.FixedZone("", -12*3600-1),
}

var layouts = []string{
	time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
	time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
	time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.DateTime,
	time.DateOnly, time.TimeOnly,
	"2006 06 01 1 Jan January 02 2 _2 __2 002 15 03 3 04 4 05 5 PM pm MST Mon Monday",
	"-0700 -07:00 -07 -070000 -07:00:00 Z0700 Z07:00 Z07 Z070000 Z07:00:00",
	".0 .00 .000 .000000 .000000000 .0000000000 ,000 .9 .99 .999 .999999 .999999999 ,999",
	"05.999 05,000 5.9 05.0000000000009 4.0 .09 .90 _2006 __2006 Month Janu Mond Jan1 Mon1",
	"", "no elements here", "1", "2006-01-02T15:04:05.000000000Z07:00", "Jan _2 3:4:5 pm",
	"15h04m05s 002 __2 YearDay", "3PM 03pm 3 pm", "MST-0700 Z07:00MST", "2006_2",
}

func formatTests() {
	for _, st := range stamps {
		for _, loc := range zones {
			t := time.Unix(st.sec, st.nsec).In(loc)
			println(t.String(), "|", t.GoString())
			for _, layout := range layouts {
				print("  [", t.Format(layout), "]")
			}
			println()
		}
	}
	t := time.Date(2009, time.November, 10, 23, 4, 5, 6, time.FixedZone("", -4*3600))
	b := []byte("prefix:")
	b = t.AppendFormat(b, time.RFC3339Nano)
	b = t.AppendFormat(b, " "+time.Kitchen)
	println(string(b))
	long := strings.Repeat("2006-01-02 ", 20)
	println(t.Format(long))
	println(t.Format(".0000000000000000000000000000000000000000000000000000000000000000000009"))
	for h := 0; h < 24; h++ {
		u := time.Date(2024, 7, 4, h, 5, 0, 0, time.UTC)
		print(u.Format(time.Kitchen), " ", u.Format("03pm"), " ")
	}
	println()
	for y := -12000; y <= 12000; y += 1999 {
		u := time.Date(y, 3, 4, 5, 6, 7, 0, time.UTC)
		print(u.Format("2006 06 002 Mon"), " | ")
	}
	println()
}

type parseCase struct {
	layout, value string
}

var parseCases = []parseCase{
	{time.RFC3339, "2006-01-02T15:04:05Z"},
	{time.RFC3339, "2006-01-02T15:04:05+07:00"},
	{time.RFC3339, "2006-01-02T15:04:05.123456789-07:30"},
	{time.RFC3339, "2006-01-02T15:04:05,5Z"},
	{time.RFC3339, "2006-01-02T15:04:05"},
	{time.RFC3339, "2006-01-02T25:04:05Z"},
	{time.RFC3339, "2006-01-02T15:04:05+24:00"},
	{time.RFC3339, "2006-01-02T15:04:05+25:00"},
	{time.RFC3339, "2006-01-02T15:04:05+01:61"},
	{time.RFC3339, "2006-02-30T15:04:05Z"},
	{time.RFC3339, "2006-01-02T5:04:05Z"},
	{time.RFC3339Nano, "2006-01-02T15:04:05.1234567891234Z"},
	{time.RFC3339Nano, "2006-01-02T15:04:05Z"},
	{time.RFC3339Nano, "2006-01-02T15:04:05.Z"},
	{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"},
	{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST"},
	{time.RFC1123, "mon, 02 JAN 2006 15:04:05 XYZT"},
	{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT+3"},
	{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT-23"},
	{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT+24"},
	{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 ChST"},
	{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 WITA"},
	{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 +03"},
	{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 AB"},
	{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 ABCDEF"},
	{time.RFC1123, "Mon, 2 Jan 2006 15:04:05 MST"},
	{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0700"},
	{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 0700"},
	{time.RFC850, "Monday, 02-Jan-06 15:04:05 MST"},
	{time.RFC850, "Friday, 02-Jan-69 15:04:05 MST"},
	{time.RFC850, "Funday, 02-Jan-06 15:04:05 MST"},
	{time.RFC822, "02 Jan 06 15:04 EST"},
	{time.ANSIC, "Mon Jan  2 15:04:05 2006"},
	{time.ANSIC, "Mon Jan 2 15:04:05 2006"},
	{time.ANSIC, "Mon Jan 12 15:04:05 2006"},
	{time.UnixDate, "Thu Feb  4 21:00:57 PST 2010"},
	{time.RubyDate, "Thu Feb 04 21:00:57 -0800 2010"},
	{time.Kitchen, "3:04PM"},
	{time.Kitchen, "12:00AM"},
	{time.Kitchen, "12:00PM"},
	{time.Kitchen, "13:00PM"},
	{time.Kitchen, "3:04XM"},
	{time.Kitchen, "3:60PM"},
	{"3:04pm", "11:59am"},
	{time.StampMilli, "Feb  4 21:00:57.012"},
	{time.StampMilli, "Feb  4 21:00:57.01"},
	{time.StampMilli, "Feb  4 21:00:57,012"},
	{time.StampMicro, "Feb  4 21:00:57.-12345"},
	{time.DateTime, "2024-02-29 23:59:59"},
	{time.DateTime, "2023-02-29 23:59:59"},
	{time.DateTime, "2024-02-29 23:59:60"},
	{time.DateTime, "2024-02-29 23:59:59.999999999999"},
	{time.DateTime, "2024-02-29 23:59:59 extra"},
	{time.DateTime, "2024-00-10 10:00:00"},
	{time.DateTime, "2024-13-10 10:00:00"},
	{time.DateTime, "2024-1-10 10:00:00"},
	{time.DateTime, "10000-01-10 10:00:00"},
	{time.DateTime, "-100-01-10 10:00:00"},
	{time.DateOnly, "2024-02-29"},
	{time.DateOnly, ""},
	{time.DateOnly, "2024-02"},
	{time.TimeOnly, "23:59:59"},
	{time.TimeOnly, "24:00:00"},
	{"2006 002", "2024 060"},
	{"2006 002", "2023 060"},
	{"2006 002", "2024 366"},
	{"2006 002", "2023 366"},
	{"2006 002", "2023 000"},
	{"2006 __2", "2023   5"},
	{"2006 __2", "2023  45"},
	{"2006 01 02 002", "2024 03 01 061"},
	{"2006 01 02 002", "2024 03 02 061"},
	{"2006 01 02 002", "2024 04 01 061"},
	{"06", "+1"},
	{"06", "-1"},
	{"06", "68"},
	{"06", "x"},
	{"2006", "+123"},
	{"2006", "0001"},
	{"January 2", "march 7"},
	{"January 2", "Marc 7"},
	{"Jan _2", "Feb 29"},
	{"Jan _2", "Feb 30"},
	{"15:04:05.000", "10:11:12.123"},
	{"15:04:05.000", "10:11:12.1"},
	{"15:04:05.999", "10:11:12"},
	{"15:04:05.999", "10:11:12.5"},
	{"15:04:05.999", "10:11:12.123456789123"},
	{"15:04:05 .000", "10:11:12 .123"},
	{"15:04:05", "10:11:12.5"},
	{"15:04:05", "10:11:12,5"},
	{"15:04:05", "10:11:12."},
	{"Z07:00", "Z"},
	{"Z07:00", "+01:00"},
	{"Z0700", "+0100"},
	{"Z07", "-03"},
	{"Z070000", "+010203"},
	{"Z07:00:00", "+01:02:03"},
	{"Z07:00:00", "+01:02"},
	{"-07:00:00", "Z"},
	{"-0700", "+2500"},
	{"-0700", "+0061"},
	{"-0700", "*0100"},
	{"-07:00", "+01-00"},
	{"-070000", "+010261"},
	{"MST -0700", "XYZ -0300"},
	{"MST -0700", "UTC +0000"},
	{"MST", "UTC"},
	{"MST", "MST"},
	{"MST", "GMT"},
	{"MST", "Mst"},
	{"  2006  ", " 2024 "},
	{"2006 01", "2024    07"},
	{"2006 01", "202407"},
	{"Mon Jan", "Fri Dec"},
	{"Monday", "Thu"},
	{"_2", " 5"},
	{"02", "5"},
	{"2", "31"},
	{"1/2/06", "12/31/99"},
	{"literal 2006", "literal 2024"},
	{"literal 2006", "literol 2024"},
	{"2006", "2024\xff"},
	{"2006", "2024é\"\\"},
	{"pm 3", "am 12"},
	{"PM", "P"},
}

func parseTests() {
	locs := []*time.Location{time.UTC, time.FixedZone("PST", -8*3600), time.FixedZone("", 3600)}
	for _, c := range parseCases {
		for i, loc := range locs {
			t, err := time.ParseInLocation(c.layout, c.value, loc)
			if err != nil {
				println(i, "error:", err.Error())
				if pe, ok := err.(*time.ParseError); ok && i == 0 {
					println("  fields:", strconv.Quote(pe.Layout), "|", strconv.Quote(pe.Value), "|", strconv.Quote(pe.LayoutElem), "|", strconv.Quote(pe.ValueElem), "|", strconv.Quote(pe.Message))
				}
				continue
			}
			name, off := t.Zone()
			println(i, t.String(), name, off, t.Unix(), t.Location() == loc)
		}
		// With Local (whatever this machine's zone is) print only what does not depend
		// on it: the errors, and the wall clock read unless a zone name was (Local may
		// know the name, and then its offset counts).
		t, err := time.Parse(c.layout, c.value)
		if err != nil {
			println("Parse error:", err.Error())
		} else if !strings.Contains(c.layout, "MST") {
			println("Parse", t.Format("2006-01-02 15:04:05.999999999"))
		}
	}
	e := &time.ParseError{Layout: "L", Value: "V\x01", LayoutElem: "LE", ValueElem: "VE", Message: ""}
	println(e.Error())
	e.Message = ": custom"
	println(e.Error())
}

type tzCase struct {
	year, month, day, hour, min int
}

func zoneTests() {
	fz := time.FixedZone("", 3600)
	println("FixedZone", fz == time.FixedZone("", 3600), fz == time.FixedZone("", 3601),
		time.FixedZone("", 14*3600) == time.FixedZone("", 14*3600),
		time.FixedZone("", 15*3600) == time.FixedZone("", 15*3600),
		time.FixedZone("X", 0) == time.FixedZone("X", 0), fz.String() == "", time.FixedZone("ABC", 1).String())
	println(time.UTC.String(), time.Local.String() != "", time.Local == time.Local, time.UTC == time.UTC)
	for _, name := range []string{"", "UTC", "Local", "Nowhere/Zone", "../etc/passwd", "/etc/localtime",
		"\\x", "America/..", "a..b", "America", "zone.tab", "Etc/GMT+5", "Etc/GMT-14", "EST5EDT"} {
		l, err := time.LoadLocation(name)
		if err != nil {
			println("LoadLocation", name, "error:", err.Error())
			continue
		}
		println("LoadLocation", name, l.String(), l == time.UTC, l == time.Local)
		if name != "Local" {
			t := time.Date(2024, 7, 1, 12, 0, 0, 0, l)
			println("  ", t.String(), t.IsDST())
		}
	}
	_, err := time.LoadLocationFromTZData("bad", []byte("TZif2 not really"))
	println(errText(err))
	_, err = time.LoadLocationFromTZData("bad", []byte("nope"))
	println(errText(err))

	// Zones whose future rules stay put across tzdata releases (Casablanca's predicted
	// transitions change from one release to the next, and the recording would with them).
	names := []string{"America/New_York", "Australia/Sydney", "Europe/Dublin", "Europe/London",
		"Asia/Kolkata", "Pacific/Chatham", "America/St_Johns", "America/Sao_Paulo",
		"Asia/Tehran", "Pacific/Apia", "Antarctica/Troll"}
	instants := []int64{-5000000000, -2208988800, -1, 0, 1136239445, 1700000000, 2147483647, 2200000000,
		4102444800, 4118097600, 4133563200, 7258118400, 32503680000}
	for _, name := range names {
		loc, err := time.LoadLocation(name)
		if err != nil {
			println(name, "error:", err.Error())
			continue
		}
		println(loc.String())
		for _, sec := range instants {
			t := time.Unix(sec, 0).In(loc)
			zn, off := t.Zone()
			start, end := t.ZoneBounds()
			println("  ", t.String(), zn, off, t.IsDST(), start.String(), end.String(), t.Format(time.RFC822Z))
		}
		for y := 2020; y <= 2102; y += 41 {
			for _, c := range []tzCase{{y, 3, 8, 2, 30}, {y, 3, 10, 2, 30}, {y, 3, 28, 1, 30}, {y, 4, 6, 2, 30},
				{y, 10, 31, 1, 30}, {y, 11, 3, 1, 30}, {y, 10, 3, 2, 30}, {y, 9, 27, 2, 50}} {
				t := time.Date(c.year, time.Month(c.month), c.day, c.hour, c.min, 0, 0, loc)
				print(" ", t.Format("2006-01-02 15:04 MST -07:00"), " ", t.Unix())
			}
			println()
		}
		// Parsing a zone name the location uses gives its offset.
		for _, v := range []string{"2024-01-15 10:00 EST", "2024-07-15 10:00 EDT", "2024-07-15 10:00 AEST",
			"2024-01-15 10:00 GMT", "2024-07-15 10:00 IST", "2024-07-15 10:00 +0530"} {
			layout := "2006-01-02 15:04 MST"
			if strings.Contains(v, "+") {
				layout = "2006-01-02 15:04 -0700"
			}
			t, err := time.ParseInLocation(layout, v, loc)
			if err != nil {
				println("  parse error:", err.Error())
				continue
			}
			println("  parse", t.String(), t.Location().String())
		}
		// AddDate across a change keeps the wall clock.
		t := time.Date(2024, 3, 9, 12, 0, 0, 0, loc)
		println("  ", t.AddDate(0, 0, 1).String(), t.AddDate(0, 0, 1).Sub(t).String(),
			t.Add(24*time.Hour).String(), t.Truncate(24*time.Hour).String())
	}
}

func encodingTests() {
	for _, st := range stamps {
		for _, loc := range zones {
			t := time.Unix(st.sec, st.nsec).In(loc)
			text, err := t.MarshalText()
			js, jerr := t.MarshalJSON()
			bin, berr := t.MarshalBinary()
			app, aerr := t.AppendText([]byte("x="))
			print(string(text), " ", errText(err), " ", string(js), " ", errText(jerr), " ",
				string(app), " ", errText(aerr), " ", errText(berr), " [")
			for _, c := range bin {
				print(c, ",")
			}
			println("]")
			var u time.Time
			if err := u.UnmarshalBinary(bin); err != nil {
				println("  UnmarshalBinary:", err.Error())
			} else {
				_, off := u.Zone()
				_, toff := t.Zone()
				println("  binary", u.Equal(t), off == toff, u.Unix(), u.Nanosecond())
			}
			var v time.Time
			if err := v.UnmarshalText(text); err != nil {
				println("  UnmarshalText:", err.Error())
			} else {
				_, off := v.Zone()
				println("  text", v.Equal(t), v.Unix(), v.Nanosecond(), off)
			}
			var w time.Time
			if err := w.UnmarshalJSON(js); err != nil {
				println("  UnmarshalJSON:", err.Error())
			} else {
				println("  json", w.Equal(t), w.Unix())
			}
			g, _ := t.GobEncode()
			var x time.Time
			println("  gob", errText(x.GobDecode(g)), x.Equal(t))
		}
	}
	var t time.Time
	println(errText(t.UnmarshalBinary(nil)), errText(t.UnmarshalBinary([]byte{9})),
		errText(t.UnmarshalBinary([]byte{1, 2})), errText(t.UnmarshalJSON([]byte("null"))),
		errText(t.UnmarshalJSON([]byte("2024"))), errText(t.UnmarshalJSON([]byte(`"2024"`))),
		errText(t.UnmarshalText([]byte("2024-13-01T00:00:00Z"))), t.IsZero())
	odd := time.Date(2024, 1, 1, 0, 0, 0, 0, time.FixedZone("", 90061))
	_, err := odd.MarshalText()
	println(errText(err))
	_, err = odd.MarshalBinary()
	println(errText(err))
	_, err = time.Date(2024, 1, 1, 0, 0, 0, 0, time.FixedZone("", -60)).MarshalBinary()
	println(errText(err))
}

func main() {
	durationTests()
	calendarTests()
	arithmeticTests()
	clockTests()
	formatTests()
	parseTests()
	zoneTests()
	encodingTests()
}
