package ÿmain

// A byte that is not UTF-8 in the package clause: the go command reports the first one.
func main() {
	x := "ÿ"
	_ = x
}
