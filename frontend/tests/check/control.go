// Missing return, non-boolean conditions, switch cases.
//
// gc:
// ./control.go:18:1: missing return
// ./control.go:26:1: missing return
// ./control.go:30:5: non-boolean condition in if statement
// ./control.go:32:6: non-boolean condition in for statement
// ./control.go:36:10: duplicate case 1 (constant of type int) in expression switch
// 	./control.go:35:7: previous case
// ./control.go:37:7: cannot convert "a" (untyped string constant) to type int
// ./control.go:40:7: invalid case x in switch on true (mismatched types int and bool)
package main

func f(x int) int {
	if x > 0 {
		return 1
	}
}

func g(x int) int {
	for {
		if x > 0 {
			break
		}
	}
}

func main() {
	x := 1
	if x {
	}
	for x {
	}
	switch x {
	case 1:
	case 2, 1:
	case "a":
	}
	switch {
	case x:
	}
}
