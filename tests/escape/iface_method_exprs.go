package main

// Method expressions of interface methods (I.M): gc calls its generated main.I.M, an
// interface call, so the receiver and the arguments leak, as a value or called directly.

type I interface{ Put(p *int) }

type T struct{}

func (T) Put(p *int) {}

func direct(i I) {
	var x int
	I.Put(i, &x)
}

func value(i I) {
	var y int
	f := I.Put
	f(i, &y)
}

func main() {
	direct(T{})
	value(T{})
}

type Named interface{ Name() string }

type W struct{ s string }

func (w W) Name() string { return w.s }

func names() {
	get := Named.Name
	println(get(W{"a"}), Named.Name(W{"b"}))
	var n Named
	defer0 := Named.Name
	_ = defer0
	_ = n
}

func init() { names() }
