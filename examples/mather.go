// mather.go: an interface value holds a concrete value and calls its methods dynamically.
// Adder has value-receiver methods, so both Adder and *Adder implement Mather; a call through
// the interface goes through the itab's method table (go:itab.main.Adder,main.Mather).
package main

type Mather interface {
	Add(a, b int32) int32
	Sub(a, b int64) int64
}

type Adder struct {
	id int32
}

//go:noinline
func (adder Adder) Add(a, b int32) int32 {
	return a + b + adder.id
}

//go:noinline
func (adder Adder) Sub(a, b int64) int64 {
	return a - b - int64(adder.id)
}

// use knows nothing about Adder: it sees only the method set of Mather.
//
//go:noinline
func use(m Mather, x int32) int64 {
	return int64(m.Add(x, 10)) + m.Sub(100, int64(x))
}

func main() {
	m := Mather(Adder{id: 6754})
	println(m.Add(10, 32))
	println(m.Sub(10, 32))

	// A pointer to Adder has the value methods too (through compiler-generated wrappers).
	a := Adder{id: 1}
	var mp Mather = &a
	println(mp.Add(1, 2), mp.Sub(1, 2))
	a.id = 100 // mp points at a: it sees the change; m holds its own copy
	println(mp.Add(1, 2), m.Add(1, 2))

	println(use(Adder{id: 0}, 5), use(&a, 5))

	// The interface can be reassigned to a different dynamic value.
	ms := []Mather{Adder{id: 1}, Adder{id: 2}, &a}
	total := int32(0)
	for _, x := range ms {
		total += x.Add(0, 0)
	}
	println("total", total)
}
