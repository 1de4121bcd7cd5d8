package basic_test

import (
	"fmt"

	"example.com/gotest/basic"
)

func ExampleGreet() {
	fmt.Println(basic.Greet("world"))
	// Output: hello, world
}

func ExampleWords() {
	for _, w := range basic.Words("c b a") {
		fmt.Println(w)
	}
	// Unordered output:
	// a
	// b
	// c
}

func Example_wrong() {
	fmt.Println("what is printed")
	// Output:
	// what is expected
}

// An example without an output comment is compiled, not run.
func Example_notRun() {
	panic("never runs")
}
