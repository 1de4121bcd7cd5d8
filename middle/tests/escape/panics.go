package main

type T struct{ a, b int }

var gp = &T{1, 2}
var gs = []int{1, 2, 3}
var gm = make([]int, 3)
var gx = f()

func f() *T { return &T{} }

type Big struct{ a [10]int }

func g(n int) {
	if n == 1 {
		panic("boom")
	}
	if n == 2 {
		panic(n)
	}
	if n == 3 {
		panic(Big{})
	}
	if n == 4 {
		panic(&T{})
	}
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	x := 1
	for j := 0; j < 2; j++ {
		y := j
		p := &y
		_ = p
	}
	_ = x
}

func main() {
	g(0)
}
