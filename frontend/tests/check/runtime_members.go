// gocrane-specific: package runtime offers MemStats, ReadMemStats, KeepAlive, GOOS, GOARCH, …; the
// other members of gc's runtime are rejected by name (gc accepts runtime.GC), and names gc's runtime
// does not have are undefined. The unsafe errors are gc's.
package main

import (
	"runtime"
	"unsafe"
)

type S struct {
	a int8
	b int64
}

func main() {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(m)
	_ = m.Foo
	_ = unsafe.Offsetof(S{}.c)
	_ = unsafe.Offsetof(m)
	var p *int
	_ = (*float64)(p)
	_ = (*float64)(unsafe.Pointer(p))
	_ = runtime.Stack
	runtime.KeepAlive(p, p)
	runtime.Nope()
}
