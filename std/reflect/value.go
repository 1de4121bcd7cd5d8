package reflect

import (
	"internal/abi"
	"unsafe"
)

// Value is a Go value seen through reflection: its type, where it is, and flags.
//
// ptr holds the value itself when the type is pointer-shaped (stored directly in an
// interface) and flagIndir is clear; otherwise it points at the value.
type Value struct {
	typ_ *abi.Type
	ptr  unsafe.Pointer
	flag
}

type flag uintptr

const (
	flagKindWidth        = 5 // the low bits hold the Kind
	flagKindMask    flag = 1<<flagKindWidth - 1
	flagStickyRO    flag = 1 << 5 // reached through an unexported non-embedded field
	flagEmbedRO     flag = 1 << 6 // reached through an unexported embedded field
	flagIndir       flag = 1 << 7 // ptr points at the value
	flagAddr        flag = 1 << 8 // addressable (implies flagIndir)
	flagRO          flag = flagStickyRO | flagEmbedRO
)

func (f flag) kind() Kind { return Kind(f & flagKindMask) }

// typ is v's type, hidden from escape analysis: a descriptor never needs to escape, and
// letting it would make every Value's pointer escape with it.
func (v Value) typ() *abi.Type {
	return (*abi.Type)(abi.NoEscape(unsafe.Pointer(v.typ_)))
}

func (f flag) ro() flag {
	if f&flagRO != 0 {
		return flagStickyRO
	}
	return 0
}

// A ValueError is the panic of a Value method called on a value of the wrong kind.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

// valueMethodName names the Value method that failed, for messages. gc finds it by walking
// the stack; gocrane's methods pass their names to the checks that need them instead.
func valueMethodName() string { return "reflect.Value" }

func (f flag) mustBeExported() {
	if f == 0 || f&flagRO != 0 {
		f.mustBeExportedSlow()
	}
}

func (f flag) mustBeExportedSlow() {
	if f == 0 {
		panic(&ValueError{valueMethodName(), Invalid})
	}
	if f&flagRO != 0 {
		panic("reflect: " + valueMethodName() + " using value obtained using unexported field")
	}
}

func (f flag) mustBeAssignable(method string) {
	if f == 0 {
		panic(&ValueError{method, Invalid})
	}
	if f&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
	if f&flagAddr == 0 {
		panic("reflect: " + method + " using unaddressable value")
	}
}

// kindIs panics with method's ValueError unless v's kind is k.
func (v Value) kindIs(method string, k Kind) {
	if v.kind() != k {
		panic(&ValueError{method, v.kind()})
	}
}

// ValueOf is a Value for i's dynamic value; the zero Value for a nil interface.
func ValueOf(i any) Value {
	if i == nil {
		return Value{}
	}
	return unpackEface(i)
}

func unpackEface(i any) Value {
	e := (*emptyInterface)(unsafe.Pointer(&i))
	t := e.typ
	if t == nil {
		return Value{}
	}
	f := flag(t.Kind())
	if !t.IsDirectIface() {
		f |= flagIndir
	}
	return Value{t, e.word, f}
}

// packEface is v as an interface, copying an addressable value so the interface does not
// alias the variable.
func packEface(v Value) any {
	t := v.typ()
	var i any
	e := (*emptyInterface)(unsafe.Pointer(&i))
	switch {
	case !t.IsDirectIface():
		if v.flag&flagIndir == 0 {
			panic("bad indir")
		}
		ptr := v.ptr
		if v.flag&flagAddr != 0 {
			c := unsafe_New(t)
			abi.Typedmemmove(t, c, ptr)
			ptr = c
		}
		e.word = ptr
	case v.flag&flagIndir != 0:
		e.word = *(*unsafe.Pointer)(v.ptr)
	default:
		e.word = v.ptr
	}
	e.typ = t
	return i
}

// The runtime's side (runtime/src/reflect.rs); copies and interface conversions are
// internal/abi's (Typedmemmove, IfaceE2I), which errors.As shares.

//go:noescape
func unsafe_New(t *abi.Type) unsafe.Pointer

//go:noescape
func unsafe_NewArray(t *abi.Type, n int) unsafe.Pointer

// IsValid reports whether v holds a value (is not the zero Value).
func (v Value) IsValid() bool { return v.flag != 0 }

// Kind is v's kind; Invalid for the zero Value.
func (v Value) Kind() Kind { return v.kind() }

// Type is v's type.
func (v Value) Type() Type {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return toRType(v.typ())
}

