package main

// Embedded fields, unexported fields, tags, padding, and the equality
// functions gc picks for them.
type Inner struct {
	X, Y int16
}

func (i Inner) Sum() int16 { return i.X + i.Y }

type Outer struct {
	Inner
	*Named
	name  string `json:"name"`
	Count int32  `json:"count,omitempty"`
	flag  bool
	_     int8
	ratio float64
}

type Named struct{ s string }

type Padded struct {
	a int8
	b int64
}

type Pair struct {
	A, B int32
}

type Floats struct {
	f float32
	g float32
}

type Empty struct{}

var sinks []any

func main() {
	sinks = append(sinks, Outer{}, Padded{}, Pair{}, Floats{}, Empty{}, Inner{}, &Outer{})
}
