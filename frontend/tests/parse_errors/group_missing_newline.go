// gc 1.27.3 (go build): group_missing_newline.go:5:8: syntax error: unexpected name b in grouped declaration; possibly missing semicolon or newline or )
package main

const (
	a = 1 b = 2
)

func main() {}
