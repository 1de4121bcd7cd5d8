// gc 1.27.3 (go build): args_missing_comma.go:5:12: syntax error: unexpected literal 2 in argument list; possibly missing comma or )
package main

func main() {
	println(1 2)
}
