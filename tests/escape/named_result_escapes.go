package main

// A named result is the result parameter itself: what is returned flows into it. When it
// escapes (its address is stored), a parameter returned through it leaks to the heap, not to
// the result; a literal that changes a named result captures it by reference.

var keep **int

func viaEscaping(p *int) (r *int) {
	keep = &r
	return p
}

func viaAssignment(p *int) (r *int) {
	r = p
	return
}

func viaLiteral() (n int) {
	inc := func() { n++ }
	inc()
	inc()
	return
}

func main() {
	x := 1
	println(*viaEscaping(&x), *viaAssignment(&x), viaLiteral())
}
