package main

type T struct{ a, b int }

var sink *T
var gs []int
var gstr string

func leak(p *T) { sink = p }

func noleak(p *T) int { return p.a }

func ret(p *T) *T { return p }

func content(pp **T) { sink = *pp }

func vari(xs ...int) int { return len(xs) }

func variLeak(xs ...int) { gs = xs }

func named() (r *T) { r = &T{}; return }

func main() {
	x := T{1, 2}
	leak(&x)
	y := T{3, 4}
	noleak(&y)
	z := &T{5, 6}
	noleak(z)
	w := &T{7, 8}
	sink = w
	n := 10
	s := make([]int, n)
	s2 := make([]int, 10)
	s3 := make([]int, 100000)
	m := 20
	m++
	s4 := make([]int, m)
	gs = make([]int, 3)
	_ = s[0] + s2[0] + s3[0] + s4[0]
	l := []int{1, 2, 3}
	_ = l
	p := new(int)
	*p = 1
	q := new(int)
	gs = []int{*q}
	vari(1, 2, 3)
	variLeak(4, 5)
	bs := []byte("abc")
	str := string(bs)
	gstr = str + "x"
	loc := str + gstr
	_ = loc
	rs := []rune(str)
	_ = rs
	r := string(rs)
	_ = r
	c := string(rune(n))
	_ = c
	arr := [3]int{}
	sl := arr[:]
	gs = sl
	var t2 T
	pt := &t2
	_ = ret(pt)
	pp := &z
	content(pp)
	_ = named()
	a := append(s, 1)
	_ = a
	gs = append(gs, 2)
}
