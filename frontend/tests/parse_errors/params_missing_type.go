// gc 1.27.3 (go build): params_missing_type.go:4:21: syntax error: missing parameter type
package main

func f(a int, string) {}

func main() {}
