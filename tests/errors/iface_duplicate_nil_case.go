// Only one case of a type switch may be nil.
package main

func main() {
	var x any
	switch x.(type) {
	case nil:
		println("nil")
	case int, nil:
		println("int")
	}
}
