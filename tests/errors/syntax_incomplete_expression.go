// A binary expression with its right operand missing.
package main

func main() {
	x := 1 +
}
