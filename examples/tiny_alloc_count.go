package main

// Mallocs counts every object, tiny ones too: 999 int64s (0 is staticuint64s[0]), then 1000
// int16 Celsius values of which the 86 below 256 are staticuint64s entries. The int16 reaches
// runtime.convT16 straight from a 16-bit multiply: the call must widen it.

import "runtime"

type Celsius int16

var sink any

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 1000; i++ {
		sink = int64(i * 1000)
	}
	runtime.ReadMemStats(&after)
	println(after.Mallocs - before.Mallocs)
	runtime.ReadMemStats(&before)
	for i := 0; i < 1000; i++ {
		sink = Celsius(i * 3)
	}
	runtime.ReadMemStats(&after)
	println(after.Mallocs - before.Mallocs)
}
