// Range over functions: what types2 rejects as an iterator, in gc's words.
package main

type B bool

var f0 func(func() bool)
var f1 func(func(int) bool)
var f2 func(func(int, int) bool)
var g1 func(func(int) B)
var g2 func(func(int))
var g3 func(func(int, int, int) bool)
var g4 func(int, int)
var g5 func(func(int) bool) int
var g6 func(int)
var g7 func(func(...int) bool)

func main() {
	for x := range f0 {
		_ = x
	}
	for x, y := range f1 {
		_, _ = x, y
	}
	for range g1 {
	}
	for range g2 {
	}
	for range g3 {
	}
	for range g4 {
	}
	for range g5 {
	}
	for range g6 {
	}
	for range g7 {
	}
	for x, y := range f2 {
		_, _ = x, y
	}
}
