package main

// Unnamed composite types: arrays (small, large, of strings, of pointers, zero-length),
// slices, pointers, pointers to pointers, anonymous structs; a defined array type; a
// method with a variadic parameter and two results.
type Matrix [3][3]float64

type Summer struct{ base int }

func (s Summer) Sum(prefix string, xs ...int) (int, error) { return s.base, nil }

var sinks []any

func main() {
	var pp **int
	sinks = append(sinks,
		[4]int{}, [2]string{}, [1]*int{}, [0]int{}, [5]byte{}, [3]uint16{},
		[]string{}, [][]int{}, &[2]int{},
		pp,
		Matrix{},
		struct{ a, b int }{},
		struct{ p *int }{},
		[1000]*int{},
		[3]Matrix{},
		Summer{},
	)
}
