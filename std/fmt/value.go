package fmt

import (
	"internal/fmtsort"
	"reflect"
)

// badVerb writes %!verb(type=value) for an operand the verb does not apply to.
func (p *printer) badVerb(arg any, value reflect.Value, verb rune) {
	p.erroring = true
	p.writeString("%!")
	p.writeRune(verb)
	p.writeByte('(')
	switch {
	case arg != nil:
		p.writeString(reflect.TypeOf(arg).String())
		p.writeByte('=')
		p.printArg(arg, 'v')
	case value.IsValid():
		p.writeString(value.Type().String())
		p.writeByte('=')
		p.printValue(value, 'v', 0)
	default:
		p.writeString("<nil>")
	}
	p.writeByte(')')
	p.erroring = false
}

func (p *printer) fmtBool(arg any, value reflect.Value, v bool, verb rune) {
	if verb == 't' || verb == 'v' {
		p.fmt.boolean(v)
		return
	}
	p.badVerb(arg, value, verb)
}

// hex64 writes v in hexadecimal, with or without 0x, whatever the '#' flag says.
func (p *printer) hex64(v uint64, prefix bool) {
	sharp := p.fmt.sharp
	p.fmt.sharp = prefix
	p.fmt.integer(v, 16, false, 'v', lowerDigits)
	p.fmt.sharp = sharp
}

func (p *printer) fmtInteger(arg any, value reflect.Value, v uint64, signed bool, verb rune) {
	switch verb {
	case 'v':
		if p.fmt.sharpV && !signed {
			// Go syntax for unsigned values is hexadecimal.
			p.hex64(v, true)
		} else {
			p.fmt.integer(v, 10, signed, verb, lowerDigits)
		}
	case 'd':
		p.fmt.integer(v, 10, signed, verb, lowerDigits)
	case 'b':
		p.fmt.integer(v, 2, signed, verb, lowerDigits)
	case 'o', 'O':
		p.fmt.integer(v, 8, signed, verb, lowerDigits)
	case 'x':
		p.fmt.integer(v, 16, signed, verb, lowerDigits)
	case 'X':
		p.fmt.integer(v, 16, signed, verb, upperDigits)
	case 'c':
		p.fmt.char(v)
	case 'q':
		p.fmt.quotedChar(v)
	case 'U':
		p.fmt.unicode(v)
	default:
		p.badVerb(arg, value, verb)
	}
}

