// gc 1.27.3 (go build): escape_errors.go:5:8: unknown escape | escape_errors.go:5:17: invalid character 'g' in hexadecimal escape | escape_errors.go:5:34: octal escape value 256 > 255
package main

func main() {
	_ = "\q" + "\x4g" + string('\400')
}
