// An interface can be compared with a value of a type that is assignable to it only if that
// type is comparable.
package main

func main() {
	var x any
	s := []int{1}
	println(x == s)
}
