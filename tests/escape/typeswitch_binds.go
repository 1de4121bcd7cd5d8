package main

// A type switch's clause variable is the switched value asserted to the clause's type (gc's
// dotType): a type without pointers (int) takes nothing from it, a pointer-shaped type (*Box)
// or an interface takes the data word, any other type what the data word points to.
// Found by tests/difftest.rs.

type Box struct {
	w, h int
	tag  string
}

type Pt struct{ p *int }

var sink any

func noPointers(g int) int {
	acc := 0
	var e any = &Box{w: g, h: 2, tag: "x"}
	switch v := e.(type) {
	case int:
		acc += v
	}
	return acc
}

func valueWithPointers(g int) {
	var e any = &Box{w: g}
	switch v := e.(type) {
	case Pt:
		sink = v.p
	}
}

func pointerShaped(g int) {
	var e any = &Box{w: g}
	switch v := e.(type) {
	case *Box:
		sink = v
	}
}

// The clause variables are declared at the switch, inside the loop with what they hold.
func inLoop(b int) int {
	acc := 0
	for i := 0; i < 3; i++ {
		var e any = Box{w: b, h: i}
		switch v := e.(type) {
		case nil:
		case int:
			acc += v
		}
	}
	return acc
}

func main() {
	println(noPointers(3))
	valueWithPointers(4)
	pointerShaped(5)
	println(inLoop(6))
}
