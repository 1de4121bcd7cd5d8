// `else` must be on the same line as the closing brace of the if block.
package main

func main() {
	if 1 < 2 {
		println("yes")
	}
	else {
		println("no")
	}
}
