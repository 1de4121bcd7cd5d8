// Method expressions that name one of gc's generated wrappers: (*T).M of a value method M
// (main.(*Point).Dist, which panics with gc's message on a nil pointer), and T.M / (*T).M of
// a method promoted from an embedded field (main.Circle.Dist, main.(*Circle).Scale). gc
// analyses calls of these wrappers without their escape tags, so their arguments leak: see
// the `&Circle{…} escapes to heap` remark under -m, where a call of the method itself
// would not move it.
package main

type Point struct{ x, y int }

func (p Point) Dist() int { return p.x*p.x + p.y*p.y }

func (p *Point) Scale(k int) { p.x *= k; p.y *= k }

type Circle struct {
	Point
	r int
}

func main() {
	c := &Circle{Point{1, 2}, 3}
	scale := (*Circle).Scale
	scale(c, 2)
	println(Circle.Dist(*c), (*Circle).Dist(c))

	dist := (*Point).Dist
	println(dist(&c.Point))

	defer func() {
		println("recovered:", recover().(error).Error())
	}()
	var p *Point
	println(dist(p))
}
