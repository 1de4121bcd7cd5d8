package main

// A conversion of a call's result that a conversion to an interface then boxes: gc places
// the []byte conversion at its operand's position (the call's `(`) and the boxing at the
// conversion's own `(`, both named by the conversion, whether the call is a function, a
// method or an interface method.

type Word struct{ s string }

func (w Word) Name() string { return w.s }

type Namer interface{ Name() string }

var sink any

func name() string { return "x" }

func method() {
	w := Word{"b"}
	sink = []byte(w.Name())
}

func function() {
	sink = []byte(name())
}

func iface(n Namer) {
	sink = []byte(n.Name())
	sink = []rune(n.Name())
}

func main() {
	method()
	function()
	iface(Word{})
}
