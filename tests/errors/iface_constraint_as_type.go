// An interface listing types (a constraint) can only be used in generic code, not as the type
// of a variable.
package main

type Number interface {
	int | float64
}

func main() {
	var n Number
	println(n)
}
