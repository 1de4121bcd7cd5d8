// A call whose argument list is never closed.
package main

func main() {
	println("a", "b"
	println("c")
}
