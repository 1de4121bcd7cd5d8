// A type assertion to a concrete type that does not implement the interface can never succeed.
package main

type Shape interface {
	Area() int
	Perimeter() int
}

type Square struct{ side int }

func (s Square) Area() int { return s.side * s.side }

func main() {
	var s Shape
	sq := s.(Square)
	println(sq.side)
}
