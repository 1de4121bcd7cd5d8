// Variadic calls pack their extra arguments into a slice; f(s...) passes s itself;
// f(g()) spreads a multi-value call.
package main

func sum(base int, xs ...int) int {
	for _, x := range xs {
		base += x
	}
	return base
}

func two() (int, int) { return 3, 4 }

func add(a, b int) int { return a + b }

func all(xs ...int) int { return len(xs) }

func main() {
	println(sum(1))
	println(sum(1, 2, 3))
	s := []int{4, 5}
	println(sum(0, s...))
	println(add(two()))
	println(all(two()))
}
