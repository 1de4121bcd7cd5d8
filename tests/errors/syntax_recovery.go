package main

type T struct {
	a int
	b string c
}

func f(a, b int, c) int {
	return a
}

func g() {
	switch x := 3; x {
	case 1:
		println(1)
	)
	case 2++:
	}
	if x := 1 {
	}
	for i := 0; i < 3; j := 1 {
	}
L:
}

func h() {
	var v = []int{1, 2 3}
	_ = v[1:2:]
	defer (g())
	println(v
}

func k(...int, x int) {}
