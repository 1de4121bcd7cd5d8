package main

// Calls through a func variable captured by a literal (recursion through a captured variable)
// reach the functions the enclosing function assigns it, so arguments flow by their tags.

type node struct {
	left, right *node
	v           int
}

func sum(root *node) int {
	var walk func(n *node) int
	walk = func(n *node) int {
		if n == nil {
			return 0
		}
		return n.v + walk(n.left) + walk(n.right)
	}
	return walk(root)
}

func apply(p *int) int {
	f := func(q *int) int { return *q }
	g := func() int { return f(p) }
	return g()
}

func main() {
	t := &node{v: 1, left: &node{v: 2}}
	x := 5
	println(sum(t), apply(&x))
}
