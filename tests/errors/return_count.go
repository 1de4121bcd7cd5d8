// Returning the wrong number of values.
package main

func one() int {
	return 1, 2
}

func two() (int, string) {
	return 1
}

func main() {
	println(one())
	two()
}
