package main

import "runtime"

// A local variable that is never reassigned nor has its address taken stands for its
// initialiser (gc's ir.StaticValue). When it is a composite literal of constants and storing
// it in an interface needs the value's address (convT, convTnoptr), gc points the data word
// at a read-only copy (main..stmp_N) or at runtime.zeroVal: no allocation.

type Big struct {
	tag  string
	n    int
	size int64
}

type Pair struct{ a, b int32 }

type Wide struct{ x int64 }

var sink any

var before, after runtime.MemStats

func start() { runtime.ReadMemStats(&before) }

func allocs() uint64 {
	runtime.ReadMemStats(&after)
	return after.Mallocs - before.Mallocs
}

//go:noinline
func staticArray() {
	arr := [3]int{7, 8, 9}
	sink = arr
}

//go:noinline
func staticStruct() {
	big := Big{tag: "big", n: 2}
	sink = big
}

//go:noinline
func zeroArray() {
	z := [4]int{}
	sink = z
}

//go:noinline
func nested() {
	ps := [2]Pair{{1, 2}, {3, 4}}
	sink = ps
}

//go:noinline
func reassigned() {
	arr := [3]int{7, 8, 9}
	arr = [3]int{1, 2, 3}
	sink = arr
}

//go:noinline
func fieldAssigned() {
	arr := [3]int{7, 8, 9}
	arr[1]++
	sink = arr
}

//go:noinline
func addressTaken() {
	arr := [3]int{7, 8, 9}
	p := &arr
	p[0] = 1
	sink = arr
}

//go:noinline
func notConstant(n int) {
	arr := [3]int{n, 8, 9}
	sink = arr
}

//go:noinline
func eightBytes() {
	w := Wide{500}
	sink = w
}

func main() {
	start()
	staticArray()
	println(allocs(), sink.([3]int)[2])
	start()
	staticStruct()
	println(allocs(), sink.(Big).tag)
	start()
	zeroArray()
	println(allocs(), sink.([4]int)[3])
	start()
	nested()
	println(allocs(), sink.([2]Pair)[1].b)
	start()
	reassigned()
	println(allocs(), sink.([3]int)[0])
	start()
	fieldAssigned()
	println(allocs(), sink.([3]int)[1])
	start()
	addressTaken()
	println(allocs(), sink.([3]int)[0])
	start()
	notConstant(5)
	println(allocs(), sink.([3]int)[0])
	start()
	eightBytes()
	println(allocs(), sink.(Wide).x)
}
