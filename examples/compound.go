// compound.go: interfaces built from other interfaces. Mather embeds Adder and Subber, so its
// method set is the union {Add, Sub}. *Calculator implements Mather with pointer-receiver
// methods, so only a *Calculator (not a Calculator) can be stored in a Mather.
package main

type Adder interface {
	Add(a, b int32) int32
}

type Subber interface {
	Sub(a, b int32) int32
}

type Mather interface {
	Adder
	Subber
}

type Calculator struct {
	id  int32
	ops int
}

func (c *Calculator) Add(a, b int32) int32 {
	c.ops++
	return a + b + c.id
}

func (c *Calculator) Sub(a, b int32) int32 {
	c.ops++
	return a - b - c.id
}

// A Mather can be used wherever an Adder or a Subber is wanted: the conversion between
// interfaces keeps the same dynamic value.
func addTwice(a Adder, x int32) int32 {
	return a.Add(x, x)
}

func subOnce(s Subber, x int32) int32 {
	return s.Sub(x, 1)
}

func main() {
	c := &Calculator{id: 1}
	var m Mather = c
	println(m.Add(10, 32), m.Sub(10, 32))
	println(addTwice(m, 4), subOnce(m, 4))
	println("operations:", c.ops)

	var a Adder = m
	println(a.Add(1, 1))

	// An Adder can be turned back into a Mather with a type assertion.
	if m2, ok := a.(Mather); ok {
		println("a is a Mather too:", m2.Sub(5, 5))
	}
	println("operations:", c.ops)
}
