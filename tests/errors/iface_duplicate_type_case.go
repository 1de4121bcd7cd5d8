// The same type twice in one type switch.
package main

func main() {
	var x any = 1
	switch x.(type) {
	case int, string:
		println("int or string")
	case bool, int:
		println("bool")
	}
}
