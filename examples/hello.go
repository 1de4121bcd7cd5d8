// hello.go: the smallest program. `println` is a builtin that writes its operands, separated
// by spaces and followed by a newline, to standard error (gocrane has no "fmt" package).
package main

func main() {
	println("hello, world")
}
