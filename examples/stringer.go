// stringer.go: a type that describes itself with a String method. Code that prints things
// accepts a Stringer and does not care what the value is; values without a String method are
// handled with a type switch.
package main

type Stringer interface {
	String() string
}

type Weekday int

var dayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(dayNames) {
		return "Weekday(?)"
	}
	return dayNames[d]
}

type Point struct {
	x, y int
}

func (p Point) String() string { return "(" + itoa(p.x) + "," + itoa(p.y) + ")" }

type Path struct {
	points []Point
}

func (p *Path) String() string {
	s := "path"
	for _, pt := range p.points {
		s += " " + pt.String()
	}
	return s
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// toString describes any value: through String when it has one.
func toString(v any) string {
	switch v := v.(type) {
	case Stringer:
		return v.String()
	case string:
		return "\"" + v + "\""
	case int:
		return itoa(v)
	case bool:
		if v {
			return "true"
		}
		return "false"
	case nil:
		return "<nil>"
	}
	return "?"
}

func join(items ...any) string {
	s := ""
	for i, it := range items {
		if i > 0 {
			s += ", "
		}
		s += toString(it)
	}
	return s
}

func main() {
	var s Stringer = Weekday(3)
	println(s.String())
	println(Weekday(9).String())

	p := &Path{points: []Point{{1, 2}, {3, -4}}}
	s = p
	println(s.String())
	p.points = append(p.points, Point{10, 20})
	println(s.String()) // s holds the pointer: it sees the new point

	println(join(Weekday(0), Point{5, 6}, "text", 42, true, nil, 2.5, p))
}
