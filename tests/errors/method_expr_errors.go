package main

// types2's errors for method expressions: a pointer method through the value type, a field
// through a type, a method that does not exist, an interface behind a pointer.

type T struct{ n int }

func (t *T) Set(n int) { t.n = n }

type I interface{ Get() int }

func main() {
	_ = T.Set
	_ = T.n
	_ = T.Nope
	_ = (*I).Get
}
