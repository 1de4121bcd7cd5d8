// gc 1.27.3 (go build): unexpected_rbrace.go:5:7: syntax error: unexpected }, expected expression
package main

func main() {
	x := }
