package main

// Static devirtualization, constants seen through variables, self-assignments, x op= y,
// method calls as gc prints them, promoted methods through wrappers. The remarks are
// gc's (go build -gcflags='-m -l').

type Adder interface{ Add(n int) int }
type Namer interface{ Name() string }

type Calc struct{ base int }

func (c *Calc) Add(n int) int { return c.base + n }

type Val struct{ v int }

func (v Val) Add(n int) int   { return v.v + n }
func (v Val) Name() string    { return "val" }
func (v *Val) Reset()         { v.v = 0 }

type Wrap struct{ Val }

type Code int

type Pair struct {
	a, b *int
	s    []*int
}

func known(n int) int {
	var a Adder = &Calc{base: 1}
	return a.Add(n)
}

func chain(n int) int {
	v := Val{v: 2}
	var a Adder = v
	var b any = a
	if c, ok := b.(Adder); ok {
		return c.Add(n)
	}
	return 0
}

func reassigned(n int) int {
	var a Adder = Val{v: 1}
	a = &Calc{}
	return a.Add(n)
}

func constant() any {
	var c Code = 404
	big := 1 << 40
	var local any = big
	_ = local
	return c
}

func swap(p *Pair, i int) {
	p.a = p.b
	p.s[i], p.s[i+1] = p.s[i+1], p.s[i]
}

func build(vs []Val) string {
	s := ""
	for i := range vs {
		s += " " + vs[i].Name() + string(rune('a'+i))
	}
	return s
}

func promoted(w Wrap) bool {
	var n Namer = w
	var pn Namer = &w
	return n.Name() == pn.Name()
}

func main() {
	println(known(1), chain(2), reassigned(3), build([]Val{{1}, {2}}), promoted(Wrap{}))
	println(constant() != nil)
	x := 1
	swap(&Pair{a: &x, s: []*int{&x, &x}}, 0)
}
