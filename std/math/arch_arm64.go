package math

// onARM64: gc computes Exp and Exp2 with arm64 assembly here.
const onARM64 = true

// useFMA: every arm64 processor fuses (Exp's amd64 path, which asks, is not taken here).
const useFMA = true
