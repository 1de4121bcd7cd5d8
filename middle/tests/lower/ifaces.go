package main

type Adder interface{ Add(a, b int) int }
type Mather interface {
	Adder
	Sub(a, b int) int
}
type Calc struct{ n int }

func (c Calc) Add(a, b int) int  { return a + b + c.n }
func (c *Calc) Sub(a, b int) int { return a - b }

func (c Calc) pair() (int, int) { return c.n, c.n }

type Box struct{ Adder }

type Empty struct{}

func kind(e any) string {
	switch v := e.(type) {
	case nil:
		return "nil"
	case int, int8:
		println("int-ish", v)
		return "int"
	case string:
		return "string " + v
	case Adder:
		return "adder"
	default:
		return "other"
	}
}

func main() {
	var m Mather = &Calc{1}
	println(m.Add(1, 2), m.Sub(5, 3))
	var a Adder = m
	b := Box{Calc{2}}
	println(a.Add(3, 4), b.Add(1, 1))
	var e any = m
	println(e != nil, e == 3)
	c := e.(*Calc)
	s, ok := e.(Adder)
	println(c.n, s != nil, ok)
	println(kind(Empty{}), kind(int8(1)), kind(1.5), kind([2]int{}))
}
