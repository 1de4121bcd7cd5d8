// math: every function over special values (±0, ±Inf, NaN, subnormals, huge values, values
// near integers and near each function's thresholds) and a few hundred pseudo-random inputs,
// each result printed as its bits in hex (a NaN as "NaN": its payload is the hardware's), compared
// with gc's package. gc computes some functions with assembly and fuses multiply-adds on arm64,
// so the arm64 results are recorded apart where they differ.
package main

import "math"

// hex is f's bits in hex, or NaN.
func hex(f float64) string {
	if f != f {
		return "NaN"
	}
	b := math.Float64bits(f)
	var buf [16]byte
	i := len(buf)
	for {
		i--
		d := byte(b & 15)
		if d < 10 {
			d += '0'
		} else {
			d += 'a' - 10
		}
		buf[i] = d
		b >>= 4
		if b == 0 {
			break
		}
	}
	return string(buf[i:])
}

func hex32(f float32) string {
	if f != f {
		return "NaN"
	}
	return hex(float64(math.Float32bits(f)))
}

// The inputs: special values first, then pseudo-random ones from a fixed LCG.
var specials = []float64{
	0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, -3, 0.25, 0.75, 1.5, -1.5, 2.5, -2.5,
	3.5, -3.5, 0.1, -0.1, 10, -10, 100, 1e10, -1e10, 1e15, 1e22, 1e300, -1e300, 1e-300, -1e-300,
	math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64,
	2.2250738585072014e-308, -2.2250738585072014e-308, 2.225073858507201e-308, 1e-310, -1e-310,
	4.9e-322, 0x1p-1060, math.Pi, -math.Pi, math.Pi / 2, -math.Pi / 2, math.Pi / 4, 3 * math.Pi / 4,
	math.E, math.Sqrt2, math.Sqrt2 / 2, math.Sqrt2 / 4, math.Sqrt2 * 8, math.Sqrt2 / 2 * 0x1p-1050,
	math.Ln2, 1 - 0x1p-53, 1 + 0x1p-52, -1 + 0x1p-53, 0.49999999999999994, 0.5 + 0x1p-53,
	4503599627370495.5, -4503599627370495.5, 4503599627370497, 1 << 52, 1 << 53, 1<<53 + 2,
	1 << 63, -(1 << 63), 1 << 29, 1<<29 + 0.5, 1<<29 - 0.5, 1e18, 123456789.123, -98765.4321,
	709.78, 709.782712893384, 709.79, 710, -708, -744, -745.13, -745.1332191019411, -745.14, -750,
	1023, 1023.5, 1024, -1022, -1022.5, -1074, -1074.5, -1075, 21, 22, 0.625, 0.66, 0.84375,
	1.25, 2.857, 5.9, 6, 28, 33, 33.5, 34, -33.5, -34.5, 143, 171, 171.7, 172, 200, 201, -170.5,
	-171.5, -0.5e-9, 0.5e-9, 1e-9, -2e-9, 7.999, 8, 4.5454, 2.8571, 0x1p-28, 0x1p-29, 0x1p-54,
	0x1p-56, 0x1p-70, 0x1p-1016, 0x1p128, 0x1p129 + 1e25, 0x1p302, 0x1p1000, 38.8, 39,
	0.3465, 0.35, 1.0397, 1.04, 0.85, 0.86, 0.9999999, -0.9999999, 0.999999999999, 1e-20,
	1.4616321449683622, 0.4616321449683622, 0.73, 0.74, 1.73, 1.74, 0.23, 0.24, 1.23, 1.24,
	-0.0001, 0.0001, 7.5, 3.00000001, 2.99999999, 1e8, 2e8, 1e9, 536870912.5, 1e16, 1e20,
	math.Inf(1), math.Inf(-1), math.NaN(),
}

var seed uint64 = 0x853c49e6748fea9b

func next() uint64 {
	seed = seed*6364136223846793005 + 1442695040888963407
	return seed
}

// random is a float64 of random sign and mantissa with a binary exponent in [lo, hi].
func random(lo, hi int) float64 {
	r := next()
	e := lo + int(r>>33%uint64(hi-lo+1))
	return math.Float64frombits(r&(1<<63) | uint64(e+1023)<<52 | next()>>12)
}

func positive(lo, hi int) float64 {
	return math.Abs(random(lo, hi))
}

var inputs []float64

func init() {
	inputs = append(inputs, specials...)
	for i := 0; i < 80; i++ {
		inputs = append(inputs, random(-4, 3))
	}
	for i := 0; i < 60; i++ {
		inputs = append(inputs, random(-30, 0))
	}
	for i := 0; i < 60; i++ {
		inputs = append(inputs, random(-60, 60))
	}
	for i := 0; i < 40; i++ {
		inputs = append(inputs, random(0, 10))
	}
	for i := 0; i < 40; i++ {
		inputs = append(inputs, math.Float64frombits(next())) // anything, NaNs included
	}
	for i := 0; i < 20; i++ {
		inputs = append(inputs, random(-1074, -1023)) // subnormals (and their neighbours)
	}
	for i := 0; i < 30; i++ { // around halves
		inputs = append(inputs, math.Float64frombits(math.Float64bits(float64(int64(next()>>54))+0.5)+next()%5-2))
	}
	for i := 0; i < 20; i++ { // 1+x close to a power of two (Log1p's shortcut)
		x := math.Ldexp(1, int(next()%70)) - 1
		inputs = append(inputs, math.Float64frombits(math.Float64bits(x)+next()%9-4))
	}
}

