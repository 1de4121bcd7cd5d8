// Constant overflow, truncation, division by zero, shift counts, constant conversions.
//
// gc:
// ./constants.go:20:15: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)
// ./constants.go:21:15: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)
// ./constants.go:22:14: cannot use 2.5 (untyped float constant) as int value in variable declaration (truncated)
// ./constants.go:23:18: cannot use 1e40 (untyped float constant 1e+40) as float32 value in variable declaration (overflows)
// ./constants.go:24:6: c8 * 2 (constant 200 of type int8) overflows int8
// ./constants.go:25:11: constant 256 overflows byte
// ./constants.go:26:10: invalid operation: division by zero
// ./constants.go:27:11: invalid operation: invalid shift count 2000 (untyped int constant)
// ./constants.go:29:14: cannot use big (untyped int constant 1267650600228229401496703205376) as int value in variable declaration (overflows)
package main

const c8 int8 = 100

const big = 1 << 100

func main() {
	var a int8 = 300
	var b uint = -1
	var c int = 2.5
	var f float32 = 1e40
	_ = c8 * 2
	_ = byte(256)
	_ = 1 / 0
	_ = 1 << 2000
	_, _, _, _ = a, b, c, f
	var d int = big
	_ = d
}
