// break, continue, fallthrough and labels (gc's syntax-package messages).
//
// gc:
// ./labels.go:13:2: break is not in a loop, switch, or select
// ./labels.go:14:2: continue is not in a loop
// ./labels.go:15:1: label L defined and not used
// ./labels.go:17:9: break label not defined: M
// ./labels.go:21:3: cannot fallthrough final case in switch
// ./labels.go:26:12: invalid continue label N
package main

func main() {
	break
	continue
L:
	for {
		break M
	}
	switch {
	case true:
		fallthrough
	}
N:
	x := 1
	for {
		continue N
	}
	_ = x
}
