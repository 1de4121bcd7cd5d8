// Package variables are initialised in dependency order, then init funcs run in source order.
package main

var a = b + 1
var b = f()
var c, d = pair()
var _ = f()
var zero int

func f() int { return 41 }

func pair() (int, string) { return 1, "one" }

func init() { zero = 7 }

func init() { println("second init") }

// Named results are locals; a bare return returns them.
func divmod(x, y int) (q, r int) {
	q = x / y
	r = x % y
	return
}

func swap(x, y string) (string, string) { return y, x }

//go:noinline
func twice(x int) int { return 2 * x }

func main() {
	q, r := divmod(17, 5)
	s, t := swap("a", "b")
	_, u := pair()
	println(a, b, c, d, zero, q, r, s, t, u, twice(q))
}
