// iterators.go: range over functions (Go 1.23), as gc compiles it.
//
// `for x := range seq { body }` calls seq with the body turned into a function literal,
// main.f-range1, which seq calls once per element; the literal returns false to stop early.
// gc's rewrite adds a #stateN variable per loop to check that the iterator stops when told
// (else runtime.panicrangestate), and #next to carry a return or a labeled break out of the
// body. The body captures the variables it uses by reference, so when the iterator lets the
// body escape (upto's does, Tree.All's does not), they move to the heap: see the -m remarks.
package main

// An iterator over 0..n-1: a function taking the loop body as yield.
func upto(n int) func(yield func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

type Tree struct {
	Left, Right *Tree
	Val         string
}

// All is a two-value iterator as a method: depth and value, in order.
func (t *Tree) All(yield func(int, string) bool) {
	t.walk(0, yield)
}

func (t *Tree) walk(depth int, yield func(int, string) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(depth+1, yield) && yield(depth, t.Val) && t.Right.walk(depth+1, yield)
}

// A return inside the body: the result is stored in #rv1, the body stops the iterator,
// and the function returns after the call.
func firstSquareOver(limit int) int {
	for i := range upto(100) {
		if i*i > limit {
			return i
		}
	}
	return -1
}

// A labeled continue of the outer loop from the inner one goes through #next.
func pairs() int {
	count := 0
outer:
	for i := range upto(4) {
		for j := range upto(4) {
			if j > i {
				continue outer
			}
			count++
		}
	}
	return count
}

// An iterator that ignores the body's false.
func stubborn(yield func(int) bool) {
	yield(1)
	yield(2)
}

func main() {
	sum := 0
	for i := range upto(5) {
		if i == 2 {
			continue
		}
		sum += i
	}
	println("sum", sum)

	t := &Tree{Left: &Tree{Val: "a"}, Val: "b", Right: &Tree{Val: "c"}}
	for depth, v := range t.All {
		println(depth, v)
		if v == "b" {
			break
		}
	}

	n := 0
	for range upto(3) {
		n++
	}
	println("n", n, "firstSquareOver(50)", firstSquareOver(50), "pairs", pairs())

	defer func() {
		println("recovered:", recover().(error).Error())
	}()
	for x := range stubborn {
		println("got", x)
		break
	}
}
