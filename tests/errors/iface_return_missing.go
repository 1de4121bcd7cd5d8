// The implicit conversion in a return statement is checked like an assignment.
package main

type Stringer interface {
	String() string
}

type Point struct{ x, y int }

func describe(p Point) Stringer {
	return p
}

func main() {
	describe(Point{})
}
