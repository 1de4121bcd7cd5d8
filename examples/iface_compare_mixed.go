package main

// Comparing interfaces of different interface types: gc converts one operand to the other's
// type first (the one assignable to the other's), so the comparison sees the same type words.

type E struct{ code int }

func (e *E) Error() string { return "E" }

type Reader interface{ Read() int }

type ReadWriter interface {
	Read() int
	Write(int)
}

type dev struct{ n int }

func (d *dev) Read() int   { return d.n }
func (d *dev) Write(n int) { d.n = n }

type Named interface{ Read() int }

func main() {
	p := &E{1}
	var e error = p
	var a any = e
	println(a == e, e == a, a == any(e), a != e)

	var other error = &E{1}
	println(a == other, other == a)

	d := &dev{3}
	var r Reader = d
	var rw ReadWriter = d
	println(r == rw, rw == r, r != rw)

	var n Named = d
	println(n == r, r == n)

	var nilErr error
	var nilAny any
	println(nilErr == nilAny, nilAny == nilErr)
	nilAny = 0
	println(nilErr == nilAny)
}
