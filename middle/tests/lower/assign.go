// Assignment semantics: operands on the left and all values on the right are evaluated first,
// then assigned left to right; calls run before variables are read (as gc orders them).
package main

var g = 1

func bump() int { g = 10; return 2 }

func idx() int { println("idx"); return 0 }

func main() {
	a, b := 1, 2
	a, b = b, a
	x := [3]int{}
	i := 0
	i, x[i] = 1, 2
	s := []int{5, 6, 7}
	s[idx()] += 100
	i++
	b--
	a <<= 2
	y := g + bump()
	var p *int = &i
	*p *= 3
	p, *p = &a, 9
	_ = s[1]
	_, b = bump(), a
	name := "go"
	name += "pher"
	println(a, b, i, x[0], x[1], s[0], y, name)
}
