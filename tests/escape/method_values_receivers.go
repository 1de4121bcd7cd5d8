package main

// How gc names a method value's receiver: implicit dereferences are not shown, implicit
// embedded fields are (`ps.T.Get`).

type T struct{ n int }

func (t T) Get() int { return t.n }

type E struct{ *T }

func mk() T { return T{4} }

func main() {
	p := &T{1}
	f := p.Get
	g := mk().Get
	e := E{p}
	h := e.Get
	ps := &e
	k := ps.Get
	println(f(), g(), h(), k())
}
