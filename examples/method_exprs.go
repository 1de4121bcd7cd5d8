// method_exprs.go: a method expression T.M is the method as an ordinary function whose first
// parameter is the receiver: T.Area has type func(Rect) int, (*Rect).Scale has type
// func(*Rect, int). As a value it is a funcval like any top-level function's
// (main.Rect.Area·f), and a call through it is a call of the method. For an interface, I.M
// is gc's generated main.I.M, which calls M through the itab of its first argument.
package main

type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

func (r *Rect) Scale(k int) {
	r.w *= k
	r.h *= k
}

func (r Rect) Perimeter() int { return 2 * (r.w + r.h) }

type Shape interface{ Area() int }

// measure applies one of Rect's measures to every rectangle.
func measure(rs []Rect, m func(Rect) int) int {
	total := 0
	for _, r := range rs {
		total += m(r)
	}
	return total
}

func main() {
	rs := []Rect{{1, 2}, {3, 4}}
	println("areas:", measure(rs, Rect.Area), "perimeters:", measure(rs, Rect.Perimeter))

	scale := (*Rect).Scale
	scale(&rs[0], 10)
	println("scaled:", rs[0].w, rs[0].h, Rect.Area(rs[0]))

	measures := []func(Rect) int{Rect.Area, Rect.Perimeter}
	for _, m := range measures {
		println(m(Rect{5, 6}))
	}

	area := Shape.Area
	println("Shape.Area:", area(Rect{7, 8}), Shape.Area(&rs[1]))
}
