package main

type Adder struct{ id int32 }

func (a Adder) Add(x, y int32) int32 { return x + y + a.id }
func (a Adder) Sub(x, y int32) int32 { return x - y }

type Mather interface {
	Add(x, y int32) int32
	Sub(x, y int32) int32
}

var sink Mather

func main() {
	sink = Adder{id: 1}
}
