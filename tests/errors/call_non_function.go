// Calling something that is not a function.
package main

func main() {
	x := 5
	println(x())
	s := "text"
	s()
}
