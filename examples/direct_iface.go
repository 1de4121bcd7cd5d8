// direct_iface.go: a value whose type is one pointer-shaped word (a struct or array holding
// just one pointer) is stored in an interface as itself: the data word IS the value, not a
// pointer to a copy. So an interface call passes that word straight to the value method, and
// gc's itab entry for it is main.Ref.Get itself, not a (*Ref) wrapper as for other value types.
package main

type Getter interface {
	Get() int
	Set(v int)
}

// Ref is pointer-shaped: struct{ p *int } is one word, all pointer.
type Ref struct{ p *int }

//go:noinline
func (r Ref) Get() int { return *r.p }

//go:noinline
func (r Ref) Set(v int) { *r.p = v }

// Box is pointer-shaped too: [1]*int.
type Box [1]*int

//go:noinline
func (b Box) Get() int { return *b[0] + 100 }

//go:noinline
func (b Box) Set(v int) { *b[0] = v * 2 }

// Pair is two words: stored behind a pointer, called through the (*Pair) wrapper.
type Pair struct{ a, b *int }

//go:noinline
func (p Pair) Get() int { return *p.a + *p.b }

//go:noinline
func (p Pair) Set(v int) { *p.a, *p.b = v, v }

//go:noinline
func bump(g Getter) int {
	g.Set(g.Get() + 1)
	return g.Get()
}

func main() {
	x, y, z := 7, 9, 20
	gs := []Getter{Ref{&x}, Box{&y}, Pair{&x, &z}, &Ref{&z}}
	for i, g := range gs {
		before := g.Get()
		println(i, before, bump(g))
	}
	println(x, y, z)

	var e any = Ref{&y}
	if r, ok := e.(Ref); ok {
		println("Ref holds", *r.p)
	}
	switch v := e.(type) {
	case Box:
		println("Box", *v[0])
	case Ref:
		println("Ref", *v.p)
	}
	var g Getter = Box{&x}
	b := g.(Box)
	println("Box holds", *b[0], b[0] == &x)
}
