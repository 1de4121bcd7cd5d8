package main

import "unsafe"

type Node struct {
	val  int
	next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) Push(v int) {
	l.head = &Node{v, l.head}
	l.size++
}

func (l List) Len() int { return l.size }

type Stack struct {
	List
	name string
}

type Celsius float64
type Temp = Celsius

const Boiling Celsius = 100

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Matrix [2][2]float64

func (m *Matrix) Set(i, j int, v float64) { m[i][j] = v }

func apply(xs []int, k int) (out []int) {
	for _, x := range xs {
		out = append(out, x*k)
	}
	return out
}

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	var s Stack
	s.Push(1)
	s.List.Push(2)
	println(s.Len(), s.size, s.head.val)
	sp := &s
	sp.Push(3)
	println(sp.Len())
	var t Temp = Boiling
	println(t.F(), Boiling.F())
	var m Matrix
	m.Set(0, 1, 2.5)
	println(m[0][1], len(m), len(m[0]))
	xs := apply([]int{1, 2, 3}, 2)
	println(len(xs))
	a, b := 1, 2
	swap(&a, &b)
	println(a, b)
	var sh uint = 3
	x := 1 << sh
	var y int64 = 1 << sh
	z := uint8(200) + 50
	println(x, y, z)
	const huge = 1 << 100
	println(huge >> 98)
	var f32 float32 = 0.1
	f64 := float64(f32)
	println(f64 > 0.1)
	var r rune = 'a' + 1
	str := "x" + string(r)
	bs := []byte(str)
	rs := []rune(str)
	println(len(bs), len(rs), str[0], str[1:])
	arrp := &[3]int{1, 2, 3}
	println(arrp[1], len(arrp))
	for i := range arrp {
		_ = i
	}
	sl := arrp[:2]
	sl2 := sl[1:2:3]
	println(cap(sl2))
	var iface interface{ Len() int } = s
	println(iface.Len())
	var p unsafe.Pointer
	println(p == nil)
	type pair struct{ a, b int }
	ps := []pair{{1, 2}, {3, 4}}
	pps := []*pair{{5, 6}}
	arr2 := [...][2]int{{1, 2}, 4: {3}}
	println(len(ps), pps[0].a, len(arr2))
	switch {
	case x > 1 && y < 100:
		println("a")
		fallthrough
	case false:
		println("b")
	default:
	}
	var e error
	if e != nil {
		println(e.Error())
	}
	n := 0
	for n < 10 {
		n += 3
	}
	for {
		break
	}
	var u8 uint8 = 255
	u8++
	println(u8, ^uint8(0), -(-128))
	println(7/2, 7.0/2, 7%3, -7>>1)
	c := 'x'
	println(c == 'x', "ab" < "b")
}
