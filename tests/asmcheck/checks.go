// checks.go: asmcheck-style tests of the code gocrane emits. A comment
// `// amd64:"RE1","RE2" arm64:"RE3",-"RE4"` after a statement says: in the -S listing for that
// architecture, the instructions attributed to this line include one matching each quoted
// regular expression, and none matching one preceded by `-`. (As gc's test/codegen, in
// gocrane's own code.)
package main

type Celsius float64

func (c Celsius) Fahrenheit() Celsius {
	return c*9/5 + 32 // amd64:"MULSD","DIVSD","ADDSD" arm64:"FMULD","FDIVD","FADDD"
}

//go:noinline
func get(s []int, i int) int {
	return s[i] // amd64:"CMPQ","CALL\truntime.panicIndex\(SB\)" arm64:"CMP","CALL\truntime.panicIndex\(SB\)"
}

//go:noinline
func first(a *[3]int) int {
	return a[1] // amd64:-"panicIndex" arm64:-"panicIndex"
}

//go:noinline
func div(a, b int) int {
	return a / b // amd64:"IDIVQ","CALL\truntime.panicdivide\(SB\)" arm64:"SDIV","CALL\truntime.panicdivide\(SB\)"
}

// Division by a power of two is a shift. Cranelift's optimizer builds the shift afresh, without
// a source location, so the listing shows it at the position of the code before it: the
// function's first line (gc shows the return statement's line).
//
//go:noinline
func eighth(a uint) uint { // amd64:"SHRQ\t\$3" arm64:"LSR\t\$3"
	return a / 8 // amd64:-"DIVQ",-"panicdivide" arm64:-"UDIV",-"panicdivide"
}

func main() {
	s := []int{1, 2, 3}
	println("hi", get(s, 1)) // amd64:"LEAQ\tgo:string\.\"hi \"\(SB\)","CALL\truntime.printstring\(SB\)" arm64:"MOVD\t\$go:string\.\"hi \"\(SB\)"
	var a [3]int
	println(first(&a), div(7, 2), eighth(64))
	println(Celsius(100).Fahrenheit()) // amd64:"CALL\tmain.Celsius.Fahrenheit\(SB\)" arm64:"CALL\tmain.Celsius.Fahrenheit\(SB\)"
}
