package main

// gc compiles this (and its runtime then runs out of memory building 8 TiB); gocrane builds a
// literal of an array or struct that is not constant in a stack slot, which Cranelift limits
// to 4 GiB.
var x = 3

func main() {
	b := [1 << 40]int{x}
	println(b[0])
}
