package strconv

// FormatComplex returns c as (a+bi), a and b formatted as FormatFloat formats them with fmt
// and prec; bitSize is 64 (complex64, float32 parts) or 128.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize /= 2
	var buf [64]byte
	dst := append(buf[:0], '(')
	dst = AppendFloat(dst, real(c), fmt, prec, bitSize)
	i := len(dst)
	dst = AppendFloat(dst, imag(c), fmt, prec, bitSize)
	if dst[i] != '+' && dst[i] != '-' {
		// The imaginary part needs a sign of its own.
		dst = append(dst, 0)
		copy(dst[i+1:], dst[i:])
		dst[i] = '+'
	}
	return string(append(dst, "i)"...))
}
