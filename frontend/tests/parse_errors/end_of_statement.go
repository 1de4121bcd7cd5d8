// gc 1.27.3 (go build): end_of_statement.go:5:9: syntax error: unexpected name y at end of statement
package main

func main() {
	x := 1 y
}
