// gc 1.27.3 (go build): unclosed_paren.go:5:13: syntax error: unexpected newline, expected ) | unclosed_paren.go:6:2: syntax error: unexpected name _ at end of statement || gocrane: only the first syntax error of a file (gc recovers and reports one per line)
package main

func main() {
	x := (1 + 2
	_ = x
}
