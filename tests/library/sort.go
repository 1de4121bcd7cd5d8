// sort: Sort, Slice (the same permutation of equal elements as gc's pdqsort), Stable,
// SliceStable, Reverse, the Ints/Strings/Float64s helpers, Search and Find, compared with gc.
package main

import (
	"sort"
)

type pair struct{ key, id int }

type byKey []pair

func (p byKey) Len() int           { return len(p) }
func (p byKey) Less(i, j int) bool { return p[i].key < p[j].key }
func (p byKey) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }

func show(ps []pair) {
	for _, p := range ps {
		print(p.key, ":", p.id, " ")
	}
	println()
}

func gen(n, mod int, seed uint32) []pair {
	ps := make([]pair, n)
	for i := range ps {
		seed = seed*1664525 + 1013904223
		ps[i] = pair{int(seed>>16) % mod, i}
	}
	return ps
}

func main() {
	for _, n := range []int{0, 1, 5, 12, 13, 40, 50, 51, 100, 300, 1000} {
		for _, mod := range []int{1, 3, 10, 1000} {
			a := gen(n, mod, uint32(n*7+mod))
			b := append([]pair(nil), a...)
			c := append([]pair(nil), a...)
			d := append([]pair(nil), a...)
			sort.Sort(byKey(a))
			sort.Slice(b, func(i, j int) bool { return b[i].key < b[j].key })
			sort.Stable(byKey(c))
			sort.SliceStable(d, func(i, j int) bool { return d[i].key < d[j].key })
			println("n", n, "mod", mod, sort.IsSorted(byKey(a)), sort.SliceIsSorted(b, func(i, j int) bool { return b[i].key < b[j].key }))
			if n <= 100 {
				show(a)
				show(b)
				show(c)
				show(d)
			} else {
				h := 0
				for i := range a {
					h = h*31 + a[i].id*7 + b[i].id*3 + c[i].id*5 + d[i].id
				}
				println("hash", h)
			}
			// Descending and sorted inputs.
			sort.Sort(sort.Reverse(byKey(a)))
			h := 0
			for i := range a {
				h = h*31 + a[i].id
			}
			println("reverse", h)
		}
	}
	ints := []int{5, 2, 8, -1, 2, 9, 0}
	sort.Ints(ints)
	strs := []string{"pear", "apple", "fig", "apple", ""}
	sort.Strings(strs)
	fl := []float64{2.5, -1, 0, 3}
	sort.Float64s(fl)
	println(ints[0], ints[6], strs[0], strs[1], strs[4], fl[0], fl[3], sort.IntsAreSorted(ints), sort.StringsAreSorted(strs), sort.Float64sAreSorted(fl))
	println(sort.SearchInts(ints, 2), sort.SearchInts(ints, 3), sort.SearchStrings(strs, "fig"), sort.SearchFloat64s(fl, 2.5),
		sort.Search(100, func(i int) bool { return i*i >= 50 }), sort.IntSlice(ints).Search(9))
	i, found := sort.Find(len(strs), func(i int) int {
		if "banana" < strs[i] {
			return -1
		} else if "banana" > strs[i] {
			return 1
		}
		return 0
	})
	println(i, found)

	// Floats: NaNs first; -0 and +0 are equal, so their order is the algorithm's.
	negZero := 0.0
	negZero = -negZero
	nan := negZero / negZero
	fs := []float64{3, nan, negZero, 0, -2, nan, 1, negZero, 0, 0, negZero, 7, -9, nan, 0.5}
	sort.Float64s(fs)
	for _, f := range fs {
		print(f, " ")
	}
	println(sort.Float64sAreSorted(fs))
	gs := []float64{negZero, 0, negZero, 0, 1, negZero, 0, 0, negZero, negZero, 0, 0, 0, negZero}
	sort.Sort(sort.Float64Slice(gs))
	for _, f := range gs {
		print(1/f, " ")
	}
	println()
	words := []string{"kiwi", "fig", "apple", "date", "plum", "pear", "lime", "nut", "yam", "bean", "pea", "oat", "rye", "corn"}
	sort.Slice(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	for _, w := range words {
		print(w, " ")
	}
	println()
}
