// Package-level variables made of literals are data, laid out as gc's staticinit lays them out:
// a slice literal's array and an &T{…} object in their own P..stmp_N (the outer literal first),
// []byte("…") in P..gobytes.N. No code runs and nothing is allocated for them.
package main

type Range struct {
	Lo, Hi uint16
}

type Table struct {
	R16    []Range
	Stride int
	Next   *Table
}

var names = []string{"a", "b", "c"}

var table = &Table{
	R16:    []Range{{1, 2}, {0x41, 0x5a}},
	Stride: 1,
	Next:   &Table{R16: []Range{{3, 4}}},
}

var bytes = []byte("global\x00bytes")

var tables = []*Table{{Stride: 2}, nil, {R16: []Range{}}}

var matrix = [2][]int{{1, 2}, {3}}

var grid = []struct {
	name string
	vals []float64
}{{"x", []float64{1.5}}, {"y", nil}}

func main() {
	println(len(names), names[2], table.R16[1].Hi, table.Next.R16[0].Lo, table.Next.Next == nil)
	println(string(bytes), len(bytes), cap(bytes))
	println(len(tables), tables[0].Stride, tables[1] == nil, len(tables[2].R16), tables[2].R16 != nil)
	println(matrix[0][1], len(matrix[1]), grid[0].vals[0], grid[1].vals == nil)
	names[0] = "changed"
	bytes[0] = 'G'
	println(names[0], string(bytes[:6]))
}
