package main

// gc compiles these (and its runtime then runs out of memory zeroing 8 TiB); gocrane builds
// a literal of an array or struct in a stack slot, which Cranelift limits to 4 GiB.
var x = 3

func main() {
	a := [1 << 40]int{}
	b := [1 << 40]int{x}
	println(a[0], b[0])
}
