package main

// Struct equality compares the cheap fields before the interface fields (gc's EqStruct), so
// unequal names decide before an interface holding an uncomparable value can panic; the
// equality functions of type descriptors (i1 == i2, arrays) put string bytes off the same way.

type H struct {
	name string
	v    any
}

type K struct {
	v  any
	id int
}

type Big struct {
	a, b, c, d, e int
	s          string
	v          any
	f          float64
}

func main() {
	h1 := H{"a", []int{1}}
	h2 := H{"b", []int{1}}
	println(h1 == h2)

	b1 := Big{a: 1, v: []int{1}}
	b2 := Big{a: 2, v: []int{1}}
	println(b1 == b2)
	b3 := Big{a: 1, s: "x", v: []int{1}}
	println(b1 == b3)

	var i1, i2 any = h1, h2
	println(i1 == i2)

	arr1 := [2]H{{"a", 1}, {"b", []int{}}}
	arr2 := [2]H{{"z", 1}, {"b", []int{}}}
	println(arr1 == arr2)

	// An interface field first: it is compared first, and panics.
	k1 := K{[]int{1}, 1}
	k2 := K{[]int{1}, 2}
	println(k1 == k2)
}
