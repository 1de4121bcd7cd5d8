// gc 1.27.3 (go build): index_unclosed.go:6:10: syntax error: unexpected newline, expected comma, : or ]
package main

func main() {
	xs := []int{1}
	_ = xs[0
}
