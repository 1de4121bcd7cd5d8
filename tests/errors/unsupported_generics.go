// Generics (type parameters) are outside gocrane's subset.
package main

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	println(Max(3, 7))
}
