// Expressions: short-circuit operators whose right side calls (the call runs only when
// needed), string concatenation, indexing and slicing strings, shifts, comparisons.
package main

func yes(tag string) bool {
	println("yes", tag)
	return true
}

type Pair struct{ a, b int }

func main() {
	x := 1
	ok := x > 0 && yes("and")
	ok2 := x < 0 || yes("or")
	if x == 1 && yes("if") {
		println("both")
	}
	s := "hello"
	t := s + ", " + "world" + s
	c := s[1]
	sub := s[1:3]
	u := uint(3)
	sh := x << u
	eq := Pair{1, 2} == Pair{1, 2}
	arr := [2]int{1, 2}
	sl := arr[:1]
	neg := -x
	inv := ^x
	println(ok, ok2, t, c, sub, sh, eq, len(sl), s < t, neg, inv, !ok)
}
