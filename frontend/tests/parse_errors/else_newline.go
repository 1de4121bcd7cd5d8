// gc 1.27.3 (go build): else_newline.go:7:2: syntax error: unexpected keyword else, expected }
package main

func main() {
	if true {
	}
	else {
	}
}
