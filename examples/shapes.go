// shapes.go: the classic interface example. Each shape computes its own area and perimeter;
// code written against Shape works for every one of them, including types added later.
package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

const pi = 3.14159

type Circle struct {
	r float64
}

type Rect struct {
	w, h float64
}

type Triangle struct {
	a, b, c float64
}

type Square struct {
	Rect // Square gets Area and Perimeter from the embedded Rect
}

func (c Circle) Area() float64      { return pi * c.r * c.r }
func (c Circle) Perimeter() float64 { return 2 * pi * c.r }

func (r Rect) Area() float64      { return r.w * r.h }
func (r Rect) Perimeter() float64 { return 2 * (r.w + r.h) }

func (t *Triangle) Perimeter() float64 { return t.a + t.b + t.c }

// Area uses Heron's formula; the square root is computed with Newton's method.
func (t *Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return sqrt(s * (s - t.a) * (s - t.b) * (s - t.c))
}

func sqrt(x float64) float64 {
	z := x / 2
	for i := 0; i < 30; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func newSquare(side float64) Square { return Square{Rect{side, side}} }

func totalArea(shapes []Shape) float64 {
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	return total
}

// largest returns the shape with the largest area and its index.
func largest(shapes []Shape) (Shape, int) {
	best, at := shapes[0], 0
	for i, s := range shapes {
		if s.Area() > best.Area() {
			best, at = s, i
		}
	}
	return best, at
}

func name(s Shape) string {
	switch s.(type) {
	case Circle:
		return "circle"
	case Rect:
		return "rectangle"
	case *Triangle:
		return "triangle"
	case Square:
		return "square"
	}
	return "?"
}

func main() {
	shapes := []Shape{
		Circle{1},
		Rect{3, 4},
		&Triangle{3, 4, 5},
		newSquare(2),
		Circle{0.5},
	}
	for _, s := range shapes {
		println(name(s), s.Area(), s.Perimeter())
	}
	println("total area:", totalArea(shapes))
	best, at := largest(shapes)
	println("largest:", name(best), "at", at, best.Area())
}
