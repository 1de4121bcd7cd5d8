package reflect

import (
	"internal/abi"
	"unsafe"
)

// visit is a comparison in progress, to stop at cycles: two addresses and a type.
type visit struct {
	a1, a2 unsafe.Pointer
	typ    *abi.Type
}

// DeepEqual reports whether x and y are "deeply equal": of identical types, and equal
// element by element, field by field, through pointers (see gc's documentation for the
// rules: nil and empty slices differ, funcs are equal only if both nil, NaN is unequal).
func DeepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	v1 := ValueOf(x)
	v2 := ValueOf(y)
	if v1.Type() != v2.Type() {
		return false
	}
	var visited []visit
	return deepValueEqual(v1, v2, &visited)
}

func deepValueEqual(v1, v2 Value, visited *[]visit) bool {
	if !v1.IsValid() || !v2.IsValid() {
		return v1.IsValid() == v2.IsValid()
	}
	if v1.typ() != v2.typ() {
		return false
	}

	// References can form cycles: remember the pairs of addresses being compared, and
	// assume a pair met again is equal (the comparison in progress decides).
	hard := func(v1, v2 Value) bool {
		switch v1.Kind() {
		case Pointer:
			if !v1.typ().Pointers() {
				// Pointers to not-in-heap types cannot be cyclic.
				return false
			}
			fallthrough
		case Map, Slice, Interface:
			return !v1.IsNil() && !v2.IsNil()
		}
		return false
	}
	if hard(v1, v2) {
		addr1 := v1.ptr
		addr2 := v2.ptr
		if v1.Kind() == Pointer || v1.Kind() == Map {
			addr1 = v1.pointer()
			addr2 = v2.pointer()
		}
		if uintptr(addr1) > uintptr(addr2) {
			addr1, addr2 = addr2, addr1
		}
		typ := v1.typ()
		for _, v := range *visited {
			if v.a1 == addr1 && v.a2 == addr2 && v.typ == typ {
				return true
			}
		}
		*visited = append(*visited, visit{addr1, addr2, typ})
	}

	switch v1.Kind() {
	case Array:
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Slice:
		if v1.IsNil() != v2.IsNil() {
			return false
		}
		if v1.Len() != v2.Len() {
			return false
		}
		if v1.UnsafePointer() == v2.UnsafePointer() {
			return true
		}
		if v1.typ().Elem().Kind() == abi.Uint8 {
			return string(v1.Bytes()) == string(v2.Bytes())
		}
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Interface:
		if v1.IsNil() || v2.IsNil() {
			return v1.IsNil() == v2.IsNil()
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Pointer:
		if v1.UnsafePointer() == v2.UnsafePointer() {
			return true
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Struct:
		for i, n := 0, v1.NumField(); i < n; i++ {
			if !deepValueEqual(v1.Field(i), v2.Field(i), visited) {
				return false
			}
		}
		return true
	case Map:
		if v1.IsNil() != v2.IsNil() {
			return false
		}
		if v1.Len() != v2.Len() {
			return false
		}
		if v1.UnsafePointer() == v2.UnsafePointer() {
			return true
		}
		// Same length, and every entry of v1 found in v2 with a deeply equal element.
		// A local iterator, as gc's inlined MapRange gives: it stays on the stack.
		iter := MapIter{m: v1}
		for iter.Next() {
			e1 := iter.Value()
			e2 := v2.MapIndex(iter.Key())
			if !e1.IsValid() || !e2.IsValid() || !deepValueEqual(e1, e2, visited) {
				return false
			}
		}
		return true
	case Func:
		if v1.IsNil() && v2.IsNil() {
			return true
		}
		// Can't do better than this.
		return false
	case Int, Int8, Int16, Int32, Int64:
		return v1.Int() == v2.Int()
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v1.Uint() == v2.Uint()
	case String:
		return v1.String() == v2.String()
	case Bool:
		return v1.Bool() == v2.Bool()
	case Float32, Float64:
		return v1.Float() == v2.Float()
	case Complex64, Complex128:
		return v1.Complex() == v2.Complex()
	case Chan, UnsafePointer:
		return v1.Pointer() == v2.Pointer()
	}
	// Not reached (every kind is handled above): == of the values themselves.
	return valueInterface(v1, false) == valueInterface(v2, false)
}
