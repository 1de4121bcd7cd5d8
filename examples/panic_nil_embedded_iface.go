package main

// A call through an interface that is nil where the compiler can see it (a zero struct's
// embedded interface, never assigned): gc checks the itab explicitly, so the fault is at
// address 0 (addr=0x0), not at the method's slot in the itab (0x18) as for a nil parameter.

type W interface{ Write() }

type L struct{ W }

func main() {
	var l L
	l.Write()
}
