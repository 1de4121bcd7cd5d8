// A pointer to an interface has no methods: methods belong to the interface value itself.
package main

type Shape interface {
	Area() int
}

func area(p *Shape) int {
	return p.Area()
}

func main() {
	var s Shape
	println(area(&s))
}
