package main

const c = 1 << 3

var f float64 = c + 0.5
var s uint = 2
var i int64 = 1 << s
var g = y * 2
var y = 3

func main() {
	var b byte = 'a' + 1
	x := 1.5
	println(x > 1, b, c, i, f, g)
	if i == 1 {
	}
}
