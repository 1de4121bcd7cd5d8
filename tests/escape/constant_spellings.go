package main

// gc prints a constant with the type it is spelled with: byte(120), int32(5), and a rune as a
// character literal ('y'), though byte is uint8 and rune is int32.

var sink any

func main() {
	var b byte = 'x'
	sink = b
	sink = int32(5)
	var i int32 = 70000
	sink = i
	sink = 'y'
	var r rune = 'z'
	sink = r
	sink = uint8(200)
}
