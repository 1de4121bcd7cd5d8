// Maps: gc 1.27's Swiss tables behind make, literals, m[k], v, ok := m[k], assignment and
// op-assignment (one mapassign), delete, clear, len and range. Iteration order is random, so
// every listing here is sorted first.
package main

type Point struct {
	X, Y int
}

type Named interface{ Name() string }

type Dog struct{ name string }

func (d Dog) Name() string { return d.name }

// sortStrings is an insertion sort (the example has no sort package).
func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func wordCounts(text string) map[string]int {
	counts := make(map[string]int)
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' {
			if i > start {
				counts[text[start:i]]++
			}
			start = i + 1
		}
	}
	return counts
}

func keys(m map[string]int) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sortStrings(ks)
	return ks
}

func main() {
	counts := wordCounts("the quick brown fox jumps over the lazy dog the end")
	for _, k := range keys(counts) {
		println(k, counts[k])
	}
	println("words:", len(counts))

	grid := map[Point]string{{0, 0}: "origin", {1, 2}: "a"}
	grid[Point{3, 4}] = "b"
	p, ok := grid[Point{1, 2}]
	q, ok2 := grid[Point{9, 9}]
	println(p, ok, q == "", ok2, len(grid))

	var byName map[Named]int = map[Named]int{}
	byName[Dog{"rex"}] = 3
	byName[Dog{"fido"}] += 2
	byName[Dog{"rex"}] *= 10
	println(byName[Dog{"rex"}], byName[Dog{"fido"}], len(byName))

	any := map[interface{}]string{1: "int", "1": "string", 1.5: "float", Point{1, 1}: "point"}
	println(any[1], any["1"], any[1.5], any[Point{1, 1}], len(any))

	groups := map[bool][]int{}
	for i := 0; i < 10; i++ {
		groups[i%2 == 0] = append(groups[i%2 == 0], i)
	}
	println(len(groups[true]), groups[true][4], len(groups[false]), groups[false][0])

	nested := map[string]map[string]int{}
	for _, pair := range []string{"a:x", "a:y", "b:x"} {
		outer, inner := pair[:1], pair[2:]
		if nested[outer] == nil {
			nested[outer] = map[string]int{}
		}
		nested[outer][inner]++
	}
	println(len(nested), len(nested["a"]), nested["b"]["x"], nested["c"]["z"])

	// Deleting during iteration: every entry is visited at most once, deleted ones never.
	m := make(map[int]int, 100)
	for i := 0; i < 1000; i++ {
		m[i] = i * i
	}
	visited := 0
	for k := range m {
		delete(m, k)
		delete(m, k^1)
		visited++
	}
	println("visited", visited, "left", len(m))

	f := map[float64]int{}
	f[0.0]++
	negZero := 0.0
	negZero = -negZero
	f[negZero]++
	nan := negZero / negZero * 0
	nan = nan - nan
	println(len(f), f[0])

	clear(counts)
	println(len(counts), counts["the"])

	var nilMap map[string]int
	v, found := nilMap["x"]
	println(len(nilMap), v, found, nilMap == nil)
	delete(nilMap, "x")
	for range nilMap {
		println("never")
	}
}
