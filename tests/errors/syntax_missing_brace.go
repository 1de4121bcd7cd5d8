// The body of a function is never closed.
package main

func main() {
	if true {
		println("open")
}
