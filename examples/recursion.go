// recursion.go: recursive functions, and the //go:noinline directive, which must be on the
// line just before `func` and stops the compiler from inlining the function into its callers.
package main

//go:noinline
func add(a, b int) int {
	return a + b
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return add(fib(n-1), fib(n-2))
}

func factorial(n uint64) uint64 {
	if n == 0 {
		return 1
	}
	return n * factorial(n-1)
}

// Mutual recursion: isEven and isOdd call each other.
func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

// hanoi moves n disks from one peg to another and counts the moves.
func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n == 3 {
		println("move the largest disk from", from, "to", to)
	}
	hanoi(n-1, via, to, from, moves)
}

func main() {
	for i := 0; i <= 10; i++ {
		print(fib(i), " ")
	}
	println()
	println("fib(30) =", fib(30))
	println("20! =", factorial(20))
	println("21! wraps to", factorial(21))
	println(isEven(10), isOdd(7), isEven(3))
	moves := 0
	hanoi(3, "A", "C", "B", &moves)
	println("moves:", moves)
}
