// panic_index.go: indexing a slice out of range is a run-time error. The program stops
// with a panic message on stderr and exit status 2.
package main

func get(s []int, i int) int {
	return s[i]
}

func main() {
	s := []int{10, 20, 30}
	println("s[2] =", get(s, 2))
	println("s[5] =", get(s, 5))
	println("not reached")
}
