// Methods with pointer receivers are in the method set of *T only: a T value does not
// implement an interface that needs them.
package main

type Mather interface {
	Add(a, b int32) int32
}

type Calculator struct{ acc int32 }

func (c *Calculator) Add(x, y int32) int32 { return x + y }

func main() {
	var m Mather = Calculator{}
	println(m.Add(1, 2))
}
