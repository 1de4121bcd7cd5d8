// panic_assert_iface_concrete.go: the source can be a non-empty interface; then the message
// names it. Adder and *Adder are different dynamic types.
package main

type Mather interface {
	Add(a, b int32) int32
}

type Adder struct {
	id int32
}

func (a Adder) Add(x, y int32) int32 { return x + y + a.id }

func main() {
	var m Mather = Adder{id: 1}
	println(m.Add(1, 2))
	p := m.(*Adder)
	println("not reached", p.id)
}
