// An explicit conversion to an interface type is checked like an assignment.
package main

type Shape interface {
	Area() int
}

type Circle struct{ r int }

func main() {
	c := Circle{1}
	s := Shape(c)
	println(s != nil)
}
