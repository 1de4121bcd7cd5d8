// loops.go: Go has one loop keyword, for, in several forms: three-clause, condition-only,
// infinite, and range over arrays, slices and strings.
package main

func main() {
	// Three-clause loop.
	sum := 0
	for i := 1; i <= 100; i++ {
		sum += i
	}
	println("1+...+100 =", sum)

	// Condition-only loop (a "while" loop): Collatz steps from 27.
	n, steps := 27, 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	println("collatz(27) takes", steps, "steps")

	// Infinite loop left with break; continue skips to the next iteration.
	i := 0
	odd := 0
	for {
		i++
		if i > 10 {
			break
		}
		if i%2 == 0 {
			continue
		}
		odd += i
	}
	println("sum of odd numbers up to 10:", odd)

	// range over a slice: index and value, index only, or neither.
	fruits := []string{"apple", "banana", "cherry"}
	for idx, f := range fruits {
		println(idx, f)
	}
	count := 0
	for idx := range fruits {
		count += idx
	}
	for range fruits {
		count++
	}
	println("count:", count)

	// range over an array evaluates the array once; the value is a copy.
	arr := [3]int{1, 2, 3}
	for k, v := range arr {
		arr[2] = 100 // does not affect v
		println(k, v)
	}

	// Nested loops with parallel assignment: a small multiplication table.
	for a, b := 1, 3; a <= 3; a, b = a+1, b-1 {
		println(a, "*", b, "=", a*b)
	}
}
