// initorder.go: package-level variables are initialised one at a time: each step picks the
// first variable, in declaration order, whose dependencies are all initialised (here: b, a,
// total, c). Then the init functions run in the order they appear; then main.
package main

var total = a + b // depends on a and b, so it is initialised after both

var a = trace("a", b*2) // depends on b

var b = trace("b", 5)

var c = trace("c", 1) // ready from the start, but declared after total

var counter int // zero value, no initialiser

func trace(name string, v int) int {
	counter++
	println("initialising", name, "=", v, "(step", counter, ")")
	return v
}

func init() {
	println("first init: total =", total, "c =", c)
}

func init() { // a package may have several init functions
	println("second init")
	counter = 100
}

func main() {
	println("main: counter =", counter)
}
