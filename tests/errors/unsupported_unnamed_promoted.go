package main

// A value of an unnamed struct type whose method set has promoted methods, converted to a
// non-empty interface, is outside gocrane's subset (its method tables and gc's wrappers are
// made for defined types only).

type T struct{ n int }

func (t T) Get() int { return t.n }

type Getter interface{ Get() int }

func main() {
	var g Getter = struct{ T }{T{1}}
	println(g.Get())
}
