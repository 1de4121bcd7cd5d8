// Escape analysis of conversions to interfaces: a converted value escapes when the interface
// value outlives the function (returned, stored in a global, passed to an unknown method),
// and stays on the stack when it is only used locally.
package main

type Shape interface {
	Area() int
}

type Square struct {
	side int
}

func (s Square) Area() int { return s.side * s.side }

type Box struct {
	w, h int
}

func (b *Box) Area() int { return b.w * b.h }

var sink any
var shapes []Shape

func box(x int) any {
	return x
}

func keep(x int) {
	sink = x
}

func local(x int) int {
	var e any = x
	n, _ := e.(int)
	return n
}

func store(s Shape) {
	shapes = append(shapes, s)
}

func area(s Shape) int {
	return s.Area()
}

func newBox(w, h int) Shape {
	return &Box{w, h}
}

func localBox() int {
	b := Box{2, 3}
	var s Shape = &b
	return s.Area()
}

func constants() {
	sink = 12345
	sink = "hello"
	sink = true
	sink = Square{}
}

func describe(args ...any) int {
	return len(args)
}

func main() {
	println(box(1) != nil)
	keep(2)
	println(local(3))
	store(Square{4})
	println(area(Square{5}), area(&Box{1, 2}))
	println(newBox(2, 2).Area(), localBox())
	constants()
	println(describe(1, "two", 3.0))
}
