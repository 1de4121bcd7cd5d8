// Escape analysis of defer statements: a top-level defer's function and the values its
// wrapper captures last until the function returns but do not escape; in a loop they go to
// the heap with the defer record. (Not here: a deferred call with a composite literal
// argument, which gc builds inside the wrapper and gocrane before the defer — same decisions,
// remarks in another order.)
package main

type T struct{ n int }

func (t *T) Inc()      { t.n++ }
func (t T) Get() int   { return t.n }
func keep(p *int)      { sink = p }
func look(p *int) int  { return *p }
func show(xs ...int)   { println(len(xs)) }

type Getter interface{ Get() int }

var sink *int

func topLevel(g Getter) {
	x := 1
	defer look(&x)
	y := 2
	defer keep(&y)
	t := T{3}
	defer t.Inc()
	defer show()
	defer g.Get()
	defer func() { x++ }()
}

func inLoop(n int) {
	for i := 0; i < n; i++ {
		x := i
		defer look(&x)
		defer func() { println(i) }()
		t := &T{i}
		defer t.Inc()
	}
}

func withRecover() (err any) {
	defer func() { err = recover() }()
	p := new(int)
	defer look(p)
	panic(p)
}

func main() {
	topLevel(T{})
	inLoop(2)
	_ = withRecover()
}
