// panic_uncomparable.go: interfaces can always be compared at compile time, but when both hold
// the same uncomparable dynamic type (a slice here) the comparison panics at run time.
package main

func main() {
	var a, b any = 1, "x"
	println("different types compare fine:", a == b)
	a, b = []int{1}, "x"
	println("slice and string:", a == b)
	a, b = []int{1}, []int{1}
	println("not reached", a == b)
}
