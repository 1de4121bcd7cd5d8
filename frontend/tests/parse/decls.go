// Package clause, imports and every kind of top-level declaration.
package main

import "fmt"

import (
	r "runtime"
	_ "unsafe"
	. "strings"
)

const Pi = 3.14

const (
	A = iota * 10
	B
	C, D = iota, -iota
	E, F
	typed int64 = 1 << 40
)

var x int

var (
	y, z    = 1, 2
	w    [4]byte
	s    string = "s"
)

type Point struct {
	X, Y int
	name string `json:"name"`
	fmt.Stringer
	*Point
}

type Shape interface {
	Area() float64
	Scale(f float64) (Shape, error)
	fmt.Stringer
	error
}

type (
	Celsius float64
	Alias   = Celsius
	Grid    [3][3]int
	Handler func(int, ...string) bool
	Table   map[string][]*Point
	Pipe    chan<- <-chan int
	Recv    <-chan chan int
	Empty   struct{}
	Any     interface{}
)

type List[T any] struct{ items []T }

type Number interface {
	~int | ~float64 | string
}

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

//go:noinline
func add(a, b int) int { return a + b }

// A method with a pointer receiver; the doc comment carries no directive.
func (p *Point) Move(dx, dy int) { p.X += dx }

func (Point) Name() string { return "p" }

func (p Point) Pair() (a, b int, err error) { return }

func variadic(format string, args ...interface{}) {}

func unnamed(int, string, ...bool) (int, error)

func noParens() func() int { return nil }
