package strconv

// ParseComplex reads s as a complex128 (with float32 parts when bitSize is 64): N, Ni or
// N±Ni, where each N is a number ParseFloat reads, possibly in parentheses, without spaces.
// A part too large gives ±Inf in it and ErrRange.
func ParseComplex(s string, bitSize int) (complex128, error) {
	c, err := parseComplex(s, bitSize)
	if err != nil {
		return c, &NumError{"ParseComplex", cloneString(s), err}
	}
	return c, nil
}

func parseComplex(s string, bitSize int) (complex128, error) {
	size := 64
	if bitSize == 64 {
		size = 32
	}
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	var pending error // ErrRange from the real part
	re, n, err := parseFloatPrefix(s, size)
	if err == ErrRange {
		pending = err
	} else if err != nil {
		return 0, err
	}
	s = s[n:]
	if len(s) == 0 {
		return complex(re, 0), pending
	}
	switch s[0] {
	case '+':
		// The imaginary part's own sign follows, or a "+NaN" needs the '+' gone; "++" stays
		// an error.
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
	case 'i':
		if len(s) == 1 {
			return complex(0, re), pending // just an imaginary part
		}
		return 0, ErrSyntax
	default:
		return 0, ErrSyntax
	}
	im, n, err := parseFloatPrefix(s, size)
	if err == ErrRange {
		pending = err
	} else if err != nil {
		return 0, err
	}
	if s[n:] != "i" {
		return 0, ErrSyntax
	}
	return complex(re, im), pending
}
