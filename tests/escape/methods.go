// Escape analysis of methods called through interfaces: the callee is unknown, so arguments
// and the receiver leak; a call whose dynamic type is known at compile time is devirtualized
// and analysed as a direct call.
package main

type Adder interface {
	Add(p *int) int
}

type Counter struct {
	total int
}

func (c *Counter) Add(p *int) int {
	c.total += *p
	return c.total
}

type Keeper struct {
	kept []*int
}

func (k *Keeper) Add(p *int) int {
	k.kept = append(k.kept, p)
	return len(k.kept)
}

func through(a Adder, n int) int {
	return a.Add(&n)
}

func direct(c *Counter, n int) int {
	return c.Add(&n)
}

func known(n int) int {
	var a Adder = &Counter{}
	return a.Add(&n)
}

type Stringer interface {
	String() string
}

type Name struct {
	first, last string
}

func (n Name) String() string {
	return n.first + " " + n.last
}

func show(s Stringer) string {
	return s.String()
}

func main() {
	c := &Counter{}
	println(through(c, 1), direct(c, 2), known(3))
	k := &Keeper{}
	println(through(k, 4))
	println(show(Name{"ada", "lovelace"}))
}
