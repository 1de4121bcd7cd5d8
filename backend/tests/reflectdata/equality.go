package main

// Equality closures: gc 1.27 names generated equality functions by the shape of the
// comparison (memory runs, skips, strings, floats, interfaces, loops). (gocrane has no
// complex numbers; gc compares complex64/complex128 as FF/GG, like two floats.)
type I interface{ M() }

type S1 struct {
	a string
	b int
}
type S2 struct {
	a float32
	b int32
}
type S5 struct {
	a any
	b int8
}
type S6 struct {
	a I
	b int8
}
type S8 struct {
	a [3]string
	b int
}
type S11 struct {
	x [100]string
	y int
}
type S12 struct {
	a int8
	_ int8
	b int16
}
type S13 struct{ a, b S1 }
type S15 struct {
	a [10]S1
	z int
}
type S16 struct{ a, b float64 }
type T1 struct {
	a int64
	b int8
}
type P struct {
	a int32
	b string
}
type IF struct {
	i int32
	f float32
}
type MF struct {
	a int8
	f float32
}
type SK struct {
	s string
	_ int8
}
type B struct {
	s string
	_ [32]byte
}
type Z struct{ _ int32 }
type Z2 struct {
	a int32
	_ int32
}
type T8 struct {
	s string
	e struct{}
}

var sinks []any

func main() {
	sinks = append(sinks, S1{}, S2{}, S5{}, S6{}, S8{}, S11{}, S12{}, S13{}, S15{}, S16{},
		T1{}, P{}, IF{}, MF{}, SK{}, B{}, Z{}, Z2{}, T8{},
		[3]string{}, [4]string{}, [5]string{}, [17]string{}, [2][2]string{}, [2][3]string{},
		[2]float64{}, [3]float64{}, [4]float64{}, [9]float64{}, [3][3]float64{},
		[11]float32{}, [15]float32{}, [16]float32{}, [100]float32{},
		[2]any{}, [3]any{}, [5]any{}, [2]I{},
		[2]S1{}, [3]P{}, [4]P{}, [2]T1{}, [3]T1{}, [4]T1{}, [5]T1{}, [100]T1{},
		[3]IF{}, [10]IF{}, [5]MF{}, [12]MF{}, [100]MF{}, [2]SK{}, [2]B{}, [2]Z2{},
		[2]int8{}, [3]int16{}, [7]byte{}, [16]byte{}, [17]byte{}, [3][2]int32{})
}
