// The runtime's zero value, pulled in with //go:linkname as the go-internals material does:
// converting a zero composite literal of up to 1024 bytes to an interface allocates nothing —
// the interface's data word points at runtime.zeroVal, a block of zeroes (gc's
// abi.ZeroValSize). A variable's value is copied to the heap, even when it is zero.
package main

import (
	"runtime"
	"unsafe"
)

//go:linkname zeroVal runtime.zeroVal
var zeroVal [1024]byte

type big struct{ a [100]int }

// eface is the runtime's layout of an empty interface.
type eface struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

//go:noinline
func box(v big) any { return v }

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var i any = big{}
	runtime.ReadMemStats(&after)
	e := (*eface)(unsafe.Pointer(&i))
	println("data word is &zeroVal:", e.data == unsafe.Pointer(&zeroVal))
	println("mallocs:", after.Mallocs-before.Mallocs, "size:", len(zeroVal), "byte 7:", zeroVal[7])

	// A variable is copied to the heap by the conversion in box.
	var v big
	runtime.ReadMemStats(&before)
	j := box(v)
	runtime.ReadMemStats(&after)
	e = (*eface)(unsafe.Pointer(&j))
	println("variable:", e.data == unsafe.Pointer(&zeroVal), after.Mallocs-before.Mallocs)
}
