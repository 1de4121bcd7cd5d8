// panic_struct.go: a panic value of a struct type cannot be printed as text: the runtime
// prints the type and the address of the value (0x... differs from run to run and compiler to
// compiler; the recording hides it).
package main

type S struct {
	a, b int
}

func main() {
	panic(S{1, 2})
}
