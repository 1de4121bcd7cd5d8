package main

// A directive a declaration takes but does not allow is reported only once the package
// type-checks (gc's unified IR writer checks it): a flag before a var, const or type.

//go:noinline
var v int

//go:embed file.txt
var content string

const (
	//go:nosplit
	c = 1
)

//go:build ignore
func main() {
	//go:noinline
	type T int
	_ = T(v + c)
	_ = content
}
