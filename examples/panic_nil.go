// panic_nil.go: following a nil pointer is a run-time error. Go detects it through the
// hardware fault (SIGSEGV) and turns it into a panic.
package main

type Node struct {
	value int
	next  *Node
}

func main() {
	last := &Node{value: 2}
	first := &Node{value: 1, next: last}
	println(first.value, first.next.value)
	println(first.next.next.value) // last.next is nil
	println("not reached")
}
