package main

// Package variables over gc's 2,000,000,000-byte symbol limit, reported in declaration order
// at the last statement of the last function.
var h [1 << 40]int
var g [1 << 40]byte
var fine [1 << 20]int

func main() {
	println(len(h), len(g), len(fine))
	helper()
}

func helper() {
	x := 3
	x++
}
