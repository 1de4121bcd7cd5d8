// The variable bound by a type switch must be used in at least one case.
package main

func main() {
	var x any = 1
	switch v := x.(type) {
	case int:
		println("int")
	case string:
		println("string")
	}
}
