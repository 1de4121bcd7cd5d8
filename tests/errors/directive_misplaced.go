package main

// gc's parser keeps a //go: directive for the declaration that follows it; one that a
// statement or the end of a block meets instead is misplaced, and so is one that does not
// stand on a line of its own. These are reported while parsing, so type errors follow.

func f() int {
	//go:noinline
	x := 1
	//go:noinline	(the verb ends at a space only: this one has no flag)
	return x //go:nosplit
	//go:norace
}

//go:noinline
func g() {} // allowed: a function's directive

func main() {
	var s string = f()
	_ = s
	//go:unknownverb is not a flag: no error
	g()
}
