// Package bench holds the classic interface benchmarks: what storing a value in an interface
// costs (bench_test.go), run with `gocrane test -bench . -benchmem` and with `go test`.
package bench

// Adder is implemented by Num with a value receiver.
type Adder interface {
	Add(a, b int32) int32
}

// Num adds its id to every sum.
type Num struct {
	id int32
}

//go:noinline
func (n Num) Add(a, b int32) int32 { return a + b + n.id }

// Big is too large to live in an interface's data word.
type Big struct {
	a, b, c, d int64
}

// Keep stores v where the compiler cannot see it used: v escapes.
//
//go:noinline
func Keep(v any) { Sink = v }

// Sink defeats dead-code elimination.
var Sink any
