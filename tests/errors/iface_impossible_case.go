// A type switch case naming a type that cannot be held by the interface is an error.
package main

type Shape interface {
	Area() int
}

type Square struct{ side int }

func (s *Square) Area() int { return s.side * s.side }

func main() {
	var s Shape = &Square{2}
	switch s.(type) {
	case *Square:
		println("pointer")
	case Square:
		println("value")
	}
}
