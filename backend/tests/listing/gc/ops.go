package main

type Shape interface {
	Area() float64
	Scale(int32) Shape
}

type Rect struct{ w, h float64 }

func (r Rect) Area() float64          { return r.w * r.h }
func (r Rect) Scale(k int32) Shape    { return Rect{r.w * float64(k), r.h / float64(k)} }

type T struct {
	a int8
	b int16
	c int32
	d int64
	u uint8
	v uint16
	w uint32
	p *T
}

var gt T
var gs []int
var gf32 float32

//go:noinline
func loads(t *T) int64 { return int64(t.a) + int64(t.b) + int64(t.c) + t.d + int64(t.u) + int64(t.v) + int64(t.w) }

//go:noinline
func stores(t *T, x int64) {
	t.a = int8(x)
	t.b = int16(x)
	t.c = int32(x)
	t.d = x
	t.u = 7
	t.v = 300
	t.w = 70000
	t.p = nil
}

//go:noinline
func arith(a, b int64, c uint64, s uint) (int64, uint64) {
	x := a*b - (a ^ b) | (a & 0xff0)
	y := c >> s
	z := a >> 7
	w := c / 10
	v := a % 3
	return x + z + v - (-a), y + w + ^c
}

//go:noinline
func div(a, b int64) int64 { return a / b }

//go:noinline
func cmp(a, b int64, p *T) bool {
	if p == nil || a < b {
		return a == 3
	}
	return uint64(a) > uint64(b) && p.d != 0
}

//go:noinline
func floats(a float64, b float32, i int64) (float64, float32, int64) {
	return a/2.5 - float64(b) + float64(i), float32(a) * b, int64(a)
}

//go:noinline
func idx(s []int, i int) int { return s[i] + s[i+1] + len(s) }

//go:noinline
func arr(a *[16]int32, i int) int32 { return a[i&15] + a[3] }

//go:noinline
func shifts(a uint32, b int32, c uint64, n uint) (uint32, int32, uint64) {
	return a << 3, b >> n, c>>n | c<<(64-n)
}

//go:noinline
func call(s Shape) float64 { return s.Scale(3).Area() + float64(gs[0]) }

func main() {
	var s Shape = Rect{1, 2}
	println(call(s))
	gt.p = &gt
	println(loads(&gt), cmp(1, 2, &gt), idx(gs, 0), arr(nil, 1))
	stores(&gt, 3)
	x, y := arith(1, 2, 3, 4)
	println(x, y, div(6, 3))
	f, g, h := floats(1, 2, 3)
	gf32 = g
	println(f, h)
	p, q, r := shifts(1, 2, 3, 4)
	println(p, q, r)
	gs = append(gs, 1)
}
