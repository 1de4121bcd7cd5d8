package main

//go:noinline
func sh(a int, b int) int { return a << b }
func main() { println(sh(1, -1)) }
