// clear of a slice is outside gocrane's subset for now (clear of a map works).
package main

func main() {
	s := []int{1, 2, 3}
	clear(s)
	println(s[0])
}
