// strconv: floating-point and complex conversions both ways (every format and precision,
// shortest forms, float32, halfway cases, hex, errors), compared with gc's package.
package main

import (
	"errors"
	"math"
	"os"
	"strconv"
)

func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

// hexBits spells f's encoding, so that parsed results are compared bit for bit.
func hexBits(f float64) string { return strconv.FormatUint(math.Float64bits(f), 16) }

var out []byte

func say(parts ...string) {
	for i, p := range parts {
		if i > 0 {
			out = append(out, ' ')
		}
		out = append(out, p...)
	}
	out = append(out, '\n')
	if len(out) > 1<<14 {
		os.Stdout.Write(out)
		out = out[:0]
	}
}

var values = []float64{
	0, math.Copysign(0, -1), 1, -1, 0.1, -0.1, 1.0 / 3, 2.0 / 3, 0.5, 1.5, 2.5, 3.5, 9.5, 0.125,
	0.375, 1.25, 1e-20, 1e-10, 1e-5, 5e-5, 0.0001, 0.001, 0.01, 10, 100, 1e5, 1e6, 1e7, 1e15,
	1e16, 1e17, 1e20, 1e21, 1e22, 1e23, 1e100, 1e300, 1e-300, 123456789, 0.000123456,
	999999.5, 99999.95, 3.14159265358979, 2.718281828459045, 1 << 53, 1<<53 + 2, 1 << 63,
	math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, 2 * math.SmallestNonzeroFloat64,
	2.2250738585072014e-308, 2.225073858507201e-308, 4.4501477170144023e-308,
	math.MaxFloat32, math.SmallestNonzeroFloat32, 1.1754943508222875e-38, 1.1754942e-38,
	3.4028235677973366e+38, 16777216, 16777217, 0x1p-149, 0x1.8p-149, 0x1.fffffep127,
	0x1.fffffefffffffp127, 0x1p-1022, 0x1p1023, 0x1.5555555555555p-2, 5.960464477539063e-08,
	math.Inf(1), math.Inf(-1), math.NaN(),
}

var formats = []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X', 'z'}

var precs = []int{-1, 0, 1, 3, 6, 17, 20, 40}

