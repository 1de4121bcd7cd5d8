// Selecting a field or method that the type does not have.
package main

type Point struct{ X, Y int }

func main() {
	p := Point{1, 2}
	println(p.Z)
	p.Move()
}
