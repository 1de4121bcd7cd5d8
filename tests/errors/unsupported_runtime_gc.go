// runtime.GC exists in gc's runtime, but gocrane's runtime has no garbage collector yet: the
// member is rejected by name, unlike one gc's runtime does not have (`undefined: runtime.X`).
package main

import "runtime"

func main() {
	runtime.GC()
}
