package main

// Literals at package level (statically initialised, also inside slice literals: no remark),
// in methods capturing the receiver, with several results, variadic, stored in interfaces.

type T struct{ n int }

func (t *T) adder() func(int) int {
	return func(d int) int { t.n += d; return t.n }
}

var counter = 0
var inc = func() int { counter++; return counter }

type Handler struct{ fn func(string) string }

var handlers = []Handler{{fn: func(s string) string { return s + "!" }}}

func multi() (func(int, int) (int, int), func(...int) int) {
	swap := func(a, b int) (int, int) { return b, a }
	sum := func(xs ...int) (t int) {
		for _, x := range xs {
			t += x
		}
		return
	}
	return swap, sum
}

func main() {
	t := &T{}
	add := t.adder()
	add(2)
	println(add(3), t.n)
	println(inc(), inc(), counter)
	println(handlers[0].fn("hi"))
	sw, su := multi()
	a, b := sw(1, 2)
	println(a, b, su(1, 2, 3), su())
	var f func()
	println(f == nil)
	f = func() {}
	println(f != nil)
	var i interface{} = func() int { return t.n }
	println(i.(func() int)())
	y := 3
	var j interface{} = func() int { return y }
	println(j.(func() int)())
}
