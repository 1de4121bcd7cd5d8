// gc 1.27.3 (go build): bad_byte.go:5:8: invalid UTF-8 encoding
package main

func main() {
	_ = "aÿb"
}
