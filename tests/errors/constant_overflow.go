// Constants that do not fit the type they are given.
package main

const small int8 = 200

func main() {
	var b byte = 256
	x := 1 << 70
	println(small, b, x)
}
