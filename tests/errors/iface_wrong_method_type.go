// A method with the right name but a different signature does not satisfy the interface.
package main

type Mather interface {
	Add(a, b int32) int32
}

type Adder struct{}

func (Adder) Add(x, y int64) int64 { return x + y }

func use(m Mather) {}

func main() {
	use(Adder{})
}
