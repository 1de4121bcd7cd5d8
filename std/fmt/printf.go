package fmt

import (
	"reflect"
	"unicode/utf8"
)

// tooLarge reports whether a width, precision or argument index is absurd (over a
// million either way): it is then treated as absent.
func tooLarge(x int) bool {
	const limit = 1000000
	return x > limit || x < -limit
}

// parseNum reads a decimal number in s[start:end]: its value, whether there was one, and
// where it ended.
func parseNum(s string, start, end int) (num int, isNum bool, next int) {
	if start >= end {
		return 0, false, end
	}
	next = start
	for next < end && '0' <= s[next] && s[next] <= '9' {
		if tooLarge(num) {
			return 0, false, end
		}
		num = num*10 + int(s[next]-'0')
		isNum = true
		next++
	}
	return
}

// intArg is operand argNum as a width or precision: an integer of any integer type that
// fits an int and is not too large.
func intArg(a []any, argNum int) (num int, isInt bool, next int) {
	next = argNum
	if argNum >= len(a) {
		return
	}
	num, isInt = a[argNum].(int)
	if !isInt {
		v := reflect.ValueOf(a[argNum])
		switch v.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			n := v.Int()
			if int64(int(n)) == n {
				num, isInt = int(n), true
			}
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			n := v.Uint()
			if int64(n) >= 0 && uint64(int(n)) == n {
				num, isInt = int(n), true
			}
		}
	}
	next = argNum + 1
	if tooLarge(num) {
		num, isInt = 0, false
	}
	return
}

// parseIndex reads an argument index "[n]" at the start of s: the zero-based index, the
// length of the bracketed text, and whether it was a well-formed number. An unclosed
// bracket consumes one byte.
func parseIndex(s string) (index, length int, ok bool) {
	if len(s) < 3 {
		return 0, 1, false
	}
	for i := 1; i < len(s); i++ {
		if s[i] == ']' {
			n, isNum, next := parseNum(s, 1, i)
			if !isNum || next != i {
				return 0, i + 1, false
			}
			return n - 1, i + 1, true
		}
	}
	return 0, 1, false
}

// argIndex handles an argument index at format[i], if there is one: the operand to use
// next, where the directive continues, and whether an index was found.
func (p *printer) argIndex(argNum int, format string, i int, numArgs int) (newArgNum, next int, found bool) {
	if i >= len(format) || format[i] != '[' {
		return argNum, i, false
	}
	p.reordered = true
	index, length, ok := parseIndex(format[i:])
	if ok && 0 <= index && index < numArgs {
		return index, i + length, true
	}
	p.goodArgNum = false
	return argNum, i + length, ok
}

// printf formats the operands as the format string directs.
func (p *printer) printf(format string, a []any) {
	end := len(format)
	argNum := 0
	afterIndex := false // the previous item was an argument index
	p.reordered = false
directives:
	for i := 0; i < end; {
		p.goodArgNum = true
		start := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > start {
			p.writeString(format[start:i])
		}
		if i >= end {
			break
		}
		i++ // the '%'
		p.fmt.reset()

		// Flags; a plain lower-case verb right after them is the common case.
	flagLoop:
		for ; i < end; i++ {
			switch c := format[i]; c {
			case '#':
				p.fmt.sharp = true
			case '0':
				p.fmt.zero = true
			case '+':
				p.fmt.plus = true
			case '-':
				p.fmt.minus = true
			case ' ':
				p.fmt.space = true
			default:
				if 'a' <= c && c <= 'z' && argNum < len(a) {
					if c == 'w' {
						p.wrappedErrs = append(p.wrappedErrs, argNum)
					}
					if c == 'v' || c == 'w' {
						p.moveVFlags()
					}
					p.printArg(a[argNum], rune(c))
					argNum++
					i++
					continue directives
				}
				break flagLoop
			}
		}

		// Width: a number, or '*' taking it from the operands (negative means '-').
		argNum, i, afterIndex = p.argIndex(argNum, format, i, len(a))
		if i < end && format[i] == '*' {
			i++
			p.fmt.wid, p.fmt.widPresent, argNum = intArg(a, argNum)
			if !p.fmt.widPresent {
				p.writeString("%!(BADWIDTH)")
			}
			if p.fmt.wid < 0 {
				p.fmt.wid = -p.fmt.wid
				p.fmt.minus = true
				p.fmt.zero = false
			}
			afterIndex = false
		} else {
			p.fmt.wid, p.fmt.widPresent, i = parseNum(format, i, end)
			if afterIndex && p.fmt.widPresent {
				// "%[3]2d": an index must come right before its verb or '*'.
				p.goodArgNum = false
			}
		}

		// Precision: '.' then a number (none means 0) or '*'.
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex {
				p.goodArgNum = false
			}
			argNum, i, afterIndex = p.argIndex(argNum, format, i, len(a))
			if i < end && format[i] == '*' {
				i++
				p.fmt.prec, p.fmt.precPresent, argNum = intArg(a, argNum)
				if p.fmt.prec < 0 {
					p.fmt.prec = 0
					p.fmt.precPresent = false
				}
				if !p.fmt.precPresent {
					p.writeString("%!(BADPREC)")
				}
				afterIndex = false
			} else {
				p.fmt.prec, p.fmt.precPresent, i = parseNum(format, i, end)
				if !p.fmt.precPresent {
					p.fmt.prec = 0
					p.fmt.precPresent = true
				}
			}
		}

		if !afterIndex {
			argNum, i, afterIndex = p.argIndex(argNum, format, i, len(a))
		}
		if i >= end {
			p.writeString("%!(NOVERB)")
			break
		}

		verb, size := utf8.DecodeRuneInString(format[i:])
		i += size
		switch {
		case verb == '%':
			// A literal percent: no operand, no width.
			p.writeByte('%')
		case !p.goodArgNum:
			p.writeString("%!")
			p.writeRune(verb)
			p.writeString("(BADINDEX)")
		case argNum >= len(a):
			p.writeString("%!")
			p.writeRune(verb)
			p.writeString("(MISSING)")
		default:
			if verb == 'w' {
				p.wrappedErrs = append(p.wrappedErrs, argNum)
			}
			if verb == 'v' || verb == 'w' {
				p.moveVFlags()
			}
			p.printArg(a[argNum], verb)
			argNum++
		}
	}

	// Operands no directive used, unless indexes made the count meaningless.
	if !p.reordered && argNum < len(a) {
		p.fmt.reset()
		p.writeString("%!(EXTRA ")
		for i, arg := range a[argNum:] {
			if i > 0 {
				p.writeString(", ")
			}
			if arg == nil {
				p.writeString("<nil>")
			} else {
				p.writeString(reflect.TypeOf(arg).String())
				p.writeByte('=')
				p.printArg(arg, 'v')
			}
		}
		p.writeByte(')')
	}
}

// moveVFlags turns '#' and '+' into their %v meanings (Go syntax, field names).
func (p *printer) moveVFlags() {
	p.fmt.sharpV = p.fmt.sharp
	p.fmt.sharp = false
	p.fmt.plusV = p.fmt.plus
	p.fmt.plus = false
}
