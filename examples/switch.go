// switch.go: switch picks the first matching case; there is no implicit fall-through, but
// `fallthrough` continues into the next case's body without testing it.
package main

func describe(n int) {
	print(n, ":")
	switch {
	case n < 0:
		print(" negative")
	case n == 0:
		print(" zero")
		fallthrough
	case n < 10:
		print(" small") // reached for 0 through fallthrough, and for 1..9 directly
	default:
		print(" large")
	}
	println()
}

func classify(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u': // a case can list several values
		return "vowel"
	case ' ':
		return "space"
	}
	return "other"
}

func level(n int) {
	switch x := n * 2; x { // an init statement before the tag
	case 2:
		println("two")
		fallthrough
	case 4:
		println("four (or fell through)")
		fallthrough
	default:
		println("default (or fell through)")
	case 8:
		println("eight")
	}
}

func main() {
	describe(-5)
	describe(0)
	describe(7)
	describe(42)

	word := "go is fun"
	for i := 0; i < len(word); i++ {
		println(word[i:i+1], classify(word[i]))
	}

	level(1)
	level(2)
	level(3)
	level(4)

	// break leaves the switch, not an enclosing loop.
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		}
		println("loop", i)
	}
}
