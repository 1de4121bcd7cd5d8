// What package runtime tells about the target and the processor: GOOS and GOARCH are
// constants (arm64 programs say arm64), Version is gc's release, GOMAXPROCS returns the
// previous setting, and gocrane runs one goroutine.
package main

import "runtime"

const onARM = runtime.GOARCH == "arm64"

func main() {
	println(runtime.GOOS, runtime.GOARCH, runtime.Compiler, runtime.Version(), onARM)
	println(runtime.NumCPU() >= 1, runtime.NumGoroutine())
	prev := runtime.GOMAXPROCS(3)
	println(prev >= 1, runtime.GOMAXPROCS(0), runtime.GOMAXPROCS(-1))
	runtime.Gosched()
	var x [4]int
	runtime.KeepAlive(&x)
	println("done")
}
