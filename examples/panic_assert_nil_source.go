// panic_assert_nil_source.go: a concrete-type assertion on a nil non-empty interface names
// the interface type and says it is nil.
package main

type Mather interface {
	Add(a, b int32) int32
}

type Adder struct {
	id int32
}

func (a Adder) Add(x, y int32) int32 { return x + y + a.id }

//go:noinline
func find(ok bool) Mather {
	if ok {
		return Adder{}
	}
	return nil
}

func main() {
	a := find(true).(Adder)
	println("found", a.id)
	a = find(false).(Adder)
	println("not reached", a.id)
}
