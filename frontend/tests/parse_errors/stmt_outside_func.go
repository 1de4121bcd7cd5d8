// gc 1.27.3 (go build): stmt_outside_func.go:4:1: syntax error: non-declaration statement outside function body
package main

x := 1

func main() {}
