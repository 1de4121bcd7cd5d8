// structs.go: struct types, composite literals, zero values, comparison, and embedding: the
// fields and methods of an embedded struct are promoted to the outer struct.
package main

type Point struct {
	X, Y int
}

func (p Point) Sum() int { return p.X + p.Y }

func (p *Point) Move(dx, dy int) {
	p.X += dx
	p.Y += dy
}

type Named struct {
	Name string
}

func (n Named) Hello() string { return "hello, " + n.Name }

// Circle embeds Point and Named: Circle.X, Circle.Move and Circle.Hello are promoted.
type Circle struct {
	Point
	Named
	Radius int
}

// Shadowing: Label's own Name hides Named.Name; the embedded one is still reachable.
type Label struct {
	Named
	Name string
}

func main() {
	var zero Point
	println("zero:", zero.X, zero.Y)

	p := Point{1, 2}
	q := Point{Y: 5} // unnamed fields are zero
	println("p:", p.X, p.Y, "q:", q.X, q.Y)
	println("p == q:", p == q, "p == {1,2}:", p == Point{1, 2})

	c := Circle{Point: Point{3, 4}, Named: Named{"ring"}, Radius: 10}
	println("promoted fields:", c.X, c.Y, c.Name, c.Radius)
	c.Move(1, 1) // promoted pointer method, called on the addressable c
	println("after Move:", c.X, c.Y, "same as", c.Point.X, c.Point.Y)
	println("promoted methods:", c.Sum(), c.Hello())

	l := Label{Named: Named{"inner"}, Name: "outer"}
	println(l.Name, l.Named.Name, l.Hello())

	// Structs are values: assignment copies.
	d := c
	d.X = 100
	println("copy:", d.X, "original:", c.X)

	// Pointers to structs: field access dereferences automatically.
	pp := &Point{7, 8}
	pp.X *= 2
	println(pp.X, (*pp).Y)

	// Anonymous struct type.
	pair := struct {
		key   string
		value int
	}{"answer", 42}
	println(pair.key, pair.value)
}
