// Run-time errors run deferred calls too. Here a nil dereference — a SIGSEGV the runtime
// turns into a Go panic on the Go stack, as gc's sigpanic does — unwinds through the three
// depth calls and main, running each one's deferred call, newest first, before the program
// dies with gc's message and exit status 2. (Index and division panics unwind the same way;
// at and quotient return normally here and run theirs on return.)
package main

type Node struct{ next *Node }

func at(s []int, i int) int {
	defer println("at: deferred call runs on return")
	return s[i]
}

func quotient(a, b int) int {
	defer println("quotient: deferred call runs")
	return a / b
}

func depth(n *Node) int {
	defer println("depth: deferred call runs")
	return 1 + depth(n.next)
}

func main() {
	defer println("main: deferred call runs last")
	println(at([]int{1, 2, 3}, 2))
	println(quotient(7, 2))
	println(depth(&Node{next: &Node{}}))
}
