package main

// Method expressions that name a declared method (T.M of a value method, (*T).M of a pointer
// method): as values and as calls, escape analysis knows the callee and uses its tags.

type T struct{ n int }

func (t T) Get() int     { return t.n }
func (t *T) Set(n int)   { t.n = n }
func (t T) Add(d int) T  { t.n += d; return t }
func (t *T) Ptr() *T     { return t }

var getter = T.Get
var sink *T

func keep(f func(*T) *T, t *T) { sink = f(t) }

func main() {
	t := T{1}
	get := T.Get
	set := (*T).Set
	set(&t, 5)
	println(get(t), getter(t))
	println(T.Get(t))
	(*T).Set(&t, 7)
	println(T.Add(t, 3).n)
	u := &T{2}
	p := (*T).Ptr
	println(p(u).n)
	v := &T{3}
	keep((*T).Ptr, v)
	w := &T{4}
	println((*T).Ptr(w).n)
}
