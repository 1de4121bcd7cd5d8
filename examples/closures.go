// closures.go: function literals and the variables they capture. A closure's value is a
// pointer to a funcval: the literal's code address (main.counter.func1 is a function of its
// own), then each captured variable — its value when it is never reassigned after the
// capture (and is at most 128 bytes), otherwise its address. Escape analysis decides, and
// `gocrane build -m` says where each funcval and each captured variable lives:
//
//	closures.go:24:2: moved to heap: n              (counter's n outlives the call)
//	closures.go:25:9: func literal escapes to heap  (the funcval is returned)
package main

import (
	"runtime"
	"unsafe"
)

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

// counter's n is incremented by the closure: captured by reference.
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

// adder's a is never reassigned: captured by value, copied into the funcval.
func adder(a int) func(int) int {
	return func(b int) int { return a + b }
}

// each calls f for every element; f does not escape, so neither does a literal passed here.
func each(xs []int, f func(int)) {
	for _, x := range xs {
		f(x)
	}
}

// funcval is gc's layout of a closure capturing one int by value.
type funcval struct {
	code uintptr
	a    int
}

func main() {
	next := counter()
	println("counter:", next(), next(), next())
	other := counter()
	println("another counter starts again:", other())

	add5 := adder(5)
	println("add5(10) =", add5(10))
	fv := *(**funcval)(unsafe.Pointer(&add5))
	println("the funcval holds a =", fv.a)

	// A literal that does not escape lives in the frame: summing allocates nothing.
	sum := 0
	before := mallocs()
	each([]int{1, 2, 3, 4}, func(x int) { sum += x })
	println("sum =", sum, "allocations:", mallocs()-before)

	// Go 1.22: each iteration has its own i, so every closure sees its own value.
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()

	// A literal called where it stands, and recursion through a captured variable.
	var fib func(int) int
	fib = func(k int) int {
		if k < 2 {
			return k
		}
		return fib(k-1) + fib(k-2)
	}
	println("fib(15) =", func() int { return fib(15) }())

	// Called where it stands, a literal gets its captures as arguments: total's address, i's
	// value (gc's directClosureCall; no funcval is made).
	total := 0
	for i := 1; i <= 4; i++ {
		func() { total += i }()
	}
	println("total =", total)

	// A literal that captures nothing is read-only data, like a top-level function.
	hello := func() string { return "hello" }
	println(hello(), unsafe.Sizeof(hello))
}
