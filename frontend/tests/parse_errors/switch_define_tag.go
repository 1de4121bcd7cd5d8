// gc 1.27.3 (go build): switch_define_tag.go:5:11: syntax error: cannot use x := 1 as value
package main

func main() {
	switch x := 1 {
	}
}
