// Builtins: append, copy, make, cap, new, unused and uncalled builtins.
//
// gc:
// ./builtins.go:17:13: invalid append: argument must be a slice; have a (variable of type [3]int)
// ./builtins.go:18:11: invalid copy: arguments s (variable of type []int) and "x" (untyped string constant) have different element types int and byte
// ./builtins.go:19:6: invalid operation: make([]int) expects 2 or 3 arguments; found 1
// ./builtins.go:20:11: invalid argument: cannot make int: type must be slice, map, or channel
// ./builtins.go:21:18: invalid argument: length and capacity swapped
// ./builtins.go:22:10: invalid argument: "abc" (untyped string constant) for built-in cap
// ./builtins.go:24:2: len(s) (value of type int) is not used
// ./builtins.go:25:10: len (built-in) must be called
package main

func main() {
	var s []int
	var a [3]int
	_ = append(a, 1)
	_ = copy(s, "x")
	_ = make([]int)
	_ = make(int, 1)
	_ = make([]int, 5, 2)
	_ = cap("abc")
	_ = new(1 + 2)
	len(s)
	println(len)
}
