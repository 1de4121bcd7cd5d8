// gc's parser recovers after a syntax error and reports the next ones, one per line: a bad
// operand is skipped to what can follow it, and the statement goes on. (gocrane stops where
// its recovery would leave gc's: see parse.rs.)
package main

type Point struct{ x, y int }

func main() {
	x := 1 2
	y := 3 +* 4
	p := Point{x: , y: 2}
	for x < 3 4 {
		println(x)
	}
	z := ] + ]
	println(x, y, p, z)
}

func other() {
	a := [
}
