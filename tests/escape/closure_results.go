package main

// A literal's results: they stay in the enclosing function while every call of the literal is
// known, and are lost (gc's ClosureResultsLost) once it may be called by an unknown caller.

var sink *int

func callP(f func() *int) *int { return f() }

func lost2() int {
	u := 3
	p := callP(func() *int { return &u })
	return *p
}

func iife() int {
	w := 4
	p := func() *int { return &w }()
	*p = 5
	return w
}

func local() int {
	x := 6
	f := func() *int { return &x }
	q := f()
	return *q
}

func unknownLocal(fs []func() *int) int {
	return *fs[0]()
}

func indirect() int {
	y := 7
	fs := []func() *int{func() *int { return &y }}
	return unknownLocal(fs)
}

func storeRes() {
	z := 8
	f := func() *int { return &z }
	sink = f()
}

func main() {
	println(lost2(), iife(), local(), indirect())
	storeRes()
	println(*sink)
}
