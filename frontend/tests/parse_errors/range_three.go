// gc 1.27.3 (go build): range_three.go:5:6: declared and not used: a | range_three.go:5:9: declared and not used: b | range_three.go:5:12: range clause permits at most two iteration variables || gocrane: the parser reports only its own line; the `declared and not used` lines come from type checking, which the driver runs when parse_file_lenient reports no syntax error
package main

func main() {
	for a, b, c := range "x" {
	}
}
