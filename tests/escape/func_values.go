package main

// Calls through func values. gc's escape analysis resolves the functions a func value can be
// (a local assigned only top-level functions, through conversions); an argument then flows
// as their parameter tags say. A parameter, a global, a field or a call's result is an
// unknown callee: the arguments go to the heap.

type T struct{ n int }

type Visit func(*T)

var sink *T

func keep(t *T) { sink = t }

func look(t *T) {}

func look2(t *T) { _ = t.n }

var hook = look

//go:noinline
func apply(f func(*T), t *T) { f(t) }

func byParam() {
	var a T
	apply(look, &a)
}

func staticLocal() {
	var b, c T
	f := look
	f(&b)
	g := keep
	g(&c)
}

func converted() {
	var d T
	v := Visit(look)
	v(&d)
}

func assignedTwice(cond bool) {
	var e T
	h := look
	if cond {
		h = look2
	}
	h(&e)
}

func assignedMixed(cond bool) {
	var f T
	h := look
	if cond {
		h = keep
	}
	h(&f)
}

func zeroThenAssigned() {
	var g T
	var h func(*T)
	h = look
	h(&g)
}

func global() {
	var h T
	hook(&h)
}

type Holder struct{ fn func(*T) }

func field(x Holder) {
	var i T
	x.fn(&i)
}

func pick() func(*T) { return look }

func result() {
	var j T
	pick()(&j)
}

func inIface() any {
	return look
}

func inSlice() {
	fs := []func(*T){look, keep}
	var k T
	fs[0](&k)
}

func same(t *T) *T { return t }

func returns(f func(t *T) *T) *T {
	var l T
	return f(&l)
}

func main() {
	byParam()
	staticLocal()
	converted()
	assignedTwice(true)
	assignedMixed(false)
	zeroThenAssigned()
	global()
	field(Holder{look})
	result()
	_ = inIface()
	inSlice()
	_ = returns(same)
}
