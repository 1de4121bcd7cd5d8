// unnamed_type_methods.go: method values and method expressions of unnamed types.
//
// A method value x.M of an interface needs gc's `-fm` wrapper, and a method expression I.M
// a wrapper taking the receiver first. For a named interface they are main.I.M-fm and
// main.I.M; an unnamed type has no package, so gc names them after the type's LinkString in
// the `go:` namespace, the method qualified when unexported:
//
//	go:interface { Get() int }.Get-fm     x.Get
//	go:interface { Get() int }.Get        interface{ Get() int }.Get
//	go:struct { main.Inner }.Name         struct{ Inner }.Name (promoted through Inner)
//
// (`gocrane build -S` lists them; `gocrane nm` shows the symbols.)
package main

type T struct{ n int }

func (t T) Get() int      { return t.n }
func (t *T) Set(n int)     { t.n = n }
func (t T) describe() string { return "T" }

type Inner struct{ s string }

func (i Inner) Name() string     { return i.s }
func (i *Inner) Rename(s string) { i.s = s }

var sink func() int

func main() {
	// Method values: the funcval carries the interface value; calling it calls Get through
	// the itab. Stored in a global, the funcval escapes.
	var x interface{ Get() int } = T{3}
	f := x.Get
	sink = x.Get
	println(f(), sink())

	// Method expressions: the receiver is the first argument.
	var y interface {
		Get() int
		Set(int)
	} = &T{4}
	set := y.Set
	set(9)
	println(y.Get(), interface{ Get() int }.Get(y))
	h := interface {
		Get() int
		Set(int)
	}.Set
	h(y, 11)
	println(y.Get(), interface{ describe() string }.describe(T{}))

	// Promoted methods of unnamed struct types.
	name := struct{ Inner }.Name
	println(name(struct{ Inner }{Inner{"in"}}))
	rename := (*struct{ *Inner }).Rename
	v := &struct{ *Inner }{&Inner{"a"}}
	rename(v, "b")
	println(v.Name())
}
