// empty_interface.go: an `any` (interface{}) is two words, a type pointer and a data pointer.
// Converting a value to `any` must give the data word somewhere to point, and whether that costs
// a heap allocation depends on the value (runtime.MemStats.Mallocs counts them):
//   - pointers are stored directly in the data word: no allocation;
//   - bools, 1-byte integers and zero-sized values point into static data: no allocation;
//   - 2, 4 and 8-byte numbers below 256 point into runtime.staticuint64s: no allocation;
//     larger ones (and negative ones: the check is unsigned) are copied to the heap;
//   - "" and nil slices point at a shared zero value; other strings and slices get a heap
//     copy of their header;
//   - constants are compiled into read-only data: no allocation;
//   - a conversion that does not escape uses a stack temporary: no allocation.
package main

import "runtime"

type Pair struct {
	a, b int32
}

type Nothing struct{}

var sink any

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

// Each box function stores its argument in the global sink, so the conversion escapes.

//go:noinline
func boxInt(v int) { sink = v }

//go:noinline
func boxInt8(v int8) { sink = v }

//go:noinline
func boxUint16(v uint16) { sink = v }

//go:noinline
func boxFloat(v float64) { sink = v }

//go:noinline
func boxBool(v bool) { sink = v }

//go:noinline
func boxString(v string) { sink = v }

//go:noinline
func boxPair(v Pair) { sink = v }

//go:noinline
func boxNothing(v Nothing) { sink = v }

//go:noinline
func boxPointer(v *int) { sink = v }

//go:noinline
func boxSlice(v []int) { sink = v }

// describe reads the boxed value back with a type switch.
func describe(x any) {
	switch v := x.(type) {
	case int:
		println("  int", v)
	case int8:
		println("  int8", v)
	case uint16:
		println("  uint16", v)
	case float64:
		println("  float64", v)
	case bool:
		println("  bool", v)
	case string:
		println("  string", len(v), v)
	case Pair:
		println("  Pair", v.a, v.b)
	case Nothing:
		println("  Nothing")
	case *int:
		println("  *int pointing at", *v)
	case []int:
		println("  []int of length", len(v))
	default:
		println("  something else")
	}
}

func main() {
	n := 7
	var before uint64

	before = mallocs()
	boxInt(42)
	println("int 42:", mallocs()-before, "allocations")
	describe(sink)

	before = mallocs()
	boxInt(255)
	println("int 255:", mallocs()-before, "allocations")
	describe(sink)

	before = mallocs()
	boxInt(256)
	println("int 256:", mallocs()-before, "allocations")
	describe(sink)

	before = mallocs()
	boxInt(-1)
	println("int -1:", mallocs()-before, "allocations")
	describe(sink)

	before = mallocs()
	boxInt8(-100)
	println("int8 -100:", mallocs()-before, "allocations")
	describe(sink)

	before = mallocs()
	boxUint16(200)
	println("uint16 200:", mallocs()-before, "allocations")
	describe(sink)

	before = mallocs()
	boxUint16(60000)
	println("uint16 60000:", mallocs()-before, "allocations")
	describe(sink)

	before = mallocs()
	boxFloat(0)
	println("float64 0:", mallocs()-before, "allocations")
	describe(sink)

	before = mallocs()
	boxFloat(2.5)
	println("float64 2.5:", mallocs()-before, "allocations")
	describe(sink)

	before = mallocs()
	boxBool(true)
	println("bool:", mallocs()-before, "allocations")
	describe(sink)

	before = mallocs()
	boxString("")
	println("empty string:", mallocs()-before, "allocations")
	describe(sink)

	before = mallocs()
	boxString("hello")
	println("string:", mallocs()-before, "allocations")
	describe(sink)

	before = mallocs()
	boxPair(Pair{3, 4})
	println("struct Pair:", mallocs()-before, "allocations")
	describe(sink)

	before = mallocs()
	boxNothing(Nothing{})
	println("zero-sized struct:", mallocs()-before, "allocations")
	describe(sink)

	before = mallocs()
	boxPointer(&n)
	println("pointer:", mallocs()-before, "allocations")
	describe(sink)

	before = mallocs()
	boxSlice(nil)
	println("nil slice:", mallocs()-before, "allocations")
	describe(sink)

	s := []int{1, 2, 3}
	before = mallocs()
	boxSlice(s)
	println("slice:", mallocs()-before, "allocations")
	describe(sink)

	// Constants: the value is laid out in read-only data at compile time.
	before = mallocs()
	sink = 123456789
	println("constant 123456789:", mallocs()-before, "allocations")
	describe(sink)

	before = mallocs()
	sink = "a constant string"
	println("constant string:", mallocs()-before, "allocations")
	describe(sink)

	// A conversion that does not escape: the value is copied to the stack.
	big := 1 << 40
	before = mallocs()
	var local any = big
	v, ok := local.(int)
	println("local conversion:", mallocs()-before, "allocations", v, ok)

	// The same value converted many times in a loop: one allocation each time.
	before = mallocs()
	for i := 1000; i < 1010; i++ {
		boxInt(i)
	}
	println("10 large ints:", mallocs()-before, "allocations")

	before = mallocs()
	for i := 0; i < 10; i++ {
		boxInt(i)
	}
	println("10 small ints:", mallocs()-before, "allocations")
}
