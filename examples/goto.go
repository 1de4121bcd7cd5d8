// goto.go: goto jumps to a label of its own block or an enclosing one. A label that a later
// goto jumps back to makes a loop; gc's escape analysis then treats what is declared after the
// label as one loop deeper (a pointer to it kept from an earlier "iteration" moves it to the
// heap). Jumping forward over a variable declaration, or into a block, is a compile error.
package main

// find returns the index of x in xs, leaving the loop with goto.
func find(xs []int, x int) int {
	i := 0
	for ; i < len(xs); i++ {
		if xs[i] == x {
			goto found
		}
	}
	return -1
found:
	return i
}

// collatz counts the steps to 1, looping with a label and goto.
func collatz(n int) int {
	steps := 0
next:
	if n == 1 {
		return steps
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto next
}

// lastOf keeps a pointer to a variable declared after a looping label: it moves to the heap.
func lastOf(n int) int {
	var last *int
	i := 0
again:
	v := i * i
	last = &v
	i++
	if i < n {
		goto again
	}
	return *last
}

func main() {
	println(find([]int{4, 8, 15, 16}, 15), find(nil, 1))
	println(collatz(27))
	println(lastOf(5))
}
