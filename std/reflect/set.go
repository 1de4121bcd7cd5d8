package reflect

import (
	"internal/abi"
	"unsafe"
)

// Set assigns x to v: v must be settable and x assignable to v's type.
func (v Value) Set(x Value) {
	v.mustBeAssignable("reflect.Set")
	x.mustBeExported()
	var target unsafe.Pointer
	if v.kind() == Interface {
		target = v.ptr
	}
	x = x.assignTo("reflect.Set", v.typ(), target)
	if x.flag&flagIndir != 0 {
		if x.ptr == unsafe.Pointer(&zeroVal[0]) {
			clearBytes(v.ptr, v.typ().Size_)
		} else {
			abi.Typedmemmove(v.typ(), v.ptr, x.ptr)
		}
	} else {
		*(*unsafe.Pointer)(v.ptr) = x.ptr
	}
}

// zeroVal is the storage of zero values too big to need their own.
var zeroVal [1024]byte

func clearBytes(p unsafe.Pointer, n uintptr) {
	b := unsafe.Slice((*byte)(p), n)
	for i := range b {
		b[i] = 0
	}
}

// assignTo is v converted for assignment to type dst (an interface conversion if dst is
// an interface); target, if not nil, is where an interface result may be stored.
func (v Value) assignTo(context string, dst *abi.Type, target unsafe.Pointer) Value {
	switch {
	case abi.DirectlyAssignable(dst, v.typ()):
		fl := v.flag&(flagAddr|flagIndir) | v.flag.ro()
		fl |= flag(dst.Kind())
		return Value{dst, v.ptr, fl}
	case abi.Implements(dst, v.typ()):
		if v.Kind() == Interface && v.IsNil() {
			// A nil interface converts to the zero value of any interface type.
			return Value{dst, nil, flag(Interface)}
		}
		x := valueInterface(v, false)
		if target == nil {
			target = unsafe_New(dst)
		}
		if dst.NumMethod() == 0 {
			*(*any)(target) = x
		} else {
			abi.IfaceE2I(dst, x, target)
		}
		return Value{dst, target, flagIndir | flag(Interface)}
	}
	panic(context + ": value of type " + v.typ().String() + " is not assignable to type " + dst.String())
}

// SetBool sets a bool v.
func (v Value) SetBool(x bool) {
	v.mustBeAssignable("reflect.Value.SetBool")
	v.kindIs("reflect.Value.SetBool", Bool)
	*(*bool)(v.ptr) = x
}

// SetInt sets a signed integer v (truncating x to its size).
func (v Value) SetInt(x int64) {
	v.mustBeAssignable("reflect.Value.SetInt")
	switch k := v.kind(); k {
	case Int:
		*(*int)(v.ptr) = int(x)
	case Int8:
		*(*int8)(v.ptr) = int8(x)
	case Int16:
		*(*int16)(v.ptr) = int16(x)
	case Int32:
		*(*int32)(v.ptr) = int32(x)
	case Int64:
		*(*int64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetInt", v.kind()})
	}
}

// SetUint sets an unsigned integer v (truncating x to its size).
func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("reflect.Value.SetUint")
	switch k := v.kind(); k {
	case Uint:
		*(*uint)(v.ptr) = uint(x)
	case Uint8:
		*(*uint8)(v.ptr) = uint8(x)
	case Uint16:
		*(*uint16)(v.ptr) = uint16(x)
	case Uint32:
		*(*uint32)(v.ptr) = uint32(x)
	case Uint64:
		*(*uint64)(v.ptr) = x
	case Uintptr:
		*(*uintptr)(v.ptr) = uintptr(x)
	default:
		panic(&ValueError{"reflect.Value.SetUint", v.kind()})
	}
}

// SetFloat sets a float v (rounding x to float32 for a float32).
func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("reflect.Value.SetFloat")
	switch k := v.kind(); k {
	case Float32:
		*(*float32)(v.ptr) = float32(x)
	case Float64:
		*(*float64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetFloat", v.kind()})
	}
}

// SetComplex sets a complex v.
func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("reflect.Value.SetComplex")
	switch k := v.kind(); k {
	case Complex64:
		*(*complex64)(v.ptr) = complex64(x)
	case Complex128:
		*(*complex128)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetComplex", v.kind()})
	}
}

// SetString sets a string v.
func (v Value) SetString(x string) {
	v.mustBeAssignable("reflect.Value.SetString")
	v.kindIs("reflect.Value.SetString", String)
	*(*string)(v.ptr) = x
}

// SetBytes sets a []byte v.
func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("reflect.Value.SetBytes")
	v.kindIs("reflect.Value.SetBytes", Slice)
	if v.typ().Elem().Kind() != abi.Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	*(*[]byte)(v.ptr) = x
}

// SetLen sets a slice's length (within its capacity).
func (v Value) SetLen(n int) {
	v.mustBeAssignable("reflect.Value.SetLen")
	v.kindIs("reflect.Value.SetLen", Slice)
	s := (*sliceHeader)(v.ptr)
	if uint(n) > uint(s.Cap) {
		panic("reflect: slice length out of range in SetLen")
	}
	s.Len = n
}

// SetCap sets a slice's capacity (between its length and its capacity).
func (v Value) SetCap(n int) {
	v.mustBeAssignable("reflect.Value.SetCap")
	v.kindIs("reflect.Value.SetCap", Slice)
	s := (*sliceHeader)(v.ptr)
	if n < s.Len || n > s.Cap {
		panic("reflect: slice capacity out of range in SetCap")
	}
	s.Cap = n
}

