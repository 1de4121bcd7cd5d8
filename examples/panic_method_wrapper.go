// panic_method_wrapper.go: *T has all of T's value methods, through wrappers the compiler
// generates (main.(*T).Get here). A wrapper must copy *p to call the value method, so when the
// pointer stored in the interface is nil it panics with a message naming the method.
package main

type Getter interface {
	Get() int
}

type Val struct {
	n int
}

func (v Val) Get() int { return v.n }

// call sees only a Getter, so the call goes through the itab to the wrapper.
//
//go:noinline
func call(g Getter) int {
	return g.Get()
}

func main() {
	var p *Val
	var g Getter = p // an interface holding a nil *Val is not a nil interface
	println("g is nil?", g == nil)
	println(call(Val{n: 1}))
	println(call(g))
}
