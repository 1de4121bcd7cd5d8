// gc 1.27.3 (go build): unclosed_paren.go:5:13: syntax error: unexpected newline, expected ) | unclosed_paren.go:6:2: syntax error: unexpected name _ at end of statement (gc recovers and reports one error per line; so does gocrane)
package main

func main() {
	x := (1 + 2
	_ = x
}