// fmtFloat: %v is the shortest %g; %b %g %G %x %X default to the shortest precision too,
// %e %E %f %F to 6 digits.
func (p *printer) fmtFloat(arg any, value reflect.Value, v float64, size int, verb rune) {
	switch verb {
	case 'v':
		p.fmt.float(v, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.fmt.float(v, size, verb, -1)
	case 'f', 'e', 'E':
		p.fmt.float(v, size, verb, 6)
	case 'F':
		p.fmt.float(v, size, 'f', 6)
	default:
		p.badVerb(arg, value, verb)
	}
}

// fmtComplex writes (re+imi) with each part formatted by the verb; the imaginary part
// always has a sign.
func (p *printer) fmtComplex(arg any, value reflect.Value, v complex128, size int, verb rune) {
	switch verb {
	case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E':
		plus := p.fmt.plus
		p.writeByte('(')
		p.fmtFloat(arg, value, real(v), size/2, verb)
		p.fmt.plus = true
		p.fmtFloat(arg, value, imag(v), size/2, verb)
		p.writeString("i)")
		p.fmt.plus = plus
	default:
		p.badVerb(arg, value, verb)
	}
}

func (p *printer) fmtString(arg any, value reflect.Value, v string, verb rune) {
	switch verb {
	case 'v':
		if p.fmt.sharpV {
			p.fmt.quoted(v)
		} else {
			p.fmt.str(v)
		}
	case 's':
		p.fmt.str(v)
	case 'x':
		p.fmt.hexBytes(v, nil, lowerDigits)
	case 'X':
		p.fmt.hexBytes(v, nil, upperDigits)
	case 'q':
		p.fmt.quoted(v)
	default:
		p.badVerb(arg, value, verb)
	}
}

// fmtBytes formats a []byte (or a byte array's bytes, typeString naming its type): as a
// list of numbers for %v and %d, as a string for the string verbs.
func (p *printer) fmtBytes(v []byte, verb rune, typeString string) {
	switch verb {
	case 'v', 'd':
		if p.fmt.sharpV {
			p.writeString(typeString)
			if v == nil {
				p.writeString("(nil)")
				return
			}
			p.writeByte('{')
			for i, c := range v {
				if i > 0 {
					p.writeString(", ")
				}
				p.hex64(uint64(c), true)
			}
			p.writeByte('}')
			return
		}
		p.writeByte('[')
		for i, c := range v {
			if i > 0 {
				p.writeByte(' ')
			}
			p.fmt.integer(uint64(c), 10, false, verb, lowerDigits)
		}
		p.writeByte(']')
	case 's':
		p.fmt.bytes(v)
	case 'x':
		p.fmt.hexBytes("", v, lowerDigits)
	case 'X':
		p.fmt.hexBytes("", v, upperDigits)
	case 'q':
		p.fmt.quoted(string(v))
	default:
		p.printValue(reflect.ValueOf(v), verb, 0)
	}
}

// fmtPointer formats the address a chan, func, map, pointer, slice or unsafe.Pointer holds.
func (p *printer) fmtPointer(arg any, value reflect.Value, verb rune) {
	var u uintptr
	switch value.Kind() {
	case reflect.Chan, reflect.Func, reflect.Map, reflect.Pointer, reflect.Slice, reflect.UnsafePointer:
		u = uintptr(value.UnsafePointer())
	default:
		p.badVerb(arg, value, verb)
		return
	}
	switch verb {
	case 'v':
		if p.fmt.sharpV {
			p.writeByte('(')
			p.writeString(value.Type().String())
			p.writeString(")(")
			if u == 0 {
				p.writeString("nil")
			} else {
				p.hex64(uint64(u), true)
			}
			p.writeByte(')')
		} else if u == 0 {
			p.fmt.writeString("<nil>")
		} else {
			p.hex64(uint64(u), !p.fmt.sharp)
		}
	case 'p':
		p.hex64(uint64(u), !p.fmt.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInteger(arg, value, uint64(u), false, verb)
	default:
		p.badVerb(arg, value, verb)
	}
}

// catchPanic, deferred around a call of the operand's method, turns a panic into
// %!verb(PANIC=Method method: value); a nil pointer receiver prints <nil> instead.
func (p *printer) catchPanic(arg any, verb rune, method string) {
	err := recover()
	if err == nil {
		return
	}
	if v := reflect.ValueOf(arg); v.Kind() == reflect.Pointer && v.IsNil() {
		p.writeString("<nil>")
		return
	}
	if p.panicking {
		// The panic value's own method panicked: give up.
		panic(err)
	}
	saved := p.fmt.flags
	p.fmt.reset()
	p.writeString("%!")
	p.writeRune(verb)
	p.writeString("(PANIC=")
	p.writeString(method)
	p.writeString(" method: ")
	p.panicking = true
	p.printArg(err, 'v')
	p.panicking = false
	p.writeByte(')')
	p.fmt.flags = saved
}

// handleMethods formats arg through its own methods, if it has the ones the verb uses:
// Format, then GoString for %#v, then Error or String for the string verbs. It reports
// whether it did.
func (p *printer) handleMethods(arg any, value reflect.Value, verb rune) (handled bool) {
	if p.erroring {
		return
	}
	if verb == 'w' {
		// %w is %v of an error, in Errorf only.
		_, isError := arg.(error)
		if !isError || !p.wrapErrs {
			p.badVerb(arg, value, verb)
			return true
		}
		verb = 'v'
	}
	if formatter, ok := arg.(Formatter); ok {
		handled = true
		defer p.catchPanic(arg, verb, "Format")
		formatter.Format(p, verb)
		return
	}
	if p.fmt.sharpV {
		if stringer, ok := arg.(GoStringer); ok {
			handled = true
			defer p.catchPanic(arg, verb, "GoString")
			p.fmt.str(stringer.GoString())
			return
		}
		return false
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		switch v := arg.(type) {
		case error:
			handled = true
			defer p.catchPanic(arg, verb, "Error")
			p.fmtString(arg, value, v.Error(), verb)
			return
		case Stringer:
			handled = true
			defer p.catchPanic(arg, verb, "String")
			p.fmtString(arg, value, v.String(), verb)
			return
		}
	}
	return false
}

// printArg formats one operand: the common types directly, the rest through their methods
// or reflection.
func (p *printer) printArg(arg any, verb rune) {
	if arg == nil {
		if verb == 'T' || verb == 'v' {
			p.fmt.writeString("<nil>")
		} else {
			p.badVerb(arg, reflect.Value{}, verb)
		}
		return
	}
	switch verb {
	case 'T':
		p.fmt.str(reflect.TypeOf(arg).String())
		return
	case 'p':
		p.fmtPointer(arg, reflect.ValueOf(arg), 'p')
		return
	}
	// The basic types need no reflection; named types go through handleMethods first.
	switch f := arg.(type) {
	case bool:
		p.fmtBool(arg, reflect.Value{}, f, verb)
	case float32:
		p.fmtFloat(arg, reflect.Value{}, float64(f), 32, verb)
	case float64:
		p.fmtFloat(arg, reflect.Value{}, f, 64, verb)
	case complex64:
		p.fmtComplex(arg, reflect.Value{}, complex128(f), 64, verb)
	case complex128:
		p.fmtComplex(arg, reflect.Value{}, f, 128, verb)
	case int:
		p.fmtInteger(arg, reflect.Value{}, uint64(f), true, verb)
	case int8:
		p.fmtInteger(arg, reflect.Value{}, uint64(f), true, verb)
	case int16:
		p.fmtInteger(arg, reflect.Value{}, uint64(f), true, verb)
	case int32:
		p.fmtInteger(arg, reflect.Value{}, uint64(f), true, verb)
	case int64:
		p.fmtInteger(arg, reflect.Value{}, uint64(f), true, verb)
	case uint:
		p.fmtInteger(arg, reflect.Value{}, uint64(f), false, verb)
	case uint8:
		p.fmtInteger(arg, reflect.Value{}, uint64(f), false, verb)
	case uint16:
		p.fmtInteger(arg, reflect.Value{}, uint64(f), false, verb)
	case uint32:
		p.fmtInteger(arg, reflect.Value{}, uint64(f), false, verb)
	case uint64:
		p.fmtInteger(arg, reflect.Value{}, f, false, verb)
	case uintptr:
		p.fmtInteger(arg, reflect.Value{}, uint64(f), false, verb)
	case string:
		p.fmtString(arg, reflect.Value{}, f, verb)
	case []byte:
		p.fmtBytes(f, verb, "[]byte")
	case reflect.Value:
		// A reflect.Value prints the value it holds.
		if f.IsValid() && f.CanInterface() {
			arg = f.Interface()
			if p.handleMethods(arg, reflect.Value{}, verb) {
				return
			}
		}
		p.printValue(f, verb, 0)
	default:
		if !p.handleMethods(arg, reflect.Value{}, verb) {
			p.printValue(reflect.ValueOf(f), verb, 0)
		}
	}
}

// fieldValue is struct v's field i, or what it holds if it is a non-nil interface.
func fieldValue(v reflect.Value, i int) reflect.Value {
	f := v.Field(i)
	if f.Kind() == reflect.Interface && !f.IsNil() {
		f = f.Elem()
	}
	return f
}

// printValue formats a value through reflection; depth > 0 inside composite values, where
// the elements' own methods are used when they can be reached.
func (p *printer) printValue(value reflect.Value, verb rune, depth int) {
	if depth > 0 && value.IsValid() && value.CanInterface() {
		if p.handleMethods(value.Interface(), value, verb) {
			return
		}
	}
	switch value.Kind() {
	case reflect.Invalid:
		if depth == 0 {
			p.writeString("<invalid reflect.Value>")
		} else if verb == 'v' {
			p.writeString("<nil>")
		} else {
			p.badVerb(nil, value, verb)
		}
	case reflect.Bool:
		p.fmtBool(nil, value, value.Bool(), verb)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		p.fmtInteger(nil, value, uint64(value.Int()), true, verb)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		p.fmtInteger(nil, value, value.Uint(), false, verb)
	case reflect.Float32:
		p.fmtFloat(nil, value, value.Float(), 32, verb)
	case reflect.Float64:
		p.fmtFloat(nil, value, value.Float(), 64, verb)
	case reflect.Complex64:
		p.fmtComplex(nil, value, value.Complex(), 64, verb)
	case reflect.Complex128:
		p.fmtComplex(nil, value, value.Complex(), 128, verb)
	case reflect.String:
		p.fmtString(nil, value, value.String(), verb)
	case reflect.Map:
		p.printMap(value, verb, depth)
	case reflect.Struct:
		p.printStruct(value, verb, depth)
	case reflect.Interface:
		elem := value.Elem()
		if elem.IsValid() {
			p.printValue(elem, verb, depth+1)
		} else if p.fmt.sharpV {
			p.writeString(value.Type().String())
			p.writeString("(nil)")
		} else {
			p.writeString("<nil>")
		}
	case reflect.Array, reflect.Slice:
		p.printList(value, verb, depth)
	case reflect.Pointer:
		// At the top level, a pointer to a composite value prints as &{...}.
		if depth == 0 && value.UnsafePointer() != nil {
			switch elem := value.Elem(); elem.Kind() {
			case reflect.Array, reflect.Slice, reflect.Struct, reflect.Map:
				p.writeByte('&')
				p.printValue(elem, verb, depth+1)
				return
			}
		}
		p.fmtPointer(nil, value, verb)
	case reflect.Chan, reflect.Func, reflect.UnsafePointer:
		p.fmtPointer(nil, value, verb)
	default:
		p.unknownType(value)
	}
}

func (p *printer) unknownType(v reflect.Value) {
	if !v.IsValid() {
		p.writeString("<nil>")
		return
	}
	p.writeByte('?')
	p.writeString(v.Type().String())
	p.writeByte('?')
}

// printMap writes a map's entries in key order (internal/fmtsort's): map[k:v k:v], or
// map[K]V{k:v, k:v} under %#v (map[K]V(nil) for a nil map).
func (p *printer) printMap(v reflect.Value, verb rune, depth int) {
	if p.fmt.sharpV {
		p.writeString(v.Type().String())
		if v.IsNil() {
			p.writeString("(nil)")
			return
		}
		p.writeByte('{')
	} else {
		p.writeString("map[")
	}
	for i, e := range fmtsort.Sort(v) {
		if i > 0 {
			if p.fmt.sharpV {
				p.writeString(", ")
			} else {
				p.writeByte(' ')
			}
		}
		p.printValue(e.Key, verb, depth+1)
		p.writeByte(':')
		p.printValue(e.Value, verb, depth+1)
	}
	if p.fmt.sharpV {
		p.writeByte('}')
	} else {
		p.writeByte(']')
	}
}

// printStruct writes {a b}, {A:a B:b} under %+v, or main.T{A:a, B:b} under %#v.
func (p *printer) printStruct(v reflect.Value, verb rune, depth int) {
	if p.fmt.sharpV {
		p.writeString(v.Type().String())
	}
	p.writeByte('{')
	for i := 0; i < v.NumField(); i++ {
		if i > 0 {
			if p.fmt.sharpV {
				p.writeString(", ")
			} else {
				p.writeByte(' ')
			}
		}
		if p.fmt.plusV || p.fmt.sharpV {
			if name := v.Type().Field(i).Name; name != "" {
				p.writeString(name)
				p.writeByte(':')
			}
		}
		p.printValue(fieldValue(v, i), verb, depth+1)
	}
	p.writeByte('}')
}

// printList writes an array or slice: [a b] or []T{a, b}; byte lists under the string
// verbs print as strings.
func (p *printer) printList(v reflect.Value, verb rune, depth int) {
	switch verb {
	case 's', 'q', 'x', 'X':
		t := v.Type()
		if t.Elem().Kind() == reflect.Uint8 {
			var bytes []byte
			if v.Kind() == reflect.Slice || v.CanAddr() {
				bytes = v.Bytes()
			} else {
				// An unaddressable array: copy its bytes out.
				bytes = make([]byte, v.Len())
				for i := range bytes {
					bytes[i] = byte(v.Index(i).Uint())
				}
			}
			p.fmtBytes(bytes, verb, t.String())
			return
		}
	}
	if p.fmt.sharpV {
		p.writeString(v.Type().String())
		if v.Kind() == reflect.Slice && v.IsNil() {
			p.writeString("(nil)")
			return
		}
		p.writeByte('{')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				p.writeString(", ")
			}
			p.printValue(v.Index(i), verb, depth+1)
		}
		p.writeByte('}')
		return
	}
	p.writeByte('[')
	for i := 0; i < v.Len(); i++ {
		if i > 0 {
			p.writeByte(' ')
		}
		p.printValue(v.Index(i), verb, depth+1)
	}
	p.writeByte(']')
}
