package main

type Mather interface{ Add(int) int }
type Adder struct{ n int }

func (a Adder) Add(x int) int { return a.n + x }

var sink interface{}

func f(m Mather, x int) int {
	if x > 3 {
		return m.Add(x) * 3
	}
	return x << 2
}

func g(a, b float64) float64 { return a*b + float64(int(a)) }

func main() {
	var m Mather = Adder{2}
	println(f(m, 5))
	sink = 42
	println(g(1.5, 2))
}