var texts = []string{
	"", "0", "-0", "+0", "00", "0.", ".0", ".", "-", "+", "1", "-1", "+1", "1.5", "-1.5", ".5",
	"5.", "+.5e-3", "1e", "1e+", "1e-", "1e5", "1E5", "1e+05", "1e-05", "1.e5", ".e5", "e5",
	"1e5x", "1x", " 1", "1 ", "1..2", "1.2.3", "0.1", "0.2", "0.3", "1e23", "8.41e21",
	"100000000000000016777215", "100000000000000016777216", "1.7976931348623157e308",
	"1.7976931348623158e308", "1.7976931348623159e308", "1.797693134862315708145274237317043567981e+308",
	"1.797693134862315808e308", "-1.797693134862315808e308", "1e308", "1e309", "-1e309",
	"2e308", "1e400", "-1e400", "1e99999", "1e999999999999", "1e-400", "-1e-400",
	"1e-999999999999", "5e-324", "4.9e-324", "4e-324", "3e-324", "2.5e-324", "2.4703282292062328e-324",
	"2.4703282292062327e-324", "2e-324", "1e-324", "2.2250738585072011e-308",
	"2.2250738585072012e-308", "2.2250738585072014e-308", "4.4501477170144023e-308",
	"3.4028234663852886e38", "3.4028235e38", "3.40282356e38", "3.4028236e38", "3.5e38",
	"1e39", "1.401298464324817e-45", "1e-45", "7.006492321624085e-46", "7.0064923216240854e-46",
	"7.006492321624086e-46", "1e-46", "1.1754943e-38", "1.1754942e-38", "16777217",
	"16777216.5", "16777217.000000001", "33554435", "9007199254740993", "9007199254740993.0000000001",
	"9007199254740992.9999", "18446744073709551615", "18446744073709551616", "123456789012345678901234567890",
	"0.000000000000000000000000000000000000000000001", "1_000", "1_000.5", "1_000.000_1e1_0",
	"1__0", "_1", "1_", "1_.5", "1._5", "1e_5", "1e5_", "0x_1p0", "0x1_0p0", "0x1p1_0",
	"0_1", "0_x1p0", "-1_0", "+_1", "0x1p0", "0x1P0", "0X1p-2", "0x1.8p3", "-0x1.8p3",
	"0x.8p1", "0x1.p1", "0x.p1", "0xp1", "0x1", "0x", "0x1.8", "0x1p", "0x1p+", "0xg",
	"0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffffp1023",
	"0x1p1024", "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x1p-1076", "0x0p99999",
	"0x1p99999", "0x1p-99999", "0x123456789abcdef123456789p0", "0x1.00000000000008p0",
	"0x1.000000000000080000000001p0", "0x1.00000000000018p0", "0xabcdefp-10", "0x1.fffffep127",
	"0x1.ffffffp127", "0x1.fffffe8p127", "0x1p-149", "0x1p-150", "0x1.8p-150", "0x0.0000001p0",
	"inf", "Inf", "INF", "+inf", "-inf", "infinity", "Infinity", "-INFINITY", "+Infinity",
	"infin", "infinit", "infinityy", "infx", "in", "i", "nan", "NaN", "NAN", "nAn", "-nan",
	"+nan", "nanx", "na", "1e-4294967296", "1e+4294967296", "0e99999999", "0.0e-99999999",
	"000000000000000000000000000001e-30", "1000000000000000000000000000000e-30",
	"0.00000000000000000000000000000000000000000000000000000000000000000000001e71",
	"1e0000000000000000000000000001", "1e-0000000000000000000000000001",
}

// longTexts are built: long runs of digits and exponents.
func longTexts() []string {
	var l []string
	nines := make([]byte, 0, 1200)
	for i := 0; i < 1100; i++ {
		nines = append(nines, '9')
	}
	l = append(l, "0."+string(nines), string(nines)+"e-1100", string(nines[:400])+"e-92",
		string(nines[:17]), string(nines[:16]))
	zeros := make([]byte, 1000)
	for i := range zeros {
		zeros[i] = '0'
	}
	l = append(l, "1"+string(zeros)+"e-1000", "0."+string(zeros)+"1e1001", "1."+string(zeros)+"1",
		"1."+string(zeros[:60])+"1", "9007199254740993"+string(zeros[:100]),
		"9007199254740993."+string(zeros)+"1", "1"+string(zeros[:310]), "1"+string(zeros[:308]),
		"0."+string(zeros[:330])+"1", "0."+string(zeros[:322])+"25", "0."+string(zeros[:322])+"247",
		"0."+string(zeros[:322])+"2470328229206232720882", "0."+string(zeros[:322])+"2470328229206232720883",
		"0x1"+string(zeros[:40])+"p-160", "0x1"+string(zeros[:40])+"1p-160", "0x."+string(zeros[:300])+"1p1200")
	// Exponents past 10000 or so only count as large, as gc reads them.
	many := make([]byte, 0, 12010)
	many = append(many, "0."...)
	for i := 0; i < 12000; i++ {
		many = append(many, '0')
	}
	many = append(many, '1')
	l = append(l, string(many)+"e12001", string(many)+"e12000", string(many)+"e99999", string(many)+"e99999999",
		string(many)+"e-9", "1"+string(many[2:])+"e-12001", "1"+string(many[2:])+"e-123456")
	return l
}

// A digits value is 0.d × 10**dp, d a string of decimal digits.
type digits struct {
	d  []byte
	dp int
}

