package main

type Inner struct{ v int }

func (p *Inner) Inc() { p.v++ }
func (p Inner) Get() int { return p.v }

type Mid struct{ *Inner }
type Outer struct {
	Mid
	n int
}

type Getter interface{ Get() int }

func main() {
	o := Outer{Mid{&Inner{1}}, 2}
	o.Inc()
	println(o.Get(), o.v, o.n)
	var g Getter = o
	switch t := g.(type) {
	case Outer:
		println(t.n)
	case nil:
	}
	println(g.Get())
}
