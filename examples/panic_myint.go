// panic_myint.go: panic with a value of a named integer type prints the type name around it.
package main

type Code int

func main() {
	var c Code = 404
	panic(c)
}
