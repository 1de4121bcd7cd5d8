// Multi-value calls whose results are converted: gc reads `f()` into temporaries
// (.autotmp_N in -m) and converts each to its destination's type, in an assignment, a
// return and a call's arguments. Code after return or under a constant-false condition is
// never compiled (no remark, no allocation).
package main

type E struct{ code int }

func (e *E) Error() string { return "E" }

var sink interface{}

func two() (int, string) { return 7, "abc" }

func find(code int) (*E, int) { return &E{code}, code * 2 }

// The results convert to interfaces on return.
func boxed() (interface{}, interface{}) {
	return two()
}

// *E converts to error and int to interface{}.
func lookup(code int) (error, interface{}) {
	return find(code)
}

func show(a, b interface{}) {
	println(a.(int), b.(string))
}

const debug = false

func main() {
	a, b := boxed()
	println(a.(int), b.(string))
	e, n := lookup(21)
	println(e.Error(), n.(int))
	show(two())
	var x, y interface{}
	x, y = two()
	sink, sink = x, y
	if v, ok := x.(int); ok {
		println("int", v)
	}
	var i interface{} = 3
	var ok bool
	sink, ok = i.(int)
	println(ok, sink.(int))
	if debug {
		sink = "debugging"
	}
	switch {
	case debug:
		println("not compiled")
	}
	println("done")
	return
	sink = "unreachable"
}
