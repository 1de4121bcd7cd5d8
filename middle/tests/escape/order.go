// Remark order: variables in declaration order (loop variables included), then allocations
// in the order gc meets them; parameters first.
package main

var sinkp *int
var sinks []*int
var sinkT *T

type T struct {
	p *int
	q []int
}

func (t *T) Set(p *int) { t.p = p }

func (t T) Get() *int { return t.p }

func many(a *int, b []int, c string, d T) (r *int) {
	x := 1
	var ps []*int
	for i := 0; i < 2; i++ {
		ps = append(ps, &i)
	}
	y := 2
	sinkp = &x
	for _, v := range b {
		sinks = append(sinks, &v)
	}
	z := 3
	sinkp = &z
	t := &T{q: []int{1, 2}}
	t.Set(&y)
	sinkT = t
	r = d.p
	_ = c
	return
}

func main() {
	n := 0
	var t T
	t.Set(&n)
	_ = t.Get()
	println(*many(&n, []int{1}, "s", t))
}
