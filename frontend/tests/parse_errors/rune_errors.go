// gc 1.27.3 (go build): rune_errors.go:5:7: more than one character in rune literal | rune_errors.go:6:8: empty rune literal or unescaped '
package main

func main() {
	a := 'ab'
	b := ''
	_, _ = a, b
}
