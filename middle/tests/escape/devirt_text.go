package main

// Allocation-site texts after devirtualization name the direct call as gc does (remarks
// checked equal to go build -gcflags='-m -l').

type Adder interface{ Add(n int) string }
type Calc struct{ base int }

func (c *Calc) Add(n int) string { return "c" }

type Val struct{ v int }

func (v Val) Add(n int) string { return "v" }

type Wrap struct{ Val }
type Deep struct{ *Wrap }

func direct(n int) string {
	var a Adder = &Calc{base: 1}
	var b Adder = Val{}
	var p Adder = &Val{}
	return a.Add(n) + b.Add(1) + p.Add(2)
}

func promoted(w Wrap, d Deep) string {
	var n Adder = w
	var pn Adder = &w
	var dn Adder = d
	return n.Add(1) + pn.Add(2) + dn.Add(3)
}

func main() { println(direct(1), promoted(Wrap{}, Deep{&Wrap{}})) }
