// gc 1.27.3 (go build): eof_in_body.go:6:1: syntax error: unexpected EOF, expected }
package main

func main() {
	println(1)