// exact returns the exact decimal value of a finite f >= 0 (FormatFloat with 800 digits holds
// every float64 exactly).
func exact(f float64) digits {
	s := strconv.FormatFloat(f, 'e', 800, 64)
	var d []byte
	i := 0
	for ; i < len(s) && s[i] != 'e'; i++ {
		if s[i] != '.' {
			d = append(d, s[i])
		}
	}
	x, _ := strconv.Atoi(s[i+1:])
	for len(d) > 1 && d[len(d)-1] == '0' {
		d = d[:len(d)-1]
	}
	return digits{d, x + 1}
}

func (a digits) at(pos int) int {
	if i := pos; i >= 0 && i < len(a.d) {
		return int(a.d[i] - '0')
	}
	return 0
}

// add returns a+b.
func add(a, b digits) digits {
	top := a.dp
	if b.dp > top {
		top = b.dp
	}
	top++ // room for a carry
	end := top - a.dp + len(a.d)
	if e := top - b.dp + len(b.d); e > end {
		end = e
	}
	sum := make([]byte, end)
	carry := 0
	for pos := end - 1; pos >= 0; pos-- {
		v := a.at(pos-(top-a.dp)) + b.at(pos-(top-b.dp)) + carry
		sum[pos] = byte('0' + v%10)
		carry = v / 10
	}
	return digits{sum, top}
}

// half returns a/2.
func half(a digits) digits {
	var q []byte
	r := 0
	for i := 0; i < len(a.d) || r != 0; i++ {
		v := r * 10
		if i < len(a.d) {
			v += int(a.d[i] - '0')
		}
		q = append(q, byte('0'+v/2))
		r = v % 2
	}
	return digits{q, a.dp}
}

func (a digits) String() string {
	return "0." + string(a.d) + "e" + strconv.Itoa(a.dp)
}

// ulp is the distance from f (finite, >= 0) to the next float64 up.
func ulp(f float64) float64 {
	e := int(math.Float64bits(f) >> 52)
	if e >= 53 {
		return math.Float64frombits(uint64(e-52) << 52)
	}
	if e == 0 {
		e = 1
	}
	return math.Float64frombits(1 << uint(e-1))
}

var seed uint64 = 0x9E3779B97F4A7C15

// next is a linear congruential generator, its high bits mixed down.
func next() uint64 {
	seed = seed*6364136223846793005 + 1442695040888963407
	return seed ^ seed>>29
}

// hash is FNV-1a, for long results.
func hash(s string) string {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return strconv.FormatUint(h, 36)
}

func short(s string) string {
	if len(s) <= 60 {
		return s
	}
	return "len" + strconv.Itoa(len(s)) + ":" + s[:20] + "…" + hash(s)
}

// moreDigits appends digits to the mantissa of s, formatted by %e.
func moreDigits(s, digits string) string {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == 'e' {
			return s[:i] + digits + s[i:]
		}
	}
	return s + digits
}

func parse(s string, bitSize int) {
	f, err := strconv.ParseFloat(s, bitSize)
	fbits := 64
	if bitSize == 32 {
		fbits = 32
	}
	say(short(s), strconv.Itoa(bitSize), hexBits(f), strconv.FormatFloat(f, 'g', -1, fbits), short(errText(err)))
}

func catch(f func() string) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = "panic: " + r.(string)
		}
	}()
	return f()
}

