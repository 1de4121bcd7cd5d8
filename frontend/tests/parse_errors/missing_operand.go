// gc 1.27.3 (go build): missing_operand.go:6:1: syntax error: unexpected }, expected expression
package main

func main() {
	x := 1 *
}
