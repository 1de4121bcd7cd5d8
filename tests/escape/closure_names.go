package main

// Literals in methods, in package-level initialisers (statically initialised: no remark for
// them, one for a literal inside one) and inside other literals; the order of the remarks.

type T struct{ n int }

func (t *T) M() func() int { return func() int { return t.n } }
func (t T) V() func() int  { return func() int { return 1 } }

var g = func() int { return 2 }
var h = func() func() int { return func() int { return 3 } }

func f() {
	a := 1
	x := func() func() int {
		b := 2
		return func() int { return a + b }
	}
	y := func() {}
	println(x()(), y != nil)
}

func main() {
	t := &T{4}
	println(t.M()(), t.V()(), g(), h()())
	f()
}
