// A header whose statement cannot start: gc's operand wants an expression.
package main

func main() {
	if ) {
	}
}
