// slices.go: a slice is a view (pointer, length, capacity) of an underlying array.
// append grows the capacity when needed, copy copies elements, and the three-index form
// s[lo:hi:max] limits the capacity of the result.
package main

// Package-level slices: their backing arrays always live on the heap, so the capacities printed
// below follow the runtime's growth rule (double while small, then grow by about 1.25x, rounded
// up to an allocation size class).
var grown, limited, joined []int

func show(name string, s []int) {
	print(name, " len=", len(s), " cap=", cap(s), " [")
	for i, v := range s {
		if i > 0 {
			print(" ")
		}
		print(v)
	}
	println("]")
}

func main() {
	// append: watch the capacity grow as elements are added one by one.
	println("nil slice:", grown == nil, len(grown), cap(grown))
	lastCap := -1
	for i := 0; i < 2000; i++ {
		grown = append(grown, i)
		if cap(grown) != lastCap {
			println("len", len(grown), "-> cap", cap(grown))
			lastCap = cap(grown)
		}
	}

	// Slicing shares the underlying array.
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	mid := base[2:5]
	show("mid", mid)
	mid[0] = 20
	show("base", base)

	// Appending within capacity writes into the shared array...
	mid = append(mid, 50)
	show("base after append", base)

	// ...unless a three-index slice limited the capacity: then append must copy.
	limited = base[2:5:5]
	show("limited", limited)
	limited = append(limited, 99)
	limited[0] = -20
	show("limited after append", limited)
	show("base unchanged", base)

	// make and copy.
	dst := make([]int, 3, 10)
	n := copy(dst, base)
	println("copied", n)
	show("dst", dst)
	n = copy(base[1:], base) // overlapping copy works like memmove
	println("copied", n)
	show("base shifted", base)

	// Appending several values, and one slice to another.
	joined = append(joined, 1, 2)
	joined = append(joined, dst...)
	show("joined", joined)

	// A slice of a slice can reach up to the capacity, beyond the length.
	u := make([]int, 2, 5)
	show("u[0:5]", u[0:5])

	// Slices of slices.
	var tri [][]int
	for i := 1; i <= 3; i++ {
		tri = append(tri, make([]int, i))
	}
	tri[2][1] = 7
	println(len(tri), len(tri[2]), tri[2][1])
}
