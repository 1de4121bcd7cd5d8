// panic_mystr.go: panic with a value of a named string type prints the type and the quoted
// value, unlike a plain string.
package main

type MyStr string

func main() {
	println("about to panic")
	panic(MyStr("x"))
}
