// gc 1.27.3 (go build): raw_unterminated.go:5:2: declared and not used: s | raw_unterminated.go:5:7: string not terminated || gocrane: the parser reports only its own line; `declared and not used` comes from type checking (see parse_file_lenient)
package main

func main() {
	s := `abc
