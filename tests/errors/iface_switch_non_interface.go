// A type switch needs an interface operand.
package main

func main() {
	s := "hello"
	switch s.(type) {
	case string:
		println("string")
	}
}
