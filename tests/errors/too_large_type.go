package main

// Types over gc's MaxWidth (2^50 bytes): each reported once, where it is first laid out.
type T [1 << 62]int

type S struct {
	a [1 << 49]int64
	b [1 << 49]int64
}

func main() {
	var p *T
	var st *S
	var x [1 << 62]int
	println(p == nil, st == nil, len(x))
}
