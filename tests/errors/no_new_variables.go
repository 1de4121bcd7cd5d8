// := must declare at least one new variable; a name cannot be declared twice in one block.
package main

func main() {
	a := 1
	a := 2
	var b int
	var b string
	println(a, b)
}