// SetPointer sets an unsafe.Pointer v.
func (v Value) SetPointer(x unsafe.Pointer) {
	v.mustBeAssignable("reflect.Value.SetPointer")
	v.kindIs("reflect.Value.SetPointer", UnsafePointer)
	*(*unsafe.Pointer)(v.ptr) = x
}

// New is a pointer to a new zero value of type typ.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.common()
	pt := pointerTo(t)
	ptr := unsafe_New(t)
	return Value{pt, ptr, flag(Pointer)}
}

// NewAt is a pointer to a value of type typ at p.
func NewAt(typ Type, p unsafe.Pointer) Value {
	t := typ.common()
	return Value{pointerTo(t), p, flag(Pointer)}
}

// Zero is the zero value of typ (neither addressable nor settable).
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := &typ.(*rtype).t
	fl := flag(t.Kind())
	if !t.IsDirectIface() {
		var p unsafe.Pointer
		if t.Size_ <= uintptr(len(zeroVal)) {
			p = unsafe.Pointer(&zeroVal[0])
		} else {
			p = unsafe_New(t)
		}
		return Value{t, p, fl | flagIndir}
	}
	return Value{t, nil, fl}
}

// Indirect is what v points at, or v itself if it is not a pointer.
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

// MakeSlice is a new slice of type typ with the given length and capacity.
func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	s := new(sliceHeader)
	s.Data = unsafe_NewArray(typ.Elem().common(), cap)
	s.Len = len
	s.Cap = cap
	return Value{typ.common(), unsafe.Pointer(s), flagIndir | flag(Slice)}
}

// Copy copies from src to dst (slices or arrays of the same element type, or a string
// into a []byte) and returns how many elements it copied.
func Copy(dst, src Value) int {
	dk := dst.kind()
	if dk != Array && dk != Slice {
		panic(&ValueError{"reflect.Copy", dk})
	}
	if dk == Array {
		dst.mustBeAssignable("reflect.Copy")
	}
	dst.mustBeExported()
	sk := src.kind()
	var stringCopy bool
	if sk != Array && sk != Slice {
		stringCopy = sk == String && dst.typ().Elem().Kind() == abi.Uint8
		if !stringCopy {
			panic(&ValueError{"reflect.Copy", sk})
		}
	}
	src.mustBeExported()
	de := dst.typ().Elem()
	if !stringCopy {
		se := src.typ().Elem()
		if !abi.HaveIdenticalType(de, se, true) {
			panic("reflect.Copy: " + de.String() + " != " + se.String())
		}
	}
	n := dst.Len()
	if m := src.Len(); m < n {
		n = m
	}
	dp := dst.ptr
	if dk == Slice {
		dp = (*sliceHeader)(dst.ptr).Data
	}
	var sp unsafe.Pointer
	switch {
	case stringCopy:
		sp = (*stringHeader)(src.ptr).Data
	case sk == Slice:
		sp = (*sliceHeader)(src.ptr).Data
	default:
		sp = src.ptr
	}
	size := uintptr(n) * de.Size_
	if size > 0 {
		copy(unsafe.Slice((*byte)(dp), size), unsafe.Slice((*byte)(sp), size))
	}
	return n
}

// Append is append(s, x...) for a slice s.
func Append(s Value, x ...Value) Value {
	s.kindIs("reflect.Append", Slice)
	n := s.Len()
	s = s.extendSlice(len(x))
	for i, v := range x {
		s.Index(n + i).Set(v)
	}
	return s
}

// AppendSlice is append(s, t...) for slices s and t of the same type.
func AppendSlice(s, t Value) Value {
	s.kindIs("reflect.AppendSlice", Slice)
	t.kindIs("reflect.AppendSlice", Slice)
	if !abi.HaveIdenticalType(s.typ().Elem(), t.typ().Elem(), true) {
		panic("reflect.AppendSlice: " + s.typ().Elem().String() + " != " + t.typ().Elem().String())
	}
	ns := s.Len()
	nt := t.Len()
	s = s.extendSlice(nt)
	Copy(s.Slice(ns, ns+nt), t)
	return s
}

// extendSlice is a copy of the slice value s with n more elements, grown as append grows.
func (v Value) extendSlice(n int) Value {
	v.mustBeExported()
	v.kindIs("reflect.Value.Grow", Slice)
	// A fresh variable: v may be an element of something else.
	h := *(*sliceHeader)(v.ptr)
	p := &h
	v.ptr = unsafe.Pointer(p)
	v.flag = flagIndir | flag(Slice)
	v.grow(n)
	p.Len += n
	return v
}

// Grow makes room for n more elements, growing the capacity as append would.
func (v Value) Grow(n int) {
	v.mustBeAssignable("reflect.Value.Grow")
	v.kindIs("reflect.Value.Grow", Slice)
	v.grow(n)
}

func (v Value) grow(n int) {
	p := (*sliceHeader)(v.ptr)
	if n < 0 {
		panic("reflect.Value.Grow: negative len")
	}
	if p.Len+n < 0 {
		panic("reflect.Value.Grow: slice overflow")
	}
	if p.Len+n <= p.Cap {
		return
	}
	// append's growth, size classes included (the runtime's growslice).
	grown := growslice(v.typ().Elem(), p.Data, p.Len+n, p.Cap, n)
	g := (*sliceHeader)(unsafe.Pointer(&grown))
	p.Data = g.Data
	p.Cap = g.Cap
}

// growslice is the runtime's (runtime/src/reflect.rs): a block for newLen elements of et
// holding the first newLen-num of oldPtr's, as a header of et elements.
//
//go:noescape
func growslice(et *abi.Type, oldPtr unsafe.Pointer, newLen, oldCap, num int) []byte
