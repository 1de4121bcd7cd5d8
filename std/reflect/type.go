// Package reflect: run-time reflection over the type descriptors the compiler emits (gc's
// layouts, read through internal/abi). A Type is a *rtype: the descriptor itself.
package reflect

import (
	"internal/abi"
	"strconv"
	"unsafe"
)

// Kind is the specific kind of a type.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name of Pointer.
const Ptr = Pointer

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "unsafe.Pointer",
}

// String is the kind's name ("ptr" for Pointer); an unknown kind prints as "kind" and its
// number.
func (k Kind) String() string {
	if uint(k) < uint(len(kindNames)) {
		return kindNames[uint(k)]
	}
	return "kind" + strconv.Itoa(int(k))
}

// ChanDir is a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + strconv.Itoa(int(d))
}

// Type is a Go type. Only this package implements it (the unexported method).
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
	OverflowComplex(x complex128) bool
	OverflowFloat(x float64) bool
	OverflowInt(x int64) bool
	OverflowUint(x uint64) bool
	CanSeq() bool
	CanSeq2() bool
	common() *abi.Type
}

// rtype is a type descriptor seen as a Type.
type rtype struct {
	t abi.Type
}

// toRType views a descriptor as a *rtype.
func toRType(t *abi.Type) *rtype { return (*rtype)(unsafe.Pointer(t)) }

// toType is t as a Type: nil for no descriptor (not a non-nil interface holding nil).
func toType(t *abi.Type) Type {
	if t == nil {
		return nil
	}
	return toRType(t)
}

func (t *rtype) common() *abi.Type { return &t.t }

// emptyInterface is the layout of an `any`.
type emptyInterface struct {
	typ  *abi.Type
	word unsafe.Pointer
}

// TypeOf is i's dynamic type; nil for a nil interface.
func TypeOf(i any) Type {
	return toType(abi.TypeOf(i))
}

func (t *rtype) String() string { return t.t.String() }

func (t *rtype) Size() uintptr { return t.t.Size_ }

func (t *rtype) Align() int { return int(t.t.Align_) }

func (t *rtype) FieldAlign() int { return int(t.t.FieldAlign_) }

func (t *rtype) Kind() Kind { return Kind(t.t.Kind()) }

func (t *rtype) Comparable() bool { return t.t.Equal != nil }

// Name is a named type's name within its package ("" for unnamed types).
func (t *rtype) Name() string { return t.t.Name() }

// PkgPath is the import path of a named type's package ("" for predeclared and unnamed
// types).
func (t *rtype) PkgPath() string { return t.t.PkgPath() }

// Bits is the size in bits of a numeric type.
func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.t.Size_) * 8
}

func (t *rtype) ChanDir() ChanDir {
	if t.Kind() != Chan {
		panic("reflect: ChanDir of non-chan type " + t.String())
	}
	return ChanDir((*abi.ChanType)(unsafe.Pointer(t)).Dir)
}

func (t *rtype) IsVariadic() bool {
	if t.Kind() != Func {
		panic("reflect: IsVariadic of non-func type " + t.String())
	}
	return t.t.FuncType().IsVariadic()
}

func (t *rtype) Elem() Type {
	e := t.t.Elem()
	if e == nil {
		panic("reflect: Elem of invalid type " + t.String())
	}
	return toType(e)
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType(t.t.MapType().Key)
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return t.t.Len()
}

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return len(t.t.StructType().Fields)
}

func (t *rtype) funcType(what string) *abi.FuncType {
	if t.Kind() != Func {
		panic("reflect: " + what + " of non-func type " + t.String())
	}
	return t.t.FuncType()
}

func (t *rtype) In(i int) Type { return toType(t.funcType("In").In(i)) }

func (t *rtype) NumIn() int { return t.funcType("NumIn").NumIn() }

func (t *rtype) NumOut() int { return t.funcType("NumOut").NumOut() }

func (t *rtype) Out(i int) Type { return toType(t.funcType("Out").Out(i)) }

// CanSeq reports whether a value of the type can be ranged over with one variable.
func (t *rtype) CanSeq() bool {
	switch t.Kind() {
	case Int8, Int16, Int32, Int64, Int, Uint8, Uint16, Uint32, Uint64, Uint, Uintptr, Array, Slice, Chan, String, Map:
		return true
	case Func:
		return canRangeFunc(&t.t, 1)
	case Pointer:
		return t.Elem().Kind() == Array
	}
	return false
}

// CanSeq2 reports whether a value of the type can be ranged over with two variables.
func (t *rtype) CanSeq2() bool {
	switch t.Kind() {
	case Array, Slice, String, Map:
		return true
	case Func:
		return canRangeFunc(&t.t, 2)
	case Pointer:
		return t.Elem().Kind() == Array
	}
	return false
}

// canRangeFunc reports whether t is func(yield func(K[, V]) bool) with n yielded values.
func canRangeFunc(t *abi.Type, n int) bool {
	f := t.FuncType()
	if f.NumIn() != 1 || f.NumOut() != 0 {
		return false
	}
	y := f.In(0)
	if y.Kind() != abi.Func {
		return false
	}
	yf := y.FuncType()
	return yf.NumIn() == n && yf.NumOut() == 1 && yf.Out(0).Kind() == abi.Bool
}

// OverflowComplex reports whether x cannot be represented by the complex type.
func (t *rtype) OverflowComplex(x complex128) bool {
	switch t.Kind() {
	case Complex64:
		return overflowFloat32(real(x)) || overflowFloat32(imag(x))
	case Complex128:
		return false
	}
	panic("reflect: OverflowComplex of non-complex type " + t.String())
}

// OverflowFloat reports whether x cannot be represented by the float type.
func (t *rtype) OverflowFloat(x float64) bool {
	switch t.Kind() {
	case Float32:
		return overflowFloat32(x)
	case Float64:
		return false
	}
	panic("reflect: OverflowFloat of non-float type " + t.String())
}

// OverflowInt reports whether x cannot be represented by the signed integer type.
func (t *rtype) OverflowInt(x int64) bool {
	switch t.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		bits := t.t.Size_ * 8
		trunc := (x << (64 - bits)) >> (64 - bits)
		return x != trunc
	}
	panic("reflect: OverflowInt of non-int type " + t.String())
}

// OverflowUint reports whether x cannot be represented by the unsigned integer type.
func (t *rtype) OverflowUint(x uint64) bool {
	switch t.Kind() {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		bits := t.t.Size_ * 8
		trunc := (x << (64 - bits)) >> (64 - bits)
		return x != trunc
	}
	panic("reflect: OverflowUint of non-uint type " + t.String())
}

// overflowFloat32 reports whether |x| is finite and beyond float32's range.
func overflowFloat32(x float64) bool {
	if x < 0 {
		x = -x
	}
	return 0x1p127*(2-0x1p-23) < x && x <= 1.7976931348623157e308
}


