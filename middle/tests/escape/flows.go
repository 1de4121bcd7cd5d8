// Flows through results, loops, methods, recursion and named results.
package main

type Node struct {
	val  int
	next *Node
}

type List struct {
	head *Node
	n    int
}

var global *Node

func (l *List) Push(v int) {
	l.head = &Node{val: v, next: l.head}
	l.n++
}

func (l List) Len() int { return l.n }

func (l *List) First() *Node { return l.head }

func identity(p *int) *int { return p }

func deref(pp **int) *int { return *pp }

func store(p *int) { global = &Node{val: *p} }

func pair(a, b *int) (x, y *int) {
	x, y = b, a
	return
}

func count(n *Node) int {
	if n == nil {
		return 0
	}
	return 1 + count(n.next)
}

func even(n int, p *int) bool {
	if n == 0 {
		return true
	}
	return odd(n-1, p)
}

func odd(n int, p *int) bool {
	if n == 0 {
		return false
	}
	return even(n-1, p)
}

func loopAlloc() *int {
	var keep *int
	for i := 0; i < 3; i++ {
		v := i
		keep = &v
	}
	return keep
}

func localLoop() int {
	total := 0
	for i := 0; i < 3; i++ {
		v := i
		p := &v
		total += *p
	}
	return total
}

func makeList() *List {
	l := List{}
	l.Push(1)
	return &l
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	var l List
	l.Push(1)
	l.Push(2)
	println(l.Len(), l.First().val)
	a, b := 1, 2
	x, y := pair(&a, &b)
	println(*x, *y)
	c := 3
	println(*identity(&c))
	d := 4
	pd := &d
	println(*deref(&pd))
	e := 5
	store(&e)
	println(count(l.head), even(4, &a), *loopAlloc(), localLoop(), makeList().n)
	println(sum(1, 2, 3))
	s := []int{4, 5}
	println(sum(s...))
}
