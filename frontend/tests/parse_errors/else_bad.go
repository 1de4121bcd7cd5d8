// gc 1.27.3 (go build): else_bad.go:6:9: syntax error: else must be followed by if or statement block
package main

func main() {
	if true {
	} else for {
	}
}
