// Composite literals: structs keyed and positional, arrays with keys and [...], slices (a
// backing array), nested literals with elided types, &T{...}.
package main

type Point struct{ X, Y int }

type Line struct {
	A, B Point
	Name string
}

// Go 1.27: a literal may name a promoted field.
type Labeled struct {
	Point
	Label string
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	l := Line{A: p, B: Point{3, 4}}
	arr := [5]int{1, 3: 4, 9}
	auto := [...]string{"x", "y"}
	s := []int{1, 2, 3}
	pts := []Point{{1, 2}, {X: 3}}
	pps := []*Point{{5, 6}}
	pp := &Point{7, 8}
	empty := Point{}
	grid := [2][2]int{{1, 2}, {3, 4}}
	none := []int{}
	lab := Labeled{X: 1, Label: "one", Y: 2}
	println(lab.X, lab.Y, lab.Label)
	println(p.X, q.Y, l.B.X, arr[4], len(auto), s[2], pts[1].X, pps[0].Y, pp.X, empty.X, grid[1][0], len(none))
}
