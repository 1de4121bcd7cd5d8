// More misused maps: keys that are not comparable, wrong builtins, bad ranges.
package main

type T struct{ m map[T]int }

type F func()

var g map[F]int

func main() {
	var x int
	clear(x)
	_ = map[string]int{1}
	var m map[string]struct{ f int }
	m["b"].f++
	_ = cap(m)
	var n map[string]int
	_ = n == m
	for k, v, w := range n {
	}
	_ = map[string]int{"a": "b"}
}
