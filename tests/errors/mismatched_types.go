// Binary operations on operands of different types.
package main

func main() {
	n := 1
	s := "one"
	var f float64 = 2
	println(n + s)
	println(n * f)
	println(s == n)
}
