// gc 1.27.3 (go build): string_newline.go:5:11: newline in string
package main

func main() {
	s := "abc
	_ = s
}
