// unsafe.Sizeof of a type larger than the address space.
//
// gc:
// ./sizes.go:13:24: a (variable of type [4611686018427387904][4611686018427387904]int) is too large
package main

import "unsafe"

var a [1 << 62][1 << 62]int
var b [1 << 40]int

func main() {
	println(unsafe.Sizeof(a))
	var c [1 << 62]byte
	_ = c
}
