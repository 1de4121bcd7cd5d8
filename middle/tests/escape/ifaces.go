package main

type S struct{ a, b int }

type Big struct{ a [200]int }

type Adder interface{ Add(a, b int) int }

type Calc struct{ n int }

func (c Calc) Add(a, b int) int { return a + b + c.n }

//go:noinline
func sink(xs ...any) {}

var g any

func ret(x int) any { return x }

func use(a Adder) int { return a.Add(1, 2) }

func eq(e any, x int) bool { return e == x }

func main() {
	x := 7
	x++
	s := S{1, 2}
	s.a++
	sink(x, s, 12345, true, S{}, "hi", S{0, 0}, uint8(3))
	g = x
	println(any(x) == any(s))
	println(eq(x, 3))
	var e any = s
	println(e, ret(3))
	var big Big
	big.a[0] = x
	sink(big)
	println(use(Calc{x}))
	c := &Calc{1}
	println(use(c))
	var bs []any
	bs = append(bs, x, s)
	println(len(bs))
	panic(x)
}
