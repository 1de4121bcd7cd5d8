// labels.go: labeled break and continue act on an outer loop; a plain break inside a switch
// only leaves the switch, so a label is needed to leave the loop.
package main

func main() {
	// continue outer: skip to the next candidate as soon as a divisor is found.
	print("primes:")
outer:
	for n := 2; n < 40; n++ {
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				continue outer
			}
		}
		print(" ", n)
	}
	println()

	// break search: leave both loops at once.
	grid := [3][4]int{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}
	foundRow, foundCol := -1, -1
search:
	for r := 0; r < len(grid); r++ {
		for c := 0; c < len(grid[r]); c++ {
			if grid[r][c] == 7 {
				foundRow, foundCol = r, c
				break search
			}
		}
	}
	println("7 is at", foundRow, foundCol)

	// break with a label from inside a switch.
	i := 0
loop:
	for {
		switch {
		case i == 3:
			println("stop at", i)
			break loop
		case i%2 == 0:
			println(i, "even")
		default:
			println(i, "odd")
		}
		i++
	}

	// continue with a label on a range loop.
	words := []string{"alpha", "beta", "gamma"}
next:
	for _, w := range words {
		for j := 0; j < len(w); j++ {
			if w[j] == 'e' {
				println(w, "has an e at", j)
				continue next
			}
		}
		println(w, "has no e")
	}
}
