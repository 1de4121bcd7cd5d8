// Misused maps: gc's diagnostics for the type checker's map rules.
package main

type S struct{ f int }

func (s *S) P() {}

func main() {
	var m map[string]S
	m["a"].f = 1
	_ = &m["a"]
	var bad map[[]int]bool
	_ = bad
	n := map[string]int{"a": 1, "a": 2}
	_ = map[any]int{1: 1, 1.0: 2, int64(1): 3}
	_ = map[float64]int{1: 1, 1.0: 2}
	delete(n, 1)
	delete(m)
	var x int
	delete(x, 1)
}
