// A composite literal element that cannot start: gc's operand wants an expression.
package main

func main() {
	s := []int{1, =}
	println(s)
}
