// Only the interface's methods can be called through it, whatever the dynamic value has.
package main

type Shape interface {
	Area() int
}

type Square struct{ side int }

func (s Square) Area() int      { return s.side * s.side }
func (s Square) Perimeter() int { return 4 * s.side }

func main() {
	var s Shape = Square{2}
	println(s.Perimeter())
}
