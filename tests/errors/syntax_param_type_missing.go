// A parameter whose type is cut short: gc's typeOrNil wants the type.
package main

func window(s [], hi int) []int {
	return s
}

func main() {
}
