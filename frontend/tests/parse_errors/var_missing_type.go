// gc 1.27.3 (go build): var_missing_type.go:4:6: syntax error: unexpected newline, expected type
package main

var x

func main() {}
