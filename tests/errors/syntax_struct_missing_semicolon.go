// Two field names without a comma: gc's field list wants a semicolon, a newline or }.
package main

type P struct {
	x y int
}

func main() {
	println(P{}.y)
}
