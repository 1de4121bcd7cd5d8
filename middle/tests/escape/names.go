package main

type P struct{ X, Y int }

type S struct {
	b []byte
	s string
}

var sink any
var gs string
var gp *P
var gps []*P

func main() {
	var s S
	s.b = []byte("hi")
	gs = string(s.b)
	arr := [4]byte{}
	gs = string(arr[1:3])
	gs = string(s.b[0:1])
	gs = string((s.b))
	x := 5
	gs = string(rune(x + 1))
	gs = string(rune(-x))
	p := &s
	gs = string(p.b)
	gs = string(*&p.b)
	gps = []*P{{5, 6}, &P{1, 2}}
	gp = &P{}
	const N = 3
	m := make([]int, N)
	_ = m
	k := make([]int64, int64(2))
	_ = k
	r := 'x'
	gs = string(r)
	gs = "a" + gs + string(r)
	gs = gs + gs
	var bb []byte
	bb = append(bb, "abc"...)
	gs = string(bb)
	q := new([2]int)
	_ = q
	gs = "long string literal that goes on and on and on and on and on and on and on" + gs
	_ = make([]uint8, 1<<4+3, 40)
}
