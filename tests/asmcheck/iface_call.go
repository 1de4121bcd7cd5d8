// iface_call.go: asmcheck of the interface story of examples/mather.go, the one gc's -S tells:
// a conversion loads the itab's address and makes the data word (a read-only static for a
// constant, runtime.convT32 for a 4-byte value), and a call through the interface loads
// itab.Fun[i] (offset 24 + 8i) and calls it indirectly. The same patterns match gc's listing.
package main

type Mather interface {
	Add(a, b int32) int32
	Sub(a, b int64) int64
}

type Adder struct {
	id int32
}

//go:noinline
func (adder Adder) Add(a, b int32) int32 {
	return a + b + adder.id
}

//go:noinline
func (adder Adder) Sub(a, b int64) int64 {
	return a - b - int64(adder.id)
}

//go:noinline
func box(id int32) Mather {
	return Adder{id: id} // amd64:"LEAQ\tgo:itab\.main\.Adder,main\.Mather\(SB\)","CALL\truntime\.convT32\(SB\)" arm64:"MOVD\t\$go:itab\.main\.Adder,main\.Mather\(SB\)","CALL\truntime\.convT32\(SB\)"
}

//go:noinline
func add(m Mather, x int32) int32 {
	return m.Add(x, 10) // amd64:"MOVQ\t24\([A-Z0-9]+\), [A-Z0-9]+","CALL\t[A-Z][A-Z0-9]*$" arm64:"MOVD\t24\(R\d+\), R\d+","CALL\t\(R\d+\)"
}

//go:noinline
func sub(m Mather, x int64) int64 {
	return m.Sub(100, x) // amd64:"MOVQ\t32\([A-Z0-9]+\), [A-Z0-9]+","CALL\t[A-Z][A-Z0-9]*$" arm64:"MOVD\t32\(R\d+\), R\d+","CALL\t\(R\d+\)"
}

//go:noinline
func constant() Mather {
	return Adder{id: 6754} // amd64:"LEAQ\tgo:itab\.main\.Adder,main\.Mather\(SB\)","LEAQ\tmain\.\.stmp_\d+\(SB\)",-"convT" arm64:"MOVD\t\$main\.\.stmp_\d+\(SB\)",-"convT"
}

func main() {
	println(add(box(1), 2), sub(constant(), 3))
}
