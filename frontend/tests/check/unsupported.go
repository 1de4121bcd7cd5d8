// gocrane-specific: constructs outside the subset are rejected by name, and the rejected
// operand silences follow-on errors.
package main

import "fmt"

type G[T any] struct{ v T }

func Gen[T any](x T) T { return x }

type Fn func(int) int

func main() {
	fmt.Println("x")
	ch := make(chan int)
	go main()
	defer main()
	f := func() {}
	_, _ = ch, f
	_ = Gen(1)
}
