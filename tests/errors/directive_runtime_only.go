package main

// Directives only the runtime or the standard library may use, and cgo's.

//go:systemstack
func a() {}

//go:nowritebarrierrec
func b() {}

//go:uintptrkeepalive
func c() {}

//go:cgo_ldflag "-lm"

func main() {
	a()
	b()
	c()
	var x int = "not an int"
	_ = x
}
