package main

// gc's parser: an empty group after a function without a body leaves that function the
// last declaration, so the brace is the body gc reports as misplaced.
func f()

var ()

{
}

// A name without a type takes the type to its right, so the ... is not the last one.
func g(a, b ...int) {}

type I interface {
	m[[]int, T any]()
}

func main() {}
