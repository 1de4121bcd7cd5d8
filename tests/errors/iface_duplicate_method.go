// An interface cannot declare the same method twice.
package main

type Shape interface {
	Area() int
	Perimeter() int
	Area() int
}

func main() {
	var s Shape
	println(s == nil)
}
