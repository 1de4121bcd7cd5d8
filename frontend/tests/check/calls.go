// Calls: argument counts and types, variadic calls, calling non-functions, no-value calls.
//
// gc:
// ./calls.go:24:6: not enough arguments in call to add
// 	have (number)
// 	want (int, int)
// ./calls.go:25:12: too many arguments in call to add
// 	have (number, number, number)
// 	want (int, int)
// ./calls.go:26:6: cannot use "a" (untyped string constant) as int value in argument to add
// ./calls.go:27:10: cannot use "x" (untyped string constant) as int value in argument to vsum
// ./calls.go:28:7: cannot use []int{…} (value of type []int) as int value in argument to vsum
// ./calls.go:29:2: cannot use ... in call to non-variadic add
// ./calls.go:31:2: invalid operation: cannot call x (variable of type int): int is not a function
// ./calls.go:32:6: none() (no value) used as value
// ./calls.go:33:10: invalid argument: x (variable of type int) for built-in len
package main

func add(a, b int) int { return a + b }
func vsum(xs ...int) int { return len(xs) }
func none() {}

func main() {
	add(1)
	add(1, 2, 3)
	add("a", 2)
	vsum(1, "x")
	vsum([]int{1}, 2)
	add([]int{1, 2}...)
	var x int
	x()
	_ = none()
	_ = len(x)
}
