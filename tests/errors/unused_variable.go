// A local variable that is declared but never used.
package main

func main() {
	x := 1
	y := 2
	x = 3
	println(y)
}
