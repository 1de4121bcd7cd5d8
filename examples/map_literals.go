// Map literals as gc builds them: the constant entries go in first (more than 25 of them
// from two read-only static arrays in a loop, main..stmp_0 and main..stmp_1), then the
// entries computed at run time, one by one in source order; so a computed key equal to a
// constant one wins whatever its place in the literal.
package main

func one() int { return 1 }

func name(s string) string { return s }

//go:noinline
func squares() map[int]int {
	return map[int]int{
		0: 0, 1: 1, 2: 4, 3: 9, 4: 16, 5: 25, 6: 36, 7: 49, 8: 64, 9: 81,
		10: 100, 11: 121, 12: 144, 13: 169, 14: 196, 15: 225, 16: 256, 17: 289,
		18: 324, 19: 361, 20: 400, 21: 441, 22: 484, 23: 529, 24: 576, 25: 625,
		26: 676, 27: 729, 28: 784, 29: 841,
	}
}

type point struct{ x, y int }

func main() {
	sq := squares()
	println(len(sq), sq[0], sq[17], sq[29], sq[30])

	m := map[int]string{one(): "computed", 1: "constant", 2: "two"}
	println(len(m), m[1], m[2])

	names := map[string]int{name("b"): 2, "a": 1, name("a"): 3}
	println(len(names), names["a"], names["b"])

	pts := map[point]string{{1, 2}: "a", {3, 4}: "b", {1, 2 * one()}: "c"}
	println(len(pts), pts[point{1, 2}], pts[point{3, 4}])

	empty := map[string]bool{}
	println(len(empty), empty == nil)
}
