// The * operator needs a pointer.
package main

func main() {
	n := 42
	println(*n)
}
