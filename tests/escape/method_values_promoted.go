package main

// Method values of promoted methods (named after the embedded fields: `o.Inner.Val`), through
// embedded pointers and interfaces, with several results and variadic parameters, in loops.

type Inner struct{ v int }

func (in Inner) Val() int          { return in.v }
func (in *Inner) Set(v int)        { in.v = v }
func (in *Inner) Pair(a, b int) (int, int) { return a + in.v, b + in.v }
func (in Inner) Sum(xs ...int) int {
	s := in.v
	for _, x := range xs {
		s += x
	}
	return s
}

type Outer struct {
	Inner
	name string
}

type PtrOuter struct {
	*Inner
}

type Getter interface{ Val() int }

type Holder struct {
	Getter
}

var keep []func() int

func nilIface() {
	defer0()
}

func defer0() {}

func main() {
	o := Outer{Inner{1}, "o"}
	val := o.Val
	set := o.Set
	set(5)
	println(val(), o.v)
	po := PtrOuter{&Inner{2}}
	pv := po.Val
	po.Set(9)
	println(pv(), po.v)
	pair := o.Pair
	a, b := pair(10, 20)
	println(a, b)
	sum := o.Sum
	println(sum(1, 2, 3), sum())
	h := Holder{Inner{3}}
	hv := h.Val
	println(hv())
	for i := 0; i < 3; i++ {
		in := &Inner{i}
		keep = append(keep, in.Val)
	}
	for _, f := range keep {
		println(f())
	}
	var g Getter
	defer1(g)
}

func defer1(g Getter) {
	f := g.Val
	println(f())
}
