// panic_int.go: panic accepts any value; an integer is printed as a number.
package main

func main() {
	code := 40
	code += 2
	println("about to panic with", code)
	panic(code)
}
