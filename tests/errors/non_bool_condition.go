// Conditions must be booleans; Go never converts integers to bool.
package main

func main() {
	n := 1
	if n {
		println("yes")
	}
	for n {
	}
}
