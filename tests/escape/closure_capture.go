package main

// How function literals capture (gc's flowClosure): by value when the variable is never
// reassigned after the capture, its address never taken and it is at most 128 bytes; by
// reference otherwise. Structs, big arrays, address-taken variables, named results, nested
// literals, recursion through a captured variable, loop variables (per-iteration copies) and
// a captured variable's static value (`12 escapes to heap`).

type S struct {
	a, b int
	p    *int
}

type Big struct{ x [20]int }

var sink interface{}
var fsink func() int

func run(f func()) { f() }

func keep(f func() int) { fsink = f }

func callUnknown(f func() *int) *int { return f() }

func byRefStruct() int {
	s := S{a: 1}
	inc := func() { s.a++ }
	inc()
	inc()
	return s.a
}

func bigCapture() int {
	var b Big
	b.x[5] = 9
	f := func() int { return b.x[5] }
	return f()
}

func addrTaken() int {
	x := 5
	p := &x
	f := func() int { return x + *p }
	return f()
}

func escapingPtr() *int {
	v := 7
	g := func() *int { return &v }
	return g()
}

func lostResults() *int {
	u := 3
	h := func() *int { return &u }
	return callUnknown(h)
}

func recursive(n int) int {
	var fib func(int) int
	fib = func(k int) int {
		if k < 2 {
			return k
		}
		return fib(k-1) + fib(k-2)
	}
	return fib(n)
}

func param(p *int) func() int {
	return func() int { return *p }
}

func named() (r int) {
	f := func() { r = 42 }
	f()
	return
}

func nested() int {
	a := 1
	f := func() func() int {
		b := 2
		return func() int {
			a++
			return a + b
		}
	}
	g := f()
	g()
	return g()
}

func loops() int {
	total := 0
	for i := 0; i < 4; i++ {
		run(func() { total += i })
	}
	for _, v := range []int{10, 20} {
		keep(func() int { return v })
		total += fsink()
	}
	return total
}

func ifaceCapture() {
	x := 12
	f := func() { sink = x }
	f()
}

func straight() int {
	y := 1
	y = 2
	f := func() int { return y }
	return f()
}

func main() {
	println(byRefStruct(), bigCapture(), addrTaken(), *escapingPtr(), *lostResults())
	println(recursive(10), param(new(int))(), named(), nested(), loops())
	ifaceCapture()
	println(sink.(int), straight())
}
