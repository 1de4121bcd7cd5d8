package main

type P struct {
	a int8
	b int
	c string
}

type Arr [3]int

func mk(a int8, b int, c string) P { return P{a: a, b: b, c: c} }

func bump(p P) P { p.b++; return p }

func sum(a Arr) int { return a[0] + a[1] + a[2] }

func inc(p *P) { p.b += 10 }

var g P

func main() {
	p := mk(1, 2, "x")
	q := bump(p)
	println(p.a, p.b, p.c, q.b, p == q, p == mk(1, 2, "x"))
	var a Arr
	a[1] = 5
	b := a
	b[2] = 7
	println(sum(a), sum(b), a == b, a != b)
	inc(&p)
	println(p.b)
	h := new(P)
	h.c = "heap"
	inc(h)
	println(h.b, h.c)
	x := 3
	px := &x
	*px = 4
	println(x)
	g = p
	g.a = 9
	println(g.a, g.b, g.c, p.a)
	var np *P
	println(np.b)
}
