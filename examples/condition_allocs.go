// condition_allocs.go: a value that does not escape stays in the frame wherever it is made,
// even where nothing can run before the statement: a loop's condition (evaluated on every
// iteration), a case expression, the right operand of && and || (evaluated only when
// needed). gc's order pass gives such expressions their own init statements (a stack buffer
// for a short string, a stack array for a small make). The only allocations are the three
// `s += "c"` in a loop body: s outlives each iteration.
package main

import "runtime"

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

func main() {
	b := []byte("condition")
	before := mallocs()

	// A []byte→string conversion in a loop condition, once per iteration.
	n := 0
	for len(string(b[:n])) < 5 {
		n++
	}

	// A concatenation and a make in loop conditions.
	s := "ab"
	for len(s+"!") < 6 {
		s += "c"
	}
	k := 1
	for len(make([]int, k)) < 4 {
		k++
	}

	// Case expressions.
	switch {
	case len(string(b[:2])) == 3:
		println("unreachable")
	case len([]rune(s)) == 5:
		println("case: five runes in", s)
	}

	// The right of && and ||: made only when the left does not decide.
	short := n > 100 && string(b) == "x"
	long := n > 1 && len(string(b[:n])+"?") == 6
	either := n == 0 || len([]byte(s)) == 5

	println(n, k, short, long, either)
	println("allocations:", mallocs()-before)
}
