// gc 1.27.3 (go build): invalid_char.go:5:9: invalid character U+0040 '@' | invalid_char.go:5:11: syntax error: unexpected literal 2 at end of statement
package main

func main() {
	x := 1 @ 2
}
