// Loops: 3-clause, condition only, infinite; labeled break/continue; Go 1.22 per-iteration
// variables where the address is taken.
package main

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		sum += i
	}
	n := 3
	for n > 0 {
		n--
	}
	for {
		if n == 2 {
			break
		}
		n++
	}
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	println(sum, n, *ptrs[0], *ptrs[1], *ptrs[2])
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			switch {
			case j == 1:
				continue outer
			case i == 2:
				break outer
			default:
				break
			}
			println(i, j)
		}
	}
}
