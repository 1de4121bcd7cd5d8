package main

// Sites whose gc text contains an interface call that devirtualization makes direct: gc
// names them after devirtualizing, with the method expression and the asserted receiver.

type Namer interface{ Name() string }

type Word struct{ s string }

func (w Word) Name() string { return w.s }

type Counter interface{ Len(n int) int }

type Box struct{ n int }

func (b *Box) Len(n int) int { return b.n + n }

type Outer struct{ Word }

var sink any

func concat() string {
	var n Namer = Word{"a"}
	s := n.Name() + "!"
	return s
}

func sized() []int {
	var c Counter = &Box{2}
	return make([]int, c.Len(3))
}

func converted() {
	var n Namer = Word{"b"}
	sink = n.Name()
	sink = []byte(n.Name())
}

func promoted() string {
	var n Namer = Outer{Word{"c"}}
	return n.Name() + "?"
}

func nested() []int {
	var c Counter = &Box{1}
	return make([]int, c.Len(c.Len(1)), 10+c.Len(2))
}

func main() {
	_ = concat()
	_ = sized()
	converted()
	_ = promoted()
	_ = nested()
}
