// A value whose type lacks one of the interface's methods cannot be assigned to it.
package main

type Mather interface {
	Add(a, b int32) int32
	Sub(a, b int64) int64
}

type Adder struct{ id int32 }

func (a Adder) Add(x, y int32) int32 { return x + y }

func main() {
	var m Mather = Adder{id: 1}
	println(m.Add(1, 2))
}
