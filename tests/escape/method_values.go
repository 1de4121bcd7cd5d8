package main

// Method values: the receiver flows into the funcval and, by the method's receiver tag with
// its results to the heap, further (`q.Ptr` moves q to the heap); value, pointer and interface
// receivers; a method value escaping into a global.

type T struct{ n int }

func (t T) Get() int      { return t.n }
func (t *T) Inc()         { t.n++ }
func (t *T) Ptr() *int    { return &t.n }

type I interface{ Get() int }

var sink func() int

func apply(f func() int) int { return f() }

func main() {
	t := T{1}
	g := t.Get
	t.n = 5
	println(g(), apply(t.Get))
	p := &T{2}
	inc := p.Inc
	inc()
	inc()
	println(p.n)
	var i I = T{7}
	h := i.Get
	println(h())
	sink = t.Get
	q := T{3}
	pp := q.Ptr
	println(*pp())
	f := (&q).Inc
	f()
	println(q.n)
}