type unary struct {
	name string
	f    func(float64) float64
}

var unaries = []unary{
	{"Abs", math.Abs}, {"Floor", math.Floor}, {"Ceil", math.Ceil}, {"Trunc", math.Trunc},
	{"Round", math.Round}, {"RoundToEven", math.RoundToEven}, {"Sqrt", math.Sqrt},
	{"Cbrt", math.Cbrt}, {"Exp", math.Exp}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1},
	{"Log", math.Log}, {"Log2", math.Log2}, {"Log10", math.Log10}, {"Log1p", math.Log1p},
	{"Logb", math.Logb}, {"Sin", math.Sin}, {"Cos", math.Cos}, {"Tan", math.Tan},
	{"Asin", math.Asin}, {"Acos", math.Acos}, {"Atan", math.Atan}, {"Sinh", math.Sinh},
	{"Cosh", math.Cosh}, {"Tanh", math.Tanh}, {"Asinh", math.Asinh}, {"Acosh", math.Acosh},
	{"Atanh", math.Atanh}, {"Erf", math.Erf}, {"Erfc", math.Erfc}, {"Erfinv", math.Erfinv},
	{"Erfcinv", math.Erfcinv}, {"Gamma", math.Gamma}, {"J0", math.J0}, {"J1", math.J1},
	{"Y0", math.Y0}, {"Y1", math.Y1},
}

// Pairs for the functions of two arguments: every special against every special, then
// random pairs.
var pairSpecials = []float64{
	0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, -3, 1.5, -1.5, 0.1, 10, -10, 1e300,
	-1e300, 1e-310, -1e-310, math.MaxFloat64, math.SmallestNonzeroFloat64, 1 << 53, 1<<53 + 2,
	-(1<<53 + 2), 1 << 63, 1 << 64, -(1 << 64), 5.5, -7.25, math.Pi, 1023.5, -1075.5,
	math.Inf(1), math.Inf(-1), math.NaN(),
}

type binary struct {
	name string
	f    func(float64, float64) float64
}

var binaries = []binary{
	{"Pow", math.Pow}, {"Atan2", math.Atan2}, {"Hypot", math.Hypot}, {"Mod", math.Mod},
	{"Remainder", math.Remainder}, {"Dim", math.Dim}, {"Max", math.Max}, {"Min", math.Min},
	{"Copysign", math.Copysign}, {"Nextafter", math.Nextafter},
}