func main() {
	for _, v := range values {
		for _, fm := range formats {
			line := []string{hexBits(v), string(fm)}
			for _, p := range precs {
				line = append(line, short(strconv.FormatFloat(v, fm, p, 64)), short(strconv.FormatFloat(v, fm, p, 32)))
			}
			say(line...)
		}
	}
	// Huge precisions.
	for _, v := range []float64{1e300, 5e-324, 1.0 / 3, math.MaxFloat64, 0.1, 2.2250738585072014e-308, 1e23} {
		for _, fm := range []byte{'e', 'f', 'g', 'x'} {
			for _, p := range []int{60, 100, 330, 800, 1000, 1100} {
				say(hexBits(v), string(fm), strconv.Itoa(p), short(strconv.FormatFloat(v, fm, p, 64)),
					short(strconv.FormatFloat(v, fm, p, 32)))
			}
		}
	}
	say(strconv.FormatFloat(1e300, 'f', 1000, 64)[:320], strconv.FormatFloat(5e-324, 'f', 1100, 64)[320:400])
	say(string(strconv.AppendFloat([]byte("x="), 1.5, 'g', -1, 64)), string(strconv.AppendFloat(nil, -0.25, 'e', 3, 32)))
	say(catch(func() string { return strconv.FormatFloat(1, 'g', -1, 16) }),
		catch(func() string { return string(strconv.AppendFloat(nil, 1, 'g', -1, 0)) }),
		catch(func() string { return strconv.FormatComplex(1, 'g', -1, 32) }))

	// Every precision of a few numbers, around the rounding boundaries.
	for _, v := range []float64{0.5, 0.05, 0.15, 0.25, 0.35, 1.005, 2.675, 1.0 / 7, 123.456, 9.9999, 0.0009995, 5e-324, 1e22} {
		for p := 0; p < 25; p++ {
			say(hexBits(v), strconv.Itoa(p), strconv.FormatFloat(v, 'e', p, 64), strconv.FormatFloat(v, 'f', p, 64),
				strconv.FormatFloat(v, 'g', p, 64), strconv.FormatFloat(v, 'x', p, 64), strconv.FormatFloat(v, 'f', p, 32),
				strconv.FormatFloat(v, 'g', p, 32))
		}
	}

	// Parsing.
	for _, s := range texts {
		parse(s, 64)
		parse(s, 32)
	}
	for _, s := range longTexts() {
		parse(s, 64)
		parse(s, 32)
	}
	for _, bs := range []int{0, 16, 128} {
		parse("1.1", bs)
	}
	_, err := strconv.ParseFloat("1e400", 64)
	ne, ok := err.(*strconv.NumError)
	say(strconv.FormatBool(ok), ne.Func, ne.Num, errText(ne.Err), strconv.FormatBool(errors.Is(err, strconv.ErrRange)))
	_, err = strconv.ParseFloat("x", 32)
	say(strconv.FormatBool(errors.Is(err, strconv.ErrSyntax)), errText(errors.Unwrap(err)))

	// Halfway between two float64s: exactly (ties to even), just above, just below, and
	// with long runs of digits.
	mids := []float64{1, 0.1, 1.0 / 3, 5e-324, 1e-323, 2.225073858507201e-308, 2.2250738585072014e-308,
		math.MaxFloat64, 1e23, 9007199254740992, 1.5, 1e300, 1e-300, 4.4501477170144023e-308, 123456.789}
	for i := 0; i < 25; i++ {
		mids = append(mids, math.Float64frombits(next()%0x7FF0000000000000))
	}
	for _, v := range mids {
		m := add(exact(v), half(exact(ulp(v))))
		s := m.String()
		below := digits{append(append([]byte(nil), m.d[:len(m.d)-1]...), "4999999999999999999999"...), m.dp}
		zeros := make([]byte, 900)
		for i := range zeros {
			zeros[i] = '0'
		}
		for _, t := range []string{s, "0." + string(m.d) + "1e" + strconv.Itoa(m.dp),
			below.String(), "0." + string(m.d) + string(zeros) + "1e" + strconv.Itoa(m.dp),
			"0." + string(m.d) + string(zeros) + "e" + strconv.Itoa(m.dp),
			"0." + string(below.d) + string(zeros) + "e" + strconv.Itoa(m.dp)} {
			parse(t, 64)
		}
	}
	// Halfway between two float32s (exact in a float64).
	for i := 0; i < 60; i++ {
		b := uint32(next() % 0x7F7FFFFF)
		if i < 4 {
			b = []uint32{0, 1, 0x7FFFFF, 0x7F7FFFFE}[i]
		}
		lo, hi := math.Float32frombits(b), math.Float32frombits(b+1)
		mid := (float64(lo) + float64(hi)) / 2
		s := strconv.FormatFloat(mid, 'e', 200, 64)
		parse(s, 32)
		parse(moreDigits(strconv.FormatFloat(mid, 'e', 40, 64), "1"), 32)
		parse(strconv.FormatFloat(mid, 'e', 40, 64), 32)
		parse(strconv.FormatFloat(mid, 'x', -1, 64), 32)
		parse(strconv.FormatFloat(math.Float64frombits(math.Float64bits(mid)-1), 'g', -1, 64), 32)
	}

	// Random floats: shortest, fixed precisions, and back.
	for i := 0; i < 2000; i++ {
		var v float64
		switch i % 4 {
		case 0, 1:
			v = math.Float64frombits(next())
		case 2:
			v = float64(math.Float32frombits(uint32(next())))
		default:
			v = float64(int64(next()%2000000001)-1000000000) / float64(uint64(1)<<(next()%40))
		}
		g := strconv.FormatFloat(v, 'g', -1, 64)
		back, err := strconv.ParseFloat(g, 64)
		g32 := strconv.FormatFloat(v, 'g', -1, 32)
		back32, err32 := strconv.ParseFloat(g32, 32)
		if err != nil || err32 != nil || math.Float64bits(back) != math.Float64bits(v) && v == v {
			say("round trip failed:", g, errText(err), g32, errText(err32))
		}
		say(g, strconv.FormatFloat(v, 'e', 5, 64), short(strconv.FormatFloat(v, 'f', 3, 64)), g32, hexBits(back32))
	}
	// Random decimal texts.
	for i := 0; i < 600; i++ {
		nd := 1 + int(next()%30)
		d := make([]byte, nd)
		for j := range d {
			d[j] = byte('0' + next()%10)
		}
		e := int(next()%700) - 350
		if i%2 == 1 {
			e = int(next()%100) - 55
		}
		s := string(d) + "e" + strconv.Itoa(e)
		parse(s, 64)
		parse(s, 32)
	}

	// Complex numbers.
	for _, c := range []complex128{0, 1, -1i, complex(1.5, -2.25), complex(math.Inf(1), math.NaN()),
		complex(math.NaN(), math.Inf(-1)), complex(1e300, 1e-300), complex(0.1, 0.2), complex(math.Copysign(0, -1), 0)} {
		for _, fm := range []byte{'g', 'e', 'f', 'x', 'b', 'z'} {
			for _, p := range []int{-1, 0, 3} {
				say(strconv.FormatComplex(c, fm, p, 128), strconv.FormatComplex(c, fm, p, 64))
			}
		}
	}
	for _, s := range []string{"", "0", "1", "i", "1i", "+1i", "-1i", "1+2i", "1-2i", "(1+2i)", "(1+2i", "1+2i)",
		"()", "(i)", "1+2", "1+2j", "1+-2i", "1++2i", "1-+2i", "1--2i", "+1+2i", "NaN", "NaNi", "NaN+NaNi",
		"1+NaNi", "1-NaNi", "inf", "infi", "-infi", "Infinityi", "1+infi", "1-Infi", "1e400", "1e400i",
		"1e400+1e400i", "1+1e400i", "1e400+xi", "1e40+1e40i", "0x1p3+0x1p-3i", "1_0+2_0i", "1e3i",
		"1ei", "1.5e+3-2.5e-3i", " 1+2i", "1+2i ", "1+2ii", "3.4028236e38+1i", "1 + 2i", "(1)", "((1))"} {
		for _, bs := range []int{128, 64} {
			c, err := strconv.ParseComplex(s, bs)
			say(s, strconv.Itoa(bs), hexBits(real(c)), hexBits(imag(c)), errText(err))
		}
	}
	os.Stdout.Write(out)
}
