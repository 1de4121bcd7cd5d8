// panic_slice.go: slicing beyond the capacity is a run-time error (slice bounds out of range).
package main

func window(s []int, hi int) []int {
	return s[1:hi]
}

func main() {
	s := make([]int, 3)
	println("len of s[1:3] =", len(window(s, 3)))
	println("len of s[1:5] =", len(window(s, 5)))
	println("not reached")
}
