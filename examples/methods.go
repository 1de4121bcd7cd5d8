// methods.go: methods with value receivers (they get a copy) and pointer receivers (they can
// modify the caller's variable). Go takes the address or dereferences automatically when the
// receiver is addressable.
package main

type Counter struct {
	name string
	n    int
}

// Value receiver: c is a copy, so the increment is lost when the method returns.
func (c Counter) IncCopy() {
	c.n++
}

// Pointer receiver: c points at the caller's Counter.
func (c *Counter) Inc() {
	c.n++
}

func (c Counter) Get() int {
	return c.n
}

func (c *Counter) Reset(name string) {
	c.name = name
	c.n = 0
}

// Methods can be declared on any named type, not just structs.
type Celsius float64

func (c Celsius) Fahrenheit() float64 {
	return float64(c)*9/5 + 32
}

type Money int

func (m Money) Add(other Money) Money { return m + other }

func main() {
	c := Counter{name: "clicks"}
	c.IncCopy()
	println(c.name, "after IncCopy:", c.Get())
	c.Inc() // Go calls (&c).Inc()
	c.Inc()
	println(c.name, "after two Inc:", c.Get())

	p := &c
	p.Inc()               // pointer receiver through a pointer
	println(p.Get(), c.n) // value receiver through a pointer: Go calls (*p).Get()

	p.Reset("taps")
	println(c.name, c.n)

	var boiling Celsius = 100
	println(boiling.Fahrenheit())

	var wallet Money = 40
	println(wallet.Add(2).Add(-10))
}
