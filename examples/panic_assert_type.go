// panic_assert_type.go: a single-result type assertion to the wrong concrete type panics with
// a runtime.TypeAssertionError naming the interface, the dynamic type and the wanted type.
package main

type T struct {
	n int
}

func main() {
	var x any = T{1}
	t := x.(T)
	println("T:", t.n)
	n := x.(int)
	println("not reached", n)
}
