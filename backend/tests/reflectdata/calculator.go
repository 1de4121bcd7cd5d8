package main

// Pointer methods; an interface made of two embedded interfaces.
type Calculator struct {
	acc  int
	name string
}

func (c *Calculator) Add(x int) int { c.acc += x; return c.acc }
func (c *Calculator) Sub(x int) int { c.acc -= x; return c.acc }
func (c *Calculator) reset()        { c.acc = 0 }

type Adder interface{ Add(x int) int }
type Suber interface{ Sub(x int) int }
type AddSuber interface {
	Adder
	Suber
}

var sink AddSuber
var sink2 Adder

func main() {
	c := &Calculator{name: "c"}
	sink = c
	sink2 = c
	c.reset()
}
