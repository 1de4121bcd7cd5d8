// memstats.go: heap allocations can be counted with runtime.ReadMemStats. A value escapes
// to the heap when it outlives the function that creates it (here: stored in a global).
// Values that stay local need no heap allocation. gocrane has no garbage collector yet, but
// it counts allocations the same way.
package main

import "runtime"

type Node struct {
	value int
	next  *Node
}

var list *Node
var keep []int

//go:noinline
func push(v int) {
	list = &Node{value: v, next: list} // escapes: one allocation per call
}

//go:noinline
func localSum(n int) int {
	var arr [16]int // stays on the stack: no allocation
	for i := range arr {
		arr[i] = i * n
	}
	s := 0
	for _, x := range arr {
		s += x
	}
	return s
}

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

func main() {
	before := mallocs()
	for i := 0; i < 10; i++ {
		push(i)
	}
	println("10 pushes:", mallocs()-before, "allocations")

	before = mallocs()
	s := 0
	for i := 0; i < 10; i++ {
		s += localSum(i)
	}
	println("10 local sums:", mallocs()-before, "allocations, sum", s)

	// Growing a slice one element at a time reallocates only when the capacity runs out.
	before = mallocs()
	for i := 0; i < 100; i++ {
		keep = append(keep, i)
	}
	println("100 appends:", mallocs()-before, "allocations, cap", cap(keep))

	// A new backing array that is stored in a global must be on the heap: one allocation.
	before = mallocs()
	n := len(keep)
	keep = make([]int, n*2)
	println("make:", mallocs()-before, "allocation")

	count := 0
	for p := list; p != nil; p = p.next {
		count++
	}
	println("list length", count)
}
