// panic_assert_missing.go: asserting an interface type the dynamic type does not implement
// panics, naming the first method (in sorted order) that it lacks.
package main

type I interface {
	L()
	M()
}

type T struct{}

func (T) L() {}

func main() {
	var x any = T{}
	_, ok := x.(I)
	println("comma-ok:", ok)
	i := x.(I)
	println("not reached", i != nil)
}
