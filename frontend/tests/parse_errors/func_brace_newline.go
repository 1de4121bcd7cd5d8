// gc 1.27.3 (go build): func_brace_newline.go:5:1: syntax error: unexpected semicolon or newline before {
package main

func main()
{
}
