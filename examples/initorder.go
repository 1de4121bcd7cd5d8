// initorder.go: package-level variables are initialised in dependency order (a variable
// after everything it uses), otherwise in declaration order; then init functions run in
// the order they appear; then main.
package main

var total = a + b // depends on a and b, so it is initialised after both

var a = trace("a", b*2) // depends on b

var b = trace("b", 5)

var c = trace("c", 1) // no dependencies: declaration order

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
