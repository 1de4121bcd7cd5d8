package main

// How gc names and places what escape analysis says about conversions: an untyped operand
// converted explicitly is named by the conversion (`([]int)(nil)`, `Flag(i % 2 == 0)`), a
// variable standing for a constant is replaced by it through conversions that only change the
// type (`Name("a")`), but not through a float conversion (which rounds) nor when the constant
// is integral and the type a float (`Celsius(c)`). Package variables of interface type are
// initialised as gc's staticinit does: no allocation, no remark for the conversion.

type Flag bool
type Celsius float64
type Name string

type R struct{ a, b int }

type T struct {
	p *int
	q []int
}

type U struct{ t *T }

var sink any
var total = 7

var anyVal any = total
var boxed any = R{1, total}
var explicit = any(R{2, total})

func f() int { return 3 }

func g(p *int) int { return *p }

func id(p *T) *T { return p }

var v1 any = f()
var v2 = &R{1, f()}
var v3 = []int{f(), 2}
var v4 = g(new(int))
var v6 = string([]byte{byte(total)})
var v7 any = "x" + v6

var a = &T{q: []int{1, 2}}
var b = []*T{{}, &T{}}
var c = U{t: &T{p: new(int)}}
var d = id(&T{})
var e = new(int)
var fa any = &T{}
var ga any = T{}

func main() {
	var n any = []int(nil)
	_ = n
	for i := 0; i < 3; i++ {
		sink = Flag(i%2 == 0)
	}
	var fl Flag = true
	var cel Celsius = 2
	x := 3.5
	s := "a"
	sink = Flag(fl)
	sink = Flag(x > 2)
	sink = Celsius(cel)
	sink = Celsius(x)
	sink = Name(s)
	sink = []int(nil)
	sink = (*int)(nil)
	sink = Celsius(x * 2)
	sink = Flag(true)
	sink = Celsius(2.5)
	sink = Name("b")
	sink = []byte(nil)
	println(anyVal != nil, boxed != nil, explicit != nil, v1 != nil, v2 != nil, len(v3), v4, v7 != nil)
	println(a != nil, len(b), c.t != nil, d != nil, e != nil, fa != nil, ga != nil)
}
