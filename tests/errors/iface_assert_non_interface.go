// x.(T) needs an interface operand.
package main

func main() {
	x := 42
	n := x.(int)
	println(n)
}
