// gocrane-specific: package runtime offers MemStats, ReadMemStats and KeepAlive only; other
// members are undefined (gc would accept runtime.GC). The unsafe errors are gc's.
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
	_ = runtime.NumGoroutine
	runtime.KeepAlive(p, p)
}
