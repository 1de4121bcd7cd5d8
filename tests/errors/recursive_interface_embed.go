package main

// An interface that embeds itself, directly or through another, has no method set.
type I interface{ I }

type A interface {
	B
	M()
}

type B interface{ A }

func main() {
	var x I
	var a A
	_, _ = x, a
}
