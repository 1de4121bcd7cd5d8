// x.(type) is only allowed as the guard of a type switch.
package main

func main() {
	var x any = 1
	t := x.(type)
	println(t)
}
