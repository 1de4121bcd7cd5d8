package math

import "unsafe"

// Float32bits is the IEEE 754 encoding of f.
func Float32bits(f float32) uint32 { return *(*uint32)(unsafe.Pointer(&f)) }

// Float32frombits is the float32 whose IEEE 754 encoding is b.
func Float32frombits(b uint32) float32 { return *(*float32)(unsafe.Pointer(&b)) }

// Float64bits is the IEEE 754 encoding of f.
func Float64bits(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }

// Float64frombits is the float64 whose IEEE 754 encoding is b.
func Float64frombits(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }
