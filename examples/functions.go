// functions.go: functions with several results, named results (and a bare `return`),
// variadic parameters, and passing a slice to a variadic function with `s...`.
package main

// divmod returns two results; the caller receives both.
func divmod(a, b int) (int, int) {
	return a / b, a % b
}

// minmax has named results: they start at their zero value and a bare `return` returns them.
func minmax(xs []int) (lo, hi int) {
	if len(xs) == 0 {
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

// sum is variadic: inside the function, nums is a []int.
func sum(label string, nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	println(label, "got", len(nums), "numbers, total", total)
	return total
}

// swap shows that results can be assigned to several variables at once.
func swap(a, b string) (string, string) {
	return b, a
}

func main() {
	q, r := divmod(17, 5)
	println("17 / 5 =", q, "remainder", r)

	_, r2 := divmod(100, 7) // `_` discards a result
	println("100 % 7 =", r2)

	lo, hi := minmax([]int{4, -2, 9, 0, 7})
	println("min", lo, "max", hi)
	lo, hi = minmax(nil)
	println("empty: min", lo, "max", hi)

	sum("none")
	sum("three", 1, 2, 3)
	xs := []int{10, 20, 30, 40}
	sum("spread", xs...)

	a, b := swap("left", "right")
	println(a, b)

	// The results of a multi-valued call can be passed straight to another function.
	println(divmod(-17, 5))
}
