// A 3-clause loop's variable captured by a literal in a nested loop is captured by reference
// (gc's loopvar rewrite reassigns the per-iteration copy with the post statement), by value
// when the literal is made in the loop's own body.
package main

var kept []func() int

//go:noinline
func f() {
	for i := 0; i < 3; i++ {
		for j := 0; j < 2; j++ {
			kept = append(kept, func() int { return i + j })
		}
	}
}

//go:noinline
func g() {
	for i := 0; i < 3; i++ {
		kept = append(kept, func() int { return i })
	}
}

func main() {
	f()
	g()
	println(len(kept), kept[0](), kept[5](), kept[6]())
}
