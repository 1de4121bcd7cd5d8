// panic_assert_i2i.go: converting between non-empty interfaces with an assertion fails when
// the dynamic type lacks a method of the target interface.
package main

type Mather interface {
	Add(a, b int32) int32
}

type Stringer interface {
	String() string
}

type Adder struct {
	id int32
}

func (a Adder) Add(x, y int32) int32 { return x + y + a.id }

func main() {
	var m Mather = Adder{id: 2}
	s := m.(Stringer)
	println("not reached", s.String())
}