// pointer is the pointer a pointer-shaped value holds.
func (v Value) pointer() unsafe.Pointer {
	if v.flag&flagIndir != 0 {
		return *(*unsafe.Pointer)(v.ptr)
	}
	return v.ptr
}

// CanInterface reports whether Interface can be used without panicking.
func (v Value) CanInterface() bool {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// Interface is v's value as an `any`.
func (v Value) Interface() (i any) {
	return valueInterface(v, true)
}

func valueInterface(v Value, safe bool) any {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if safe && v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	if v.kind() == Interface {
		if v.typ().NumMethod() == 0 {
			return *(*any)(v.ptr)
		}
		return *(*interface{ M() })(v.ptr)
	}
	return packEface(v)
}

// Bool is v's value; v must be a bool.
func (v Value) Bool() bool {
	v.kindIs("reflect.Value.Bool", Bool)
	return *(*bool)(v.ptr)
}

// Int is v's value as an int64; v must be a signed integer.
func (v Value) Int() int64 {
	p := v.ptr
	switch v.kind() {
	case Int:
		return int64(*(*int)(p))
	case Int8:
		return int64(*(*int8)(p))
	case Int16:
		return int64(*(*int16)(p))
	case Int32:
		return int64(*(*int32)(p))
	case Int64:
		return *(*int64)(p)
	}
	panic(&ValueError{"reflect.Value.Int", v.kind()})
}

// Uint is v's value as a uint64; v must be an unsigned integer.
func (v Value) Uint() uint64 {
	p := v.ptr
	switch v.kind() {
	case Uint:
		return uint64(*(*uint)(p))
	case Uint8:
		return uint64(*(*uint8)(p))
	case Uint16:
		return uint64(*(*uint16)(p))
	case Uint32:
		return uint64(*(*uint32)(p))
	case Uint64:
		return *(*uint64)(p)
	case Uintptr:
		return uint64(*(*uintptr)(p))
	}
	panic(&ValueError{"reflect.Value.Uint", v.kind()})
}

// Float is v's value as a float64; v must be a float.
func (v Value) Float() float64 {
	switch v.kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Float", v.kind()})
}

// Complex is v's value as a complex128; v must be a complex number.
func (v Value) Complex() complex128 {
	switch v.kind() {
	case Complex64:
		return complex128(*(*complex64)(v.ptr))
	case Complex128:
		return *(*complex128)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Complex", v.kind()})
}

// CanInt, CanUint, CanFloat and CanComplex report whether the accessor works on v.
func (v Value) CanInt() bool {
	switch v.kind() {
	case Int, Int8, Int16, Int32, Int64:
		return true
	}
	return false
}

func (v Value) CanUint() bool {
	switch v.kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return true
	}
	return false
}

func (v Value) CanFloat() bool {
	switch v.kind() {
	case Float32, Float64:
		return true
	}
	return false
}

func (v Value) CanComplex() bool {
	switch v.kind() {
	case Complex64, Complex128:
		return true
	}
	return false
}

// String is a string v's value; for other kinds, "<T Value>" (it never panics, for fmt).
func (v Value) String() string {
	if v.kind() == String {
		return *(*string)(v.ptr)
	}
	if v.kind() == Invalid {
		return "<invalid Value>"
	}
	return "<" + v.Type().String() + " Value>"
}

// Len is the length of an array, chan, map, slice or string (or pointer to array).
func (v Value) Len() int {
	switch v.kind() {
	case Slice:
		return (*sliceHeader)(v.ptr).Len
	case Array:
		return v.typ().Len()
	case String:
		return (*stringHeader)(v.ptr).Len
	case Map:
		return maplen(v.pointer())
	case Pointer:
		if v.typ().Elem().Kind() == abi.Array {
			return v.typ().Elem().Len()
		}
		panic("reflect: call of reflect.Value.Len on ptr to non-array Value")
	}
	panic(&ValueError{"reflect.Value.Len", v.kind()})
}

// Cap is the capacity of an array, chan or slice (or pointer to array).
func (v Value) Cap() int {
	switch v.kind() {
	case Slice:
		return (*sliceHeader)(v.ptr).Cap
	case Array:
		return v.typ().Len()
	case Pointer:
		if v.typ().Elem().Kind() == abi.Array {
			return v.typ().Elem().Len()
		}
		panic("reflect: call of reflect.Value.Cap on ptr to non-array Value")
	}
	panic(&ValueError{"reflect.Value.Cap", v.kind()})
}

type sliceHeader struct {
	Data unsafe.Pointer
	Len  int
	Cap  int
}

type stringHeader struct {
	Data unsafe.Pointer
	Len  int
}

// Index is the i'th element of an array, slice or string.
func (v Value) Index(i int) Value {
	switch v.kind() {
	case Array:
		tt := v.typ().ArrayType()
		if uint(i) >= uint(tt.Len) {
			panic("reflect: array index out of range")
		}
		typ := tt.Elem
		offset := uintptr(i) * typ.Size_
		// An element of an array held directly (a one-element pointer array) is not
		// addressable and has no storage of its own: it keeps flagIndir from the array.
		val := unsafe.Add(v.ptr, offset)
		fl := v.flag&(flagIndir|flagAddr) | v.flag.ro() | flag(typ.Kind())
		return Value{typ, val, fl}
	case Slice:
		s := (*sliceHeader)(v.ptr)
		if uint(i) >= uint(s.Len) {
			panic("reflect: slice index out of range")
		}
		typ := v.typ().Elem()
		val := unsafe.Add(s.Data, uintptr(i)*typ.Size_)
		fl := flagAddr | flagIndir | v.flag.ro() | flag(typ.Kind())
		return Value{typ, val, fl}
	case String:
		s := (*stringHeader)(v.ptr)
		if uint(i) >= uint(s.Len) {
			panic("reflect: string index out of range")
		}
		p := unsafe.Add(s.Data, i)
		fl := v.flag.ro() | flag(Uint8) | flagIndir
		return Value{uint8Type, p, fl}
	}
	panic(&ValueError{"reflect.Value.Index", v.kind()})
}

// uint8Type is byte's descriptor, for the elements of strings.
var uint8Type = TypeOf(uint8(0)).common()

// NumField is a struct's field count.
func (v Value) NumField() int {
	v.kindIs("reflect.Value.NumField", Struct)
	return len(v.typ().StructType().Fields)
}

// Field is a struct's i'th field.
func (v Value) Field(i int) Value {
	if v.kind() != Struct {
		panic(&ValueError{"reflect.Value.Field", v.kind()})
	}
	tt := v.typ().StructType()
	if uint(i) >= uint(len(tt.Fields)) {
		panic("reflect: Field index out of range")
	}
	field := &tt.Fields[i]
	typ := field.Typ
	// Inherit the read-only flags and addressability, and add read-only for unexported
	// fields.
	fl := v.flag&(flagStickyRO|flagIndir|flagAddr) | flag(typ.Kind())
	if !field.Name.IsExported() {
		if field.Embedded() {
			fl |= flagEmbedRO
		} else {
			fl |= flagStickyRO
		}
	}
	// A struct held directly (one pointer field) keeps its pointer in ptr itself.
	ptr := unsafe.Add(v.ptr, field.Offset)
	return Value{typ, ptr, fl}
}

// FieldByIndex follows index through nested (embedded) structs, through pointers too;
// it panics on a nil embedded pointer.
func (v Value) FieldByIndex(index []int) Value {
	if len(index) == 1 {
		return v.Field(index[0])
	}
	v.kindIs("reflect.Value.FieldByIndex", Struct)
	for i, x := range index {
		if i > 0 {
			if v.Kind() == Pointer && v.typ().Elem().Kind() == abi.Struct {
				if v.IsNil() {
					panic("reflect: indirection through nil pointer to embedded struct")
				}
				v = v.Elem()
			}
		}
		v = v.Field(x)
	}
	return v
}

// FieldByName is the field called name (see Type.FieldByName); the zero Value if none.
func (v Value) FieldByName(name string) Value {
	if f, ok := toRType(v.typ()).FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// FieldByNameFunc is the field whose name satisfies match; the zero Value if none.
func (v Value) FieldByNameFunc(match func(string) bool) Value {
	if f, ok := toRType(v.typ()).FieldByNameFunc(match); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// Elem is what an interface holds or a pointer points at.
func (v Value) Elem() Value {
	k := v.kind()
	switch k {
	case Interface:
		var eface any
		if v.typ().NumMethod() == 0 {
			eface = *(*any)(v.ptr)
		} else {
			eface = (any)(*(*interface{ M() })(v.ptr))
		}
		x := unpackEface(eface)
		if x.flag != 0 {
			x.flag |= v.flag.ro()
		}
		return x
	case Pointer:
		ptr := v.ptr
		if v.flag&flagIndir != 0 {
			ptr = *(*unsafe.Pointer)(ptr)
		}
		if ptr == nil {
			return Value{}
		}
		typ := v.typ().Elem()
		fl := v.flag&flagRO | flagIndir | flagAddr | flag(typ.Kind())
		return Value{typ, ptr, fl}
	}
	panic(&ValueError{"reflect.Value.Elem", v.kind()})
}

// IsNil reports whether a chan, func, interface, map, pointer or slice is nil.
func (v Value) IsNil() bool {
	switch v.kind() {
	case Chan, Func, Map, Pointer, UnsafePointer:
		ptr := v.ptr
		if v.flag&flagIndir != 0 {
			ptr = *(*unsafe.Pointer)(ptr)
		}
		return ptr == nil
	case Interface, Slice:
		// Both start with a word that is nil exactly when the value is.
		return *(*unsafe.Pointer)(v.ptr) == nil
	}
	panic(&ValueError{"reflect.Value.IsNil", v.kind()})
}

// Pointer is the address a chan, func, map, pointer, slice, string or unsafe.Pointer holds,
// as a uintptr.
func (v Value) Pointer() uintptr {
	// As a uintptr the address is lost to escape analysis: what v points at must escape.
	escapes(v.ptr)
	return uintptr(v.unsafePointer("reflect.Value.Pointer"))
}

// escapes makes x escape, for values whose addresses this package hides in uintptrs.
func escapes(x any) {
	if sink.never {
		sink.x = x
	}
}

var sink struct {
	never bool
	x     any
}

// UnsafePointer is Pointer as an unsafe.Pointer.
func (v Value) UnsafePointer() unsafe.Pointer {
	return v.unsafePointer("reflect.Value.UnsafePointer")
}

func (v Value) unsafePointer(method string) unsafe.Pointer {
	switch v.kind() {
	case Pointer, Chan, Map, UnsafePointer, Func:
		return v.pointer()
	case Slice:
		return (*sliceHeader)(v.ptr).Data
	case String:
		return (*stringHeader)(v.ptr).Data
	}
	panic(&ValueError{method, v.kind()})
}

// CanAddr reports whether Addr works: the value is a slice element, an element of an
// addressable array, a field of an addressable struct, or what a pointer points at.
func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

// Addr is a pointer to v.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	fl := v.flag & flagRO
	ptrType := pointerTo(v.typ())
	return Value{ptrType, v.ptr, fl | flag(Pointer)}
}

// UnsafeAddr is v's address as a uintptr (v must be addressable).
func (v Value) UnsafeAddr() uintptr {
	if v.typ() == nil {
		panic(&ValueError{"reflect.Value.UnsafeAddr", Invalid})
	}
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	escapes(v.ptr)
	return uintptr(v.ptr)
}

// CanSet reports whether v can be changed: addressable and not reached through an
// unexported field.
func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

// Bytes is a []byte's (or addressable [N]byte's) value.
func (v Value) Bytes() []byte {
	switch v.kind() {
	case Slice:
		if v.typ().Elem().Kind() != abi.Uint8 {
			panic("reflect.Value.Bytes of non-byte slice")
		}
		return *(*[]byte)(v.ptr)
	case Array:
		if v.typ().Elem().Kind() != abi.Uint8 {
			panic("reflect.Value.Bytes of non-byte array")
		}
		if !v.CanAddr() {
			panic("reflect.Value.Bytes of unaddressable byte array")
		}
		n := v.typ().Len()
		return unsafe.Slice((*byte)(v.ptr), n)
	}
	panic(&ValueError{"reflect.Value.Bytes", v.kind()})
}

// Slice is v[i:j] for an array (addressable), slice or string.
func (v Value) Slice(i, j int) Value {
	if v.kind() == String {
		s := (*stringHeader)(v.ptr)
		if i < 0 || j < i || j > s.Len {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		t := new(stringHeader)
		if i < s.Len {
			t.Data = unsafe.Add(s.Data, i)
			t.Len = j - i
		}
		return Value{v.typ(), unsafe.Pointer(t), v.flag.ro() | flagIndir | flag(String)}
	}
	typ, base, cap := v.sliceable("reflect.Value.Slice")
	if i < 0 || j < i || j > cap {
		panic("reflect.Value.Slice: slice index out of bounds")
	}
	return v.sliceOf(typ, base, i, j, cap)
}

// Slice3 is v[i:j:k] for an addressable array or a slice.
func (v Value) Slice3(i, j, k int) Value {
	typ, base, cap := v.sliceable("reflect.Value.Slice3")
	if i < 0 || j < i || k < j || k > cap {
		panic("reflect.Value.Slice3: slice index out of bounds")
	}
	return v.sliceOf(typ, base, i, j, k)
}

// sliceable is what slicing an addressable array or a slice starts from: the slice type,
// the first element, the capacity.
func (v Value) sliceable(method string) (typ *abi.Type, base unsafe.Pointer, cap int) {
	switch v.kind() {
	case Array:
		if v.flag&flagAddr == 0 {
			panic(method + ": slice of unaddressable array")
		}
		tt := v.typ().ArrayType()
		return tt.Slice, v.ptr, int(tt.Len)
	case Slice:
		s := (*sliceHeader)(v.ptr)
		return v.typ(), s.Data, s.Cap
	}
	panic(&ValueError{method, v.kind()})
}

// sliceOf is the slice of type typ over base[i:j:k] (bounds checked by the caller).
func (v Value) sliceOf(typ *abi.Type, base unsafe.Pointer, i, j, k int) Value {
	s := new(sliceHeader)
	s.Len = j - i
	s.Cap = k - i
	if k-i > 0 {
		s.Data = unsafe.Add(base, uintptr(i)*typ.Elem().Size_)
	} else {
		// Never point past the end of the array.
		s.Data = base
	}
	return Value{typ, unsafe.Pointer(s), v.flag.ro() | flagIndir | flag(Slice)}
}

// IsZero reports whether v is its type's zero value.
func (v Value) IsZero() bool {
	switch v.kind() {
	case Bool:
		return !v.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v.Int() == 0
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v.Uint() == 0
	case Float32, Float64:
		// -0 is not the zero value: compare the bits.
		return floatBits(v.Float()) == 0
	case Complex64, Complex128:
		c := v.Complex()
		return floatBits(real(c)) == 0 && floatBits(imag(c)) == 0
	case Array:
		n := v.Len()
		for i := 0; i < n; i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Chan, Func, Interface, Map, Pointer, Slice, UnsafePointer:
		return v.IsNil()
	case String:
		return v.Len() == 0
	case Struct:
		n := v.NumField()
		for i := 0; i < n; i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	}
	panic(&ValueError{"reflect.Value.IsZero", v.Kind()})
}

// SetZero sets v to its type's zero value.
func (v Value) SetZero() {
	v.mustBeAssignable("reflect.Value.SetZero")
	b := unsafe.Slice((*byte)(v.ptr), v.typ().Size_)
	for i := range b {
		b[i] = 0
	}
}

// NumMethod is the number of exported methods of v's type (all methods of an interface).
func (v Value) NumMethod() int {
	if v.typ() == nil {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	return v.typ().NumMethod()
}

// Comparable reports whether == on v's value works without panicking.
func (v Value) Comparable() bool {
	// gc's Comparable ranges over v.Fields(), an iterator whose closure makes v escape;
	// gocrane has no iterators in reflect yet, so it says so directly (call sites then read
	// as gc's).
	escapes(v.ptr)
	switch v.Kind() {
	case Invalid:
		return false
	case Array:
		if v.typ().Elem().Kind() != abi.Interface && v.typ().Elem().Kind() != abi.Array && v.typ().Elem().Kind() != abi.Struct {
			return v.typ().Equal != nil
		}
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).Comparable() {
				return false
			}
		}
		return true
	case Interface:
		return v.IsNil() || v.Elem().Comparable()
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).Comparable() {
				return false
			}
		}
		return true
	}
	return v.typ().Equal != nil
}

