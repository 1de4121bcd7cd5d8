// assertion.go: a type assertion x.(T) asks for the dynamic value inside an interface.
// With a concrete T it compares the type word (or itab) with T's; with an interface T it checks
// that the dynamic type has T's methods and builds the new interface value. The comma-ok form
// reports failure instead of panicking.
package main

type Shape interface {
	Area() int
}

type Named interface {
	Name() string
}

type Square struct {
	side int
}

func (s Square) Area() int    { return s.side * s.side }
func (s Square) Name() string { return "square" }
func (s *Square) Grow(by int) { s.side += by }

type Rect struct {
	w, h int
}

func (r Rect) Area() int { return r.w * r.h }

type Grower interface {
	Grow(by int)
}

func main() {
	var x any = 42
	n := x.(int) // concrete target: the assertion cannot fail here
	println("int:", n)

	s, ok := x.(string) // comma-ok: the zero value and false
	println("string?", len(s), ok)

	x = Square{side: 3}
	sq, ok := x.(Square)
	println("Square?", sq.side, ok)
	_, ok = x.(*Square) // Square and *Square are different types
	println("*Square?", ok)

	// Interface targets: any -> Shape, Shape -> Named.
	sh, ok := x.(Shape)
	println("Shape?", ok, sh.Area())
	nm, ok := sh.(Named)
	println("Named?", ok, nm.Name())

	var r Shape = Rect{w: 2, h: 5}
	_, ok = r.(Named) // Rect has no Name method
	println("Rect is Named?", ok)
	rect := r.(Rect)
	println("Rect", rect.w, rect.h, r.Area())

	// A pointer's method set includes the pointer-receiver methods.
	p := &Square{side: 2}
	var sh2 Shape = p
	if g, ok := sh2.(Grower); ok {
		g.Grow(3)
	}
	println("after Grow:", p.side, sh2.Area())
	_, ok = Shape(Square{1}).(Grower) // a Square value cannot Grow
	println("Square value is a Grower?", ok)

	// Asserting on a nil interface fails (the comma-ok form just says so).
	var none any
	_, ok = none.(int)
	println("nil is int?", ok)
	_, ok = none.(Shape)
	println("nil is Shape?", ok)
	var noShape Shape
	_, ok = noShape.(Square)
	println("nil Shape is Square?", ok)

	// Asserting to any accepts every non-nil value.
	var y any = sh
	_, ok = y.(any)
	println("any?", ok)
}