func main() {
	println("constants", hex(math.E), hex(math.Pi), hex(math.Phi), hex(math.Sqrt2), hex(math.SqrtE),
		hex(math.SqrtPi), hex(math.SqrtPhi), hex(math.Ln2), hex(math.Log2E), hex(math.Ln10),
		hex(math.Log10E), hex(math.MaxFloat64), hex(math.SmallestNonzeroFloat64),
		hex32(math.MaxFloat32), hex32(math.SmallestNonzeroFloat32))
	println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt16, math.MaxInt32, math.MinInt64,
		uint64(math.MaxUint64), math.MaxUint32, math.MaxUint16, math.MaxUint8)
	println(math.Float64bits(math.NaN()), hex(math.Inf(1)), hex(math.Inf(-1)), hex(math.Inf(0)),
		math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.IsInf(math.Inf(-1), 1),
		math.IsInf(math.Inf(1), 0), math.IsInf(1, 0), math.Float32bits(1.5),
		hex32(math.Float32frombits(0x7f7fffff)), hex(math.Float64frombits(0x3ff8000000000000)))

	print("inputs")
	for _, x := range inputs {
		print(" ", hex(x))
	}
	println()
	for _, u := range unaries {
		print(u.name)
		for _, x := range inputs {
			print(" ", hex(u.f(x)))
		}
		println()
	}
	print("Modf")
	for _, x := range inputs {
		i, f := math.Modf(x)
		print(" ", hex(i), ",", hex(f))
	}
	println()
	print("Frexp")
	for _, x := range inputs {
		f, e := math.Frexp(x)
		print(" ", hex(f), ",", e)
	}
	println()
	print("Sincos")
	for _, x := range inputs {
		s, c := math.Sincos(x)
		print(" ", hex(s), ",", hex(c))
	}
	println()
	print("Lgamma")
	for _, x := range inputs {
		l, s := math.Lgamma(x)
		print(" ", hex(l), ",", s)
	}
	println()
	print("Ilogb")
	for _, x := range inputs {
		print(" ", math.Ilogb(x))
	}
	println()
	print("Signbit")
	for _, x := range inputs {
		print(" ", math.Signbit(x))
	}
	println()
	print("IsNaN/IsInf")
	for _, x := range inputs {
		print(" ", math.IsNaN(x), math.IsInf(x, 0), math.IsInf(x, 1), math.IsInf(x, -1))
	}
	println()
	print("Float32")
	for _, x := range inputs {
		f := float32(x)
		print(" ", math.Float32bits(f))
	}
	println()

	for _, b := range binaries {
		print(b.name)
		for _, x := range pairSpecials {
			for _, y := range pairSpecials {
				print(" ", hex(b.f(x, y)))
			}
		}
		println()
		print(b.name, " random")
		for i := 0; i < 150; i++ {
			x, y := random(-8, 8), random(-8, 8)
			if i%3 == 1 {
				x, y = random(-60, 60), random(-60, 60)
			}
			print(" ", hex(x), ":", hex(y), "=", hex(b.f(x, y)))
		}
		println()
	}
	// Pow over positive bases and a spread of exponents, integer exponents included.
	print("Pow more")
	for i := 0; i < 300; i++ {
		x := positive(-5, 5)
		var y float64
		switch i % 4 {
		case 0:
			y = random(-6, 6)
		case 1:
			y = float64(int64(next()>>57) - 64)
		case 2:
			y = random(0, 9)
		default:
			x = -x
			y = float64(int64(next()>>58) - 32)
		}
		print(" ", hex(x), ":", hex(y), "=", hex(math.Pow(x, y)))
	}
	println()
	print("Mod more")
	for i := 0; i < 200; i++ {
		x, y := random(-100, 300), random(-100, 100)
		print(" ", hex(math.Mod(x, y)), ",", hex(math.Remainder(x, y)))
	}
	println()

	// FMA: specials, products that cancel the addend (partly or exactly), subnormal and
	// overflowing results, and random triples.
	print("FMA")
	fmaSpecials := []float64{0, math.Copysign(0, -1), 1, -1, 1.5, 0x1p-1074, 0x1p-1022, 1e300,
		-1e300, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, x := range fmaSpecials {
		for _, y := range fmaSpecials {
			for _, z := range fmaSpecials {
				print(" ", hex(math.FMA(x, y, z)))
			}
		}
	}
	println()
	print("FMA random")
	for i := 0; i < 400; i++ {
		x, y := random(-10, 10), random(-10, 10)
		var z float64
		switch i % 5 {
		case 0:
			z = random(-20, 20)
		case 1:
			z = -(x * y) // cancels but for the product's low half
		case 2:
			z = math.Nextafter(-(x * y), 0)
		case 3:
			x, y, z = random(-540, -500), random(-540, -520), random(-1074, -1000)
		default:
			x, y, z = random(500, 520), random(500, 510), random(1000, 1023)
		}
		print(" ", hex(math.FMA(x, y, z)))
	}
	println()

	print("Ldexp")
	for _, f := range []float64{1, -1, 0.5, 0.75, -0.9999999999999999, 1e-310, 1e300, 0, math.Inf(1), math.NaN()} {
		for _, e := range []int{0, 1, -1, 52, 1023, 1024, -1021, -1022, -1023, -1073, -1074, -1075,
			-1076, 2000, -2000, math.MaxInt64, math.MinInt64, math.MaxInt32, math.MinInt32} {
			print(" ", hex(math.Ldexp(f, e)))
		}
	}
	for i := 0; i < 100; i++ {
		print(" ", hex(math.Ldexp(random(-40, 40), int(int64(next())>>53))))
	}
	println()

	print("Pow10")
	for n := -330; n <= 315; n++ {
		print(" ", hex(math.Pow10(n)))
	}
	println(" ", hex(math.Pow10(math.MaxInt)), hex(math.Pow10(math.MinInt)))

	print("Jn/Yn")
	for _, n := range []int{0, 1, 2, 3, 5, -1, -2, -3, 10, 33, 34, 50, 100, -101, 300, -301} {
		for _, x := range []float64{0, math.Copysign(0, -1), 1e-10, 1e-20, 0.5, 1, 2, 2.5, 5, 10,
			30, 49.9, 50, 100, 1000, 1e10, 0x1p302, 1e300, -1, -5.5, -50, math.Inf(1), math.Inf(-1), math.NaN()} {
			print(" ", hex(math.Jn(n, x)), ",", hex(math.Yn(n, x)))
		}
	}
	for i := 0; i < 100; i++ {
		n := int(next()>>59) - 8
		x := random(-6, 7)
		print(" ", hex(math.Jn(n, x)), ",", hex(math.Yn(n, math.Abs(x))))
	}
	println()

	print("Nextafter32")
	f32s := []float32{0, 1, -1, 1.5, 3.4028235e38, 1e-45, -1e-45, 1e-40, float32(math.Inf(1)),
		float32(math.Inf(-1)), float32(math.NaN())}
	for _, x := range f32s {
		for _, y := range f32s {
			print(" ", hex32(math.Nextafter32(x, y)))
		}
	}
	println()
}
