// Switch: the tag is evaluated once; cases are compared with ==; fallthrough continues into
// the next body; default may be anywhere. Case expressions with calls run only when reached.
package main

func f(x int) int {
	println("f", x)
	return x
}

func classify(x int) string {
	switch y := x * 2; y {
	case 0:
		return "zero"
	default:
		return "other"
	case 2, 4:
		return "small"
	}
}

func main() {
	println(classify(0), classify(1), classify(9))
	switch x := 5; {
	case x > 3:
		println("big")
		fallthrough
	case x > 1:
		println("medium")
	case x > 0:
		println("small")
	}
	switch 2 {
	case f(1), f(2), f(3):
		println("found")
	}
	switch {
	}
}
