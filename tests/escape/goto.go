package main

// goto: a label a later goto jumps back to heads a loop (gc's looping labels), so what is
// declared after it is one loop deeper than what is declared before.

type T struct{ n int }

var sink *T

//go:noinline
func use(p *T) int { return p.n }

func count(n int) int {
	i := 0
	s := 0
again:
	if i < n {
		t := &T{i}
		s += use(t)
		i++
		goto again
	}
	return s
}

func find(xs []int, x int) int {
	for i, v := range xs {
		if v == x {
			goto found
		}
		_ = i
	}
	return -1
found:
	return 1
}

func loopy() int {
	var p *int
	i := 0
L:
	x := i
	p = &x
	i++
	if i < 3 {
		goto L
	}
	return *p
}

func straight() int {
	var p *int
	i := 0
	goto M
M:
	x := i
	p = &x
	return *p
}

func main() {
	_, _ = loopy(), straight()
	println(count(5), find([]int{1, 2, 3}, 2), find(nil, 1))
	k := 0
top:
	k++
	if k < 3 {
		goto top
	}
	println(k)
	u := &T{7}
	println(use(u))
}
