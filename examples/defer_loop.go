// Defers gc does not open-code: in a loop, more than 8 in a function, or too many returns
// times defers. Then each defer statement pushes a defer record — in the function's frame
// (runtime.deferprocStack) or, in a loop, from the heap (runtime.deferproc: the deferred
// closure escapes too, see -m) — and every return calls runtime.deferreturn, which runs
// them newest first. gocrane makes the same choice, so -S shows the same calls as gc's.
package main

// A named result moved to heap (the loop's closures capture it and escape): the deferred
// calls add to it after the return statement set it.
func sumLater(n int) (sum int) {
	for i := 1; i <= n; i++ {
		defer func() { sum += i }()
	}
	return 100
}

// Nine defers: more than gc open-codes.
func nine() {
	defer println("9th deferred, runs last")
	defer println(2)
	defer println(3)
	defer println(4)
	defer println(5)
	defer println(6)
	defer println(7)
	defer println(8)
	defer println("1st to run")
}

// Each iteration's deferred call recovers at most one panic: the first recover stops it.
func firstRecoverWins() {
	for i := 0; i < 3; i++ {
		defer func() {
			if r := recover(); r != nil {
				println("iteration", i, "recovered", r.(string))
			}
		}()
	}
	panic("once")
}

func main() {
	println("sumLater(3) =", sumLater(3))
	nine()
	firstRecoverWins()
	println("done")
}
