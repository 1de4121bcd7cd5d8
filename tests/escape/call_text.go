package main

// How remarks write calls, as gc's typecheck leaves them before escape analysis: a variadic
// call's extra arguments packed into `... argument` (or `nil` when there are none), and a
// callee that itself calls something evaluated into a temporary first (`.autotmp_N.M()`,
// `.autotmp_N(x)`) — numbered after the variables declared so far, blank ones not counted.

type I interface {
	M(xs ...int) string
	N() int
}

type T struct{ v int }

func (t T) M(xs ...int) string { return "" }
func (t T) N() int             { return t.v }

func get() I            { return T{1} }
func getT() T           { return T{2} }
func pair() (int, int)  { return 1, 2 }
func fn() func(int) int { return func(x int) int { return x } }

func f(a int, xs ...any) any { return nil }

var sink any

func main() {
	_, x := pair()
	for _, v := range []int{1} {
		_ = v
	}
	sink = f(1)
	sink = f(1, x, "y")
	sink = f(1, []any{2}...)
	sink = f(pair())
	sink = get().M()
	sink = get().M(1, 2)
	sink = get().N()
	sink = getT().N()
	sink = getT().M(x)
	sink = fn()(3)
	var i I = T{3}
	sink = i.N()
	sink = i.M()
	sink = (func() I { return get() })().N()
	sink = new(T).N()
	sink = f(len([]int{}), get().N())
	println(x)
}
