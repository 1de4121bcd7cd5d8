// Method names are case-sensitive: area does not satisfy Area.
package main

type Shape interface {
	Area() int
}

type Square struct{ side int }

func (s Square) area() int { return s.side * s.side }

func main() {
	shapes := []Shape{Square{1}}
	println(len(shapes))
}
