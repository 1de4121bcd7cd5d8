// gc 1.27.3 (go build): comment_unterminated.go:6:1: comment not terminated
package main

func main() {}

/* never closed
