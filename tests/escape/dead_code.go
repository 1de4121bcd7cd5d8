// gc's noder never compiles code under a constant-false condition, the other clauses of a
// switch on a constant, or statements after a return or panic: none of it gets a remark.
package main

var sink interface{}

func f() bool { sink = 5; return true }

const debug = false

func g(x int) int {
	switch {
	case debug:
		sink = x
	}
	switch 3 {
	case 1:
		sink = 1.5
	case 3:
		sink = 2.5
	default:
		sink = 3.5
	}
	if f() && false {
		sink = 4.5
	}
	if false && f() {
		sink = 5.5
	}
	for x < 0 || true {
		break
	}
	if x > 0 {
		return 1
	} else {
		panic("no")
	}
	sink = 6.5
	return 0
}

func main() {
	println(g(1))
	{
		return
	}
	sink = 7.5
}

// gc decides whether a block terminates from its last non-empty statement as written, even
// when that statement is dropped: `sink = 9.5` after the if/else below is compiled.
func asWritten(x int) {
	{
		return
		sink = 8.25
	}
	sink = 8.5
	if x > 0 {
		return
	} else {
		panic("p")
		sink = 9.25
	}
	sink = 9.5
}

func emptyAfterReturn() {
	{
		return
		;
	}
	sink = 10.5
}

func constantElse(x int) {
	if x > 0 {
		return
	} else if true {
		panic("q")
	}
	sink = 11.5
}
