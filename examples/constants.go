// constants.go: constants are computed at compile time with exact (arbitrary precision)
// arithmetic. Untyped constants take a type only when used; iota numbers the specs of a
// const block.
package main

type Weekday int

const (
	Sunday Weekday = iota // typed: each of these is a Weekday
	Monday
	Tuesday
	_ // skipped
	Thursday
)

const (
	_  = iota             // 0, ignored
	KB = 1 << (10 * iota) // 1 << 10
	MB                    // the expression repeats with iota = 2
	GB
	TB
)

const (
	a, b = iota, iota * 10 // both use the same iota within a spec
	c, d
)

// Untyped constants can be far bigger than any Go integer type, as long as the value that
// is finally used fits.
const Huge = 1 << 100
const Small = Huge >> 98

// Untyped float constants are exact too: 1.0/3*3 is exactly 1.
const Third = 1.0 / 3
const One = Third * 3

const Typed int8 = 100
const Char = 'x' // an untyped rune constant

func main() {
	println(Sunday, Monday, Tuesday, Thursday)
	println(KB, MB, GB, TB)
	println(a, b, c, d)
	println(Small, Huge/(Huge>>10))
	println(One == 1, Third)

	// An untyped constant takes the type its context needs.
	var f float64 = 3
	var i8 int8 = Typed + 27 // 127 still fits in int8
	var u uint64 = 1<<64 - 1
	println(f/2, i8, u)

	// Integer constant division truncates; one float operand makes it a float division.
	println(7/2, 7/2.0, -7/2)

	// Runes are integers: println shows the number.
	println(Char, Char+1, string(rune(Char+1)))

	// A constant expression of a typed constant keeps the type.
	println(Thursday-Monday, Weekday(6))

	// Large untyped float constants are exact until converted.
	const big = 1e300 * 1e300 / 1e300
	println(big)
}
