// typeswitch.go: asmcheck of type switches. With five or more distinct concrete types gc
// indexes a jump table by a bit window of the type hash in which no two cases collide; for
// these six types that window is the low 4 bits (gc: `ANDL $15, CX; JMP (DX)(CX*8)`). gocrane's
// table is Cranelift's `br_table`, inline after the `JMP`, one 4-byte entry per slot.
// Interface cases make one runtime.interfaceSwitch call, after gc's inline probe of the
// descriptor's cache (24-byte entries {Typ, Case, Itab}).
package main

type P struct{ x, y int }

type Sizer interface{ Size() int }

func (p P) Size() int { return 2 }

//go:noinline
func sw(x any) int {
	switch x.(type) { // amd64:"MOVL\t\$15, ","ANDL\t16\(","JMP\t[A-Z][A-Z0-9]*$","LONG" arm64:"ANDW\t\$15, ","JMP\t\(R\d+\)","WORD"
	case int:
		return 1
	case string:
		return 2
	case float64:
		return 3
	case P:
		return 4
	case *P:
		return 5
	case []byte:
		return 6
	}
	return 0
}

//go:noinline
func few(x any) int {
	switch x.(type) { // amd64:-"LONG" arm64:-"WORD"
	case int:
		return 1
	case string:
		return 2
	}
	return 0
}

//go:noinline
func ifaces(x any) int {
	switch x.(type) { // amd64:"IMUL3Q\t\$24","CALL\truntime\.interfaceSwitch\(SB\)" arm64:"CALL\truntime\.interfaceSwitch\(SB\)"
	case Sizer:
		return 1
	case error:
		return 2
	}
	return 0
}

func main() {
	println(sw(1), sw("a"), sw(2.0), sw(P{}), sw(&P{}), sw([]byte{}), sw(true))
	println(few(1), few("a"), few(1.5), ifaces(P{}), ifaces(1))
}
