// panic_assert_nil_iface.go: asserting an interface type on a nil interface panics with
// "interface is nil" (the message does not name the source interface type).
package main

type I interface {
	M()
}

//go:noinline
func get() any {
	return nil
}

func main() {
	i := get().(I)
	println("not reached", i != nil)
}
