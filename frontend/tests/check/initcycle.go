// Initialization and declaration cycles.
//
// gc:
// ./initcycle.go:14:5: initialization cycle for a
// 	./initcycle.go:14:5: a refers to b
// 	./initcycle.go:15:5: b refers to c
// 	./initcycle.go:16:5: c refers to a
// ./initcycle.go:20:7: initialization cycle for x
// 	./initcycle.go:20:7: x refers to y
// 	./initcycle.go:21:7: y refers to x
// ./initcycle.go:23:5: initialization cycle: self refers to itself
package main

var a = b
var b = c + f()
var c = a

func f() int { return a }

const x = y
const y = x

var self = self

func main() {}
