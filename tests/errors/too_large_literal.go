package main

// Composite literals over gc's MaxWidth (2^50 bytes), reported where gc's walk lays them
// out: at the `:=` of an assignment, else at the literal's `{`.
func main() {
	s := []int{1 << 62: 1}
	println(len(s), len([]byte{1 << 60: 1}), len([]int64{1 << 59: 2}))
	t := []int{1 << 62: 3}
	println(len(t))
}
