// gc 1.27.3 (go build): complit_missing_comma.go:5:16: syntax error: unexpected newline in composite literal; possibly missing comma or }
package main

func main() {
	_ = []int{1, 2
	}
}
