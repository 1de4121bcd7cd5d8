// gc 1.27.3 (go build): for_cond_missing.go:5:14: syntax error: unexpected {, expected for loop condition
package main

func main() {
	for i := 0; {
	}
}
