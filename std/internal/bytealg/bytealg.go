// Package bytealg holds the byte-slice helpers the standard library shares.
package bytealg

// MakeNoZero returns a byte slice of length n whose capacity is the whole allocation (its
// size class); the runtime makes it (runtime/src/slice.rs).
func MakeNoZero(n int) []byte

// IndexByteString returns the index of the first c in s, or -1.
func IndexByteString(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// CountString returns how many times c occurs in s.
func CountString(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}
