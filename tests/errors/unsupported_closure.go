// Function literals (closures) are outside gocrane's subset.
package main

func main() {
	double := func(x int) int { return x * 2 }
	println(double(21))
}
