// arrays.go: arrays have a fixed length that is part of their type. They are values:
// assigning or passing an array copies every element.
package main

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2 // changes the copy only
	}
	return a
}

func fill(a *[4]int, v int) {
	for i := 0; i < len(a); i++ {
		a[i] = v // indexing through a pointer to an array
	}
}

func main() {
	var zeros [3]int
	println("zero array:", zeros[0], zeros[1], zeros[2], "len", len(zeros))

	a := [4]int{1, 2, 3, 4}
	b := double(a)
	println("a:", a[0], a[1], a[2], a[3])
	println("b:", b[0], b[1], b[2], b[3])

	fill(&a, 9)
	println("after fill:", a[0], a[3])

	// `...` lets the compiler count; indexes can be given explicitly.
	primes := [...]int{2, 3, 5, 7, 11}
	sparse := [5]string{1: "one", 3: "three"}
	println(len(primes), sparse[1], sparse[3], len(sparse[0]))

	// Arrays of the same type can be compared with == and !=.
	println(a == [4]int{9, 9, 9, 9}, primes != [5]int{2, 3, 5, 7, 11})

	// Multi-dimensional arrays are arrays of arrays.
	var grid [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = i * j
		}
	}
	row := grid[2] // copies the row
	row[2] = -1
	println(grid[2][2], row[2])

	// range gives index and copy of each element.
	total := 0
	for i, p := range primes {
		total += i * p
	}
	println("weighted sum:", total)
}
