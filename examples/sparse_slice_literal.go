package main

// A slice literal that gives under a quarter of its elements is filled element by element
// into freshly allocated (zeroed) memory, as gc's walk does (initDynamic): the array is
// never built as a value, so a sparse literal costs only its allocation.
func main() {
	big := []int{1 << 24: 7, 3: 1}
	println(len(big), cap(big), big[3], big[1<<24], big[100])
	bytes := []byte{1 << 20: 'z', 'a'}
	println(len(bytes), string(bytes[1<<20:]))
	var n = 5
	dyn := []int{1000: n, n * 2}
	println(len(dyn), dyn[1000], dyn[1001], dyn[0])
}
