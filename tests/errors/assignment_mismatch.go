// The number of values does not match the number of variables.
package main

func pair() (int, int) { return 1, 2 }

func main() {
	a, b := 1
	c := pair()
	var d, e, f = pair()
	println(a, b, c, d, e, f)
}
