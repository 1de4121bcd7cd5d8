package main

// Unnamed composite types: arrays, slices, pointers, funcs, chans.
type Op func(a, b int32) int32

type Matrix [3][3]float64

var sinks []any

func variadic(format string, args ...any) (int, error) { return 0, nil }

func main() {
	sinks = append(sinks,
		[4]int{}, [2]string{}, [1]*int{}, [0]int{}, [5]byte{}, [3]uint16{},
		[]string{}, [][]int{}, &[2]int{},
		new(*int),
		variadic,
		func(x int) {},
		Op(nil), Matrix{},
		make(chan int),
		struct{ a, b int }{},
		struct{ p *int }{},
		[1000]*int{},
		[3]Matrix{},
	)
}
