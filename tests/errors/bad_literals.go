package main

func main() {
	a := "\q"
	b := 'ab'
	c := 0x
	d := 1e
	e := 0b12
	f := ''
	g := "abc
	println(a, b, c, d, e, f, g)
}
