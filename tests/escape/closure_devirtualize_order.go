// Devirtualization remarks in function literals come in gc's order: the literals of a body
// in preorder (a literal, the literals inside it, then the next), as gc's noder reads them.
package main

type S interface{ Area() int }
type B struct{ w int }

func (b *B) Area() int { return b.w }

var g int

func f() {
	var s S = &B{2}
	a := func() {
		g += s.Area()
		a1 := func() { g += s.Area() }
		a1()
	}
	b := func() { g += s.Area() }
	a()
	b()
	g += s.Area()
}

func main() { f() }
