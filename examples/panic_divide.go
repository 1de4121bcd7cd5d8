// panic_divide.go: integer division by zero is a run-time error (floats give +Inf instead).
package main

func divide(a, b int) int {
	return a / b
}

func main() {
	println("10 / 3 =", divide(10, 3))
	println("10 / 0 =", divide(10, 0))
	println("not reached")
}
