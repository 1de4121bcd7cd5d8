// panic_assert_nil.go: asserting a concrete type on a nil interface panics: there is no
// dynamic type, and the message says so.
package main

//go:noinline
func get() any {
	return nil
}

func main() {
	x := get()
	println("x == nil:", x == nil)
	n := x.(int)
	println("not reached", n)
}
