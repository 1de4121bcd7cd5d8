// Implicit conversion of untyped constants in calls and declarations, incomparable switch tags and arrays.
//
// gc:
// ./conversions.go:18:2: cannot use 100 * iota (untyped int constant 200) as int8 value in constant declaration (overflows)
// ./conversions.go:26:8: cannot use 1e39 (untyped float constant 1e+39) as float32 value in argument to takes (overflows)
// ./conversions.go:26:14: cannot use 256 (untyped int constant) as uint8 value in argument to takes (overflows)
// ./conversions.go:27:11: cannot use -1 (untyped int constant) as uint8 value in argument to takes (overflows)
// ./conversions.go:29:9: cannot switch on w1 (variable of struct type W) (W is not comparable)
// ./conversions.go:33:6: invalid operation: arr == arr ([2][]int cannot be compared)
// ./conversions.go:34:18: cannot use 1e308 * 10 (untyped float constant 1e+309) as float64 value in variable declaration (overflows)
// ./conversions.go:36:10: cannot use 1 << 63 (untyped int constant 9223372036854775808) as int value in argument to built-in println (overflows)
// ./conversions.go:37:17: cannot use 1 << 64 (untyped int constant 18446744073709551616) as uint64 value in variable declaration (overflows)
package main

const (
	a int8 = 100 * iota
	b
	c
)

type W struct{ s []int }

func takes(f float32, u uint8) {}

func main() {
	takes(1e39, 256)
	takes(1, -1)
	var w1, w2 W
	switch w1 {
	case w2:
	}
	arr := [2][]int{}
	_ = arr == arr
	var x float64 = 1e308 * 10
	_ = x
	println(1 << 63)
	var u uint64 = 1 << 64
	_ = u
}
