// errvalues.go: errors are values of the predeclared interface type `error`
// (interface{ Error() string }). A function returns nil for success or an error value that
// describes the failure; callers check it against nil and can look at its dynamic type.
package main

type ParseError struct {
	input string
	pos   int
}

func (e *ParseError) Error() string {
	return "cannot parse " + e.input + ": bad digit at " + string(rune('0'+e.pos))
}

type RangeError string

func (e RangeError) Error() string { return "out of range: " + string(e) }

// parse reads a non-negative decimal number below 1000.
func parse(s string) (int, error) {
	if len(s) == 0 {
		return 0, RangeError("empty input")
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, &ParseError{s, i}
		}
		n = n*10 + int(c-'0')
		if n >= 1000 {
			return 0, RangeError(s)
		}
	}
	return n, nil
}

func sum(inputs []string) (int, error) {
	total := 0
	for _, in := range inputs {
		n, err := parse(in)
		if err != nil {
			return total, err
		}
		total += n
	}
	return total, nil
}

func report(inputs []string) {
	total, err := sum(inputs)
	if err != nil {
		println("error:", err.Error(), "(partial sum", total, ")")
		if pe, ok := err.(*ParseError); ok {
			println("  the bad input was", pe.input)
		}
		switch err.(type) {
		case RangeError:
			println("  a RangeError")
		case *ParseError:
			println("  a *ParseError")
		}
		return
	}
	println("sum:", total)
}

func main() {
	report([]string{"1", "22", "333"})
	report([]string{"1", "2x"})
	report([]string{"5", "1234"})
	report([]string{"5", ""})

	var err error
	println("nil error:", err == nil)
	err = RangeError("x")
	println("same value, same type:", err == RangeError("x"))
}
