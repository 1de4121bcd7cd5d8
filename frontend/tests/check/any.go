// any prints as any (an interface type), interface{} as interface{}.
//
// gc:
// ./any.go:11:14: cannot use a (variable of interface type any) as int value in variable declaration: need type assertion
// ./any.go:12:14: cannot use b (variable of type interface{}) as int value in variable declaration: need type assertion
package main

func main() {
	var a any = 1
	var b interface{} = 2
	var c int = a
	var d int = b
	a = b
	_, _ = c, d
}