// Equal reports whether v == u as Go's == would (panicking where == would).
func (v Value) Equal(u Value) bool {
	if v.Kind() == Interface {
		v = v.Elem()
	}
	if u.Kind() == Interface {
		u = u.Elem()
	}
	if !v.IsValid() || !u.IsValid() {
		return v.IsValid() == u.IsValid()
	}
	if v.Kind() != u.Kind() || v.typ() != u.typ() {
		return false
	}
	switch v.Kind() {
	case Bool:
		return v.Bool() == u.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v.Int() == u.Int()
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v.Uint() == u.Uint()
	case Float32, Float64:
		return v.Float() == u.Float()
	case Complex64, Complex128:
		return v.Complex() == u.Complex()
	case String:
		return v.String() == u.String()
	case Chan, Pointer, UnsafePointer:
		return v.Pointer() == u.Pointer()
	case Array:
		n := v.Len()
		for i := 0; i < n; i++ {
			if !v.Index(i).Equal(u.Index(i)) {
				return false
			}
		}
		return true
	case Struct:
		n := v.NumField()
		for i := 0; i < n; i++ {
			if !v.Field(i).Equal(u.Field(i)) {
				return false
			}
		}
		return true
	case Func, Map, Slice:
		break
	}
	panic("reflect.Value.Equal: values of type " + v.Type().String() + " are not comparable")
}

func floatBits(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }
