package main

// A package-level literal passed to a call runs in main.init and gets its remark; one in a
// struct literal or &struct literal is static data and gets none.

func apply(f func() int) int { return f() }

var r = apply(func() int { return 1 })
var s = struct{ f func() int }{func() int { return 2 }}
var p = &struct{ f func() int }{func() int { return 3 }}

func main() {
	println(r, s.f(), p.f())
}
