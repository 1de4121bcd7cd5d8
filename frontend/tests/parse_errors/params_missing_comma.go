// gc 1.27.3 (go build): params_missing_comma.go:4:14: syntax error: unexpected name b in parameter list; possibly missing comma or )
package main

func f(a int b int) {}

func main() {}
