// gc 1.27.3 (go build): if_missing_cond.go:5:5: syntax error: missing condition in if statement
package main

func main() {
	if {
	}
}
