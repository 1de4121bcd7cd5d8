package main

// Dead code inside function literals is dropped as in any function body (gc's noder): no
// remark for the allocations under `if false`, after `return`, under a false constant.

type T struct{ a int }

var sink *T

func main() {
	f := func() {
		if false {
			sink = &T{1}
		}
		return
		sink = &T{2}
	}
	f()
	var g = func() *T {
		const debug = false
		if debug {
			return &T{3}
		}
		return nil
	}
	println(g() == nil)
}
