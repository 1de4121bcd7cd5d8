// gc 1.27.3 (go build): post_define.go:5:23: syntax error: cannot declare in post statement of for loop
package main

func main() {
	for i := 0; i < 3; j := 1 {
	}
}
