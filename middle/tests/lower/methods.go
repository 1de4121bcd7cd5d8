// Method calls: receivers get & or * as needed; promoted methods go through embedded fields.
package main

type Counter struct {
	name string
	n    int
}

func (c Counter) Get() int { return c.n }

func (c *Counter) Inc() { c.n++ }

type Named struct {
	Counter
	tag string
}

type Boxed struct {
	*Counter
}

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

func main() {
	c := Counter{name: "c"}
	c.Inc()
	p := &c
	p.Inc()
	println(c.Get(), p.Get())
	n := Named{tag: "t"}
	n.Inc()
	println(n.Get(), n.n)
	b := Boxed{&c}
	b.Inc()
	println(b.Get())
	var t Celsius = 100
	println(t.F())
}
