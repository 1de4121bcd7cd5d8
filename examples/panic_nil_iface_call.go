// panic_nil_iface_call.go: calling a method on a nil interface reads the method from a nil
// itab, which faults: a nil pointer dereference panic.
package main

type Speaker interface {
	Speak() string
}

type Dog struct{}

func (Dog) Speak() string { return "woof" }

//go:noinline
func talk(s Speaker) string {
	return s.Speak()
}

func main() {
	println(talk(Dog{}))
	var s Speaker
	println(talk(s))
}
