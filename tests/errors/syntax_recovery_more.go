package main

func k(...int, x int) {}

func (a, b T) m() {}

func g() {
	switch x := 3; x {
	case 2++:
	}
	if x = 1 {
	}
	if y := 2; {
	}
	if true {
	} else for {
	}
	var c chan
	_ = c
L:
}

type A [3, 4]int

import "fmt"
