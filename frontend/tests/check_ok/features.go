package main

import (
	"runtime"
	"unsafe"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64    { return 3.14 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * 3.14 * c.R }

type Base struct{ id int }

func (b *Base) ID() int { return b.id }
func (b Base) Name() string { return "base" }

type Derived struct {
	Base
	extra string
}

type PD struct {
	*Base
	n int
}

const (
	A = iota
	B
	C
	D = 1 << iota
	E
)

const (
	KB float64 = 1 << (10 * (iota + 1))
	MB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
)

func (d Weekday) String() string {
	switch d {
	case Sunday:
		return "Sunday"
	case Monday:
		return "Monday"
	}
	return "?"
}

var (
	x = y + 1
	y = f()
	z int
)

func f() int { return 2 }

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func sum(xs ...int) int {
	t := 0
	for _, v := range xs {
		t += v
	}
	return t
}

func classify(s Shape) string {
	switch v := s.(type) {
	case Rect:
		return "rect"
	case *Circle:
		_ = v.R
		return "circle"
	case nil:
		return "nil"
	default:
		return "other"
	}
}

func main() {
	var s Shape = Rect{1, 2}
	println(s.Area())
	s = &Circle{R: 1}
	println(classify(s))
	if r, ok := s.(*Circle); ok {
		println(r.R)
	}
	d := Derived{Base{1}, "x"}
	println(d.ID(), d.Name(), d.id)
	pd := PD{&Base{2}, 3}
	println(pd.ID(), pd.Name())
	q, r := divmod(7, 2)
	println(q, r, sum(1, 2, 3), sum([]int{1, 2}...))
	arr := [...]int{1, 2, 3}
	sl := arr[:]
	sl = append(sl, 4, 5)
	println(len(arr), cap(sl), len("abc"))
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	println(ms.Alloc > 0, unsafe.Sizeof(ms))
	runtime.KeepAlive(&ms)
	for i := range 10 {
		if i%2 == 0 {
			continue
		}
		println(i)
	}
	for i, c := range "héllo" {
		println(i, c)
	}
	bs := []byte("abc")
	str := string(bs)
	println(str, string(rune(65)), A, B, C, D, E, KB, MB)
	var p *int = new(int)
	*p = 5
	println(*p, x, y, z, Monday.String())
	m := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	println(m[1][2])
	type local struct{ a, b int }
	l := local{b: 2}
	println(l.a + l.b)
	var f32 float32 = 1.5
	var i8 int8 = -128
	println(f32, i8, uint8(255), 1e3, 'x')
	copy(bs, "xy")
	var up unsafe.Pointer = unsafe.Pointer(p)
	println(uintptr(up) != 0)
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	var e error
	println(e == nil)
	var iface interface{} = 3
	_ = iface
	var anyv any = "s"
	switch anyv.(type) {
	case int, string:
	}
	x := 3
	x <<= 2
	x++
	println(x, -x, ^x, !true, x&^1)
	panic("boom")
}
