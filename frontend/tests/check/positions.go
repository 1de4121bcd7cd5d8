// Positions gc prints inside messages: an operator, a call's parenthesis.
//
// gc:
// ./positions.go:11:2: extra init expr at ./positions.go:10:16
// ./positions.go:18:7: duplicate case 2 (constant of type int) in expression switch
// 	./positions.go:17:9: previous case
package main

const (
	a, b = 1 + 2, 3
	c
)

func main() {
	x := 1
	switch x {
	case 1 + 1, f(1):
	case 2:
	case f(1):
	}
}

func f(int) int { return 0 }
