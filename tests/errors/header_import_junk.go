package main

// The go command reads the imports itself (go/build, then go/parser) and reports the first
// error there in go/parser's words; gc never runs.
import (
	"runtime" x
	"unsafe" [
)

func main() {
	runtime.GC()
	_ = unsafe.Sizeof(0)
}
