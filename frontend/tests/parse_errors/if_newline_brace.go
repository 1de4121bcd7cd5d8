// gc 1.27.3 (go build): if_newline_brace.go:6:6: syntax error: unexpected newline, expected { after if clause
package main

func main() {
	x := true
	if x
	{
	}
}
