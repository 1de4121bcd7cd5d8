package main

// Where funcvals flow: into struct fields, globals, slices, through parameters that call them
// or return them; parameters captured by a literal; literals in loops.

type T struct{ f func() *int }

var g func() *int
var gs []func()

func store(f func()) { gs = append(gs, f) }

func callIt(f func() *int) int { return *f() }

func callTwice(f func(*int)) {
	x := 0
	f(&x)
	f(&x)
}

func retFn(f func() int) func() int { return f }

func viaField() int {
	v := 1
	t := T{f: func() *int { return &v }}
	return *t.f()
}

func viaGlobal() {
	w := 2
	g = func() *int { return &w }
}

func passed() int {
	u := 5
	return callIt(func() *int { return &u })
}

func mutateParam() int {
	total := 0
	callTwice(func(p *int) { *p++; total += *p })
	return total
}

func returned() int {
	z := 4
	f := retFn(func() int { return z })
	return f()
}

func loopStore() {
	for i := 0; i < 3; i++ {
		store(func() { println(i) })
	}
}

func closureParams() func(*int) *int {
	return func(p *int) *int { return p }
}

func leakParam(q *int) {
	f := func() { g = func() *int { return q } }
	f()
}

func twoLevel() int {
	a, b := 1, 2
	f := func() int {
		g := func() int { return a * b }
		b = 3
		return g()
	}
	return f()
}

func ptrCapture() *int {
	p := new(int)
	f := func() *int { return p }
	return f()
}

func sliceCapture() int {
	s := make([]int, 3)
	f := func() { s[0] = 1 }
	f()
	return s[0]
}

func main() {
	println(viaField(), passed(), mutateParam(), returned(), twoLevel(), *ptrCapture(), sliceCapture())
	viaGlobal()
	loopStore()
	leakParam(new(int))
	x := 9
	println(*closureParams()(&x), *g())
	for _, f := range gs {
		f()
	}
}
