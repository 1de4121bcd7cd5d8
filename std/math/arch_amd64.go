package math

// onARM64: gc computes Exp and Log with amd64 assembly here.
const onARM64 = false

// useFMA is gc's: whether the processor has AVX and FMA, which gc's Exp assembly then uses
// (the runtime asks CPUID: runtime/src/cpu.rs).
var useFMA = cpuHasFMA()

func cpuHasFMA() bool
