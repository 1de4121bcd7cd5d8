// gc 1.27.3 (go build): number_errors.go:5:7: invalid digit '9' in octal literal | number_errors.go:5:13: hexadecimal literal has no digits | number_errors.go:5:19: invalid digit '2' in binary literal | number_errors.go:5:24: '_' must separate successive digits | number_errors.go:5:33: hexadecimal mantissa requires a 'p' exponent | number_errors.go:5:38: exponent has no digits | number_errors.go:5:44: invalid radix point in octal literal
package main

func main() {
	_ = 09 + 0x + 0b12 + 1_ + 0x1.2 + 1e + 0o7.5
}
