package main

// Variables and literals over gc's MaxWidth (2^50 bytes): each type reported once, where it
// is first laid out.
var global [1 << 61]int32

func main() {
	var x [1 << 62]int
	y := [1 << 60]int16{}
	s := []int{1 << 62: 1}
	println(len(x), len(y), len(s), len([]byte{1 << 60: 1}), len([]int64{1 << 59: 2}))
	println(len(global))
}
