package main

// Directives that are not flags: gc checks how many arguments each has while parsing, and
// an embed that no variable takes is misplaced. Type checking goes on after these.

//go:linkname a b c d
func a() {}

//go:embed
var s string

//go:wasmimport onlymodule
func w() {}

func main() {
	//go:embed pattern
	println(s)
	var n int = "not an int"
	_ = n
	a()
	w()
}
