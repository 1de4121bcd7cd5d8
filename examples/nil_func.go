// nil_func.go: calling a nil func value loads the code address through a nil pointer, so it
// fails as a nil dereference does: gc's "invalid memory address or nil pointer dereference"
// panic, exit status 2.
package main

type Handler func(int) int

type Server struct {
	name   string
	handle Handler
}

func double(n int) int { return 2 * n }

func main() {
	servers := []Server{{"a", double}, {"b", nil}}
	for _, s := range servers {
		println(s.name, s.handle != nil)
	}
	println(servers[0].handle(21))
	println(servers[1].handle(21))
}
