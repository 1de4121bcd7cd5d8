// Values that cannot be assigned to the declared type.
package main

func main() {
	var s string = 5
	var n int = "five"
	println(s, n)
}
