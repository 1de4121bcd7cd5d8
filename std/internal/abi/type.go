// Package abi: the layout of the type data the compiler emits (gc's internal/abi, which
// gocrane lays out byte for byte) and the reading of it, shared by reflect and errors.
package abi

import "unsafe"

// Type is the header of every type descriptor (48 bytes on 64-bit targets).
type Type struct {
	Size_       uintptr
	PtrBytes    uintptr
	Hash        uint32
	TFlag       TFlag
	Align_      uint8
	FieldAlign_ uint8
	Kind_       Kind
	Equal       func(unsafe.Pointer, unsafe.Pointer) bool
	GCData      *byte
	Str         NameOff
	PtrToThis   TypeOff
}

// Kind numbers the kinds of types, as reflect.Kind does.
type Kind uint8

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

// TFlag says what follows a descriptor and how its values are stored.
type TFlag uint8

const (
	TFlagUncommon      TFlag = 1 << 0 // an UncommonType follows the kind's own part
	TFlagExtraStar     TFlag = 1 << 1 // Str has a '*' in front of the type's name
	TFlagNamed         TFlag = 1 << 2 // the type has a name
	TFlagRegularMemory TFlag = 1 << 3 // equality and hashing may treat it as plain bytes
	TFlagDirectIface   TFlag = 1 << 5 // stored in an interface's data word itself
)

// Offsets from the start of the type data (runtime.types) to a name, a type or code.
type (
	NameOff int32
	TypeOff int32
	TextOff int32
)

// typesBase is where the type data starts (runtime/src/reflect.rs).
func typesBase() unsafe.Pointer

// Names and descriptors built at run time (reflect's PointerTo, method types) are out of
// an offset's reach: the runtime registers them under negative ids, from -2 down, which
// resolve in Go code and in the runtime's own messages alike.
func addReflectOff(p unsafe.Pointer) int32
func resolveReflectOff(off int32) unsafe.Pointer

// resolve is the address at a type-data offset.
func resolve(off int32) unsafe.Pointer {
	if off < 0 {
		return resolveReflectOff(off)
	}
	return unsafe.Add(typesBase(), off)
}

// ResolveNameOff is the name at off; 0 is no name.
func ResolveNameOff(off NameOff) Name {
	if off == 0 {
		return Name{}
	}
	return Name{Bytes: (*byte)(resolve(int32(off)))}
}

// ResolveTypeOff is the descriptor at off; 0 and -1 are none (nil).
func ResolveTypeOff(off TypeOff) *Type {
	if off == 0 || off == -1 {
		return nil
	}
	return (*Type)(resolve(int32(off)))
}

// ResolveTextOff is the code address at off; -1 (a method nobody can call) is nil. Code
// lies before the type data, so these offsets are negative: they never name run-time data.
func ResolveTextOff(off TextOff) unsafe.Pointer {
	if off == -1 {
		return nil
	}
	return unsafe.Add(typesBase(), off)
}

// AddNameOff registers a name built at run time; the offset resolves to it.
func AddNameOff(n Name) NameOff { return NameOff(addReflectOff(unsafe.Pointer(n.Bytes))) }

// AddTypeOff registers a descriptor built at run time; the offset resolves to it.
func AddTypeOff(t *Type) TypeOff { return TypeOff(addReflectOff(unsafe.Pointer(t))) }

func (t *Type) Kind() Kind { return t.Kind_ }

func (t *Type) Size() uintptr { return t.Size_ }

func (t *Type) Align() int { return int(t.Align_) }

func (t *Type) FieldAlign() int { return int(t.FieldAlign_) }

func (t *Type) HasName() bool { return t.TFlag&TFlagNamed != 0 }

func (t *Type) Pointers() bool { return t.PtrBytes != 0 }

func (t *Type) IsDirectIface() bool { return t.TFlag&TFlagDirectIface != 0 }

// String is the type as Go writes it, with its package's name: main.T, []int, *os.File.
func (t *Type) String() string {
	s := ResolveNameOff(t.Str).Name()
	if t.TFlag&TFlagExtraStar != 0 {
		return s[1:]
	}
	return s
}

// The kind-specific layouts, each starting with the common header.

type ArrayType struct {
	Type
	Elem  *Type
	Slice *Type
	Len   uintptr
}

type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir            = RecvDir | SendDir
	InvalidDir ChanDir = 0
)

type ChanType struct {
	Type
	Elem *Type
	Dir  ChanDir
}

type FuncType struct {
	Type
	InCount  uint16
	OutCount uint16 // the top bit marks a variadic function
}

type InterfaceType struct {
	Type
	PkgPath Name
	Methods []Imethod
}

// Imethod is one method of an interface type (sorted by name).
type Imethod struct {
	Name NameOff
	Typ  TypeOff
}

type MapType struct {
	Type
	Key  *Type
	Elem *Type
}

type PtrType struct {
	Type
	Elem *Type
}

type SliceType struct {
	Type
	Elem *Type
}

type StructField struct {
	Name   Name
	Typ    *Type
	Offset uintptr
}

// Embedded reports whether the field is embedded (its name is its type's).
func (f *StructField) Embedded() bool { return f.Name.IsEmbedded() }

type StructType struct {
	Type
	PkgPath Name
	Fields  []StructField
}

// UncommonType follows the kind's part of a named type or a type with methods.
type UncommonType struct {
	PkgPath NameOff
	Mcount  uint16 // all methods
	Xcount  uint16 // the exported ones, which come first
	Moff    uint32 // from this header to [Mcount]Method
	_       uint32
}

// Method is one entry of a type's method table, sorted by name (exported names first).
type Method struct {
	Name NameOff
	Mtyp TypeOff // its func type without the receiver
	Ifn  TextOff // code called through an interface
	Tfn  TextOff // code called directly
}

// Methods is the whole method table.
func (u *UncommonType) Methods() []Method {
	if u.Mcount == 0 {
		return nil
	}
	return unsafe.Slice((*Method)(unsafe.Add(unsafe.Pointer(u), u.Moff)), u.Mcount)
}

// ExportedMethods is the table's exported prefix.
func (u *UncommonType) ExportedMethods() []Method {
	if u.Xcount == 0 {
		return nil
	}
	return unsafe.Slice((*Method)(unsafe.Add(unsafe.Pointer(u), u.Moff)), u.Xcount)
}

// kindPartSize is the size of the kind's own layout, where an UncommonType starts.
func (t *Type) kindPartSize() uintptr {
	switch t.Kind() {
	case Array:
		return unsafe.Sizeof(ArrayType{})
	case Chan:
		return unsafe.Sizeof(ChanType{})
	case Func:
		return unsafe.Sizeof(FuncType{})
	case Interface:
		return unsafe.Sizeof(InterfaceType{})
	case Map:
		return mapTypeSize
	case Pointer:
		return unsafe.Sizeof(PtrType{})
	case Slice:
		return unsafe.Sizeof(SliceType{})
	case Struct:
		return unsafe.Sizeof(StructType{})
	}
	return unsafe.Sizeof(Type{})
}

// mapTypeSize is the size of gc's map descriptor: the header, Key, Elem, Group, Hasher,
// GroupSize, KeysOff, KeyStride, ElemsOff, ElemStride, ElemOff (words) and Flags.
const mapTypeSize = unsafe.Sizeof(Type{}) + 10*unsafe.Sizeof(uintptr(0)) + 8

// Uncommon is the type's UncommonType, nil if it has none.
func (t *Type) Uncommon() *UncommonType {
	if t.TFlag&TFlagUncommon == 0 {
		return nil
	}
	return (*UncommonType)(unsafe.Add(unsafe.Pointer(t), t.kindPartSize()))
}

// Elem is the element type of an array, chan, map, pointer or slice type; nil otherwise.
func (t *Type) Elem() *Type {
	switch t.Kind() {
	case Array:
		return (*ArrayType)(unsafe.Pointer(t)).Elem
	case Chan:
		return (*ChanType)(unsafe.Pointer(t)).Elem
	case Map:
		return (*MapType)(unsafe.Pointer(t)).Elem
	case Pointer:
		return (*PtrType)(unsafe.Pointer(t)).Elem
	case Slice:
		return (*SliceType)(unsafe.Pointer(t)).Elem
	}
	return nil
}

// Len is an array type's length (0 for other kinds).
func (t *Type) Len() int {
	if t.Kind() == Array {
		return int((*ArrayType)(unsafe.Pointer(t)).Len)
	}
	return 0
}

func (t *Type) ArrayType() *ArrayType {
	if t.Kind() != Array {
		return nil
	}
	return (*ArrayType)(unsafe.Pointer(t))
}

func (t *Type) FuncType() *FuncType {
	if t.Kind() != Func {
		return nil
	}
	return (*FuncType)(unsafe.Pointer(t))
}

func (t *Type) InterfaceType() *InterfaceType {
	if t.Kind() != Interface {
		return nil
	}
	return (*InterfaceType)(unsafe.Pointer(t))
}

func (t *Type) StructType() *StructType {
	if t.Kind() != Struct {
		return nil
	}
	return (*StructType)(unsafe.Pointer(t))
}

func (t *Type) MapType() *MapType {
	if t.Kind() != Map {
		return nil
	}
	return (*MapType)(unsafe.Pointer(t))
}

// NumMethod is an interface's method count; for other types, the exported methods'.
func (t *Type) NumMethod() int {
	if t.Kind() == Interface {
		return len((*InterfaceType)(unsafe.Pointer(t)).Methods)
	}
	if u := t.Uncommon(); u != nil {
		return int(u.Xcount)
	}
	return 0
}

// The parameter types follow a func type's layout (and its UncommonType, if any): the
// inputs, then the outputs.
func (t *FuncType) params() []*Type {
	n := int(t.InCount) + t.NumOut()
	if n == 0 {
		return nil
	}
	off := unsafe.Sizeof(FuncType{})
	if t.TFlag&TFlagUncommon != 0 {
		off += unsafe.Sizeof(UncommonType{})
	}
	return unsafe.Slice((**Type)(unsafe.Add(unsafe.Pointer(t), off)), n)
}

func (t *FuncType) NumIn() int { return int(t.InCount) }

func (t *FuncType) NumOut() int { return int(t.OutCount & (1<<15 - 1)) }

func (t *FuncType) In(i int) *Type { return t.InSlice()[i] }

func (t *FuncType) Out(i int) *Type { return t.OutSlice()[i] }

func (t *FuncType) InSlice() []*Type { return t.params()[:t.InCount] }

func (t *FuncType) OutSlice() []*Type { return t.params()[t.InCount:] }

func (t *FuncType) IsVariadic() bool { return t.OutCount&(1<<15) != 0 }

// ChanDir is a channel type's direction; InvalidDir for other kinds.
func (t *Type) ChanDir() ChanDir {
	if t.Kind() == Chan {
		return (*ChanType)(unsafe.Pointer(t)).Dir
	}
	return InvalidDir
}

// NoEscape hides p from escape analysis: the result is p, but nothing p points at is
// considered to escape through it. For type descriptors, which are static data (or kept
// alive by reflect) and never need to move to the heap.
func NoEscape(p unsafe.Pointer) unsafe.Pointer {
	x := uintptr(p)
	return unsafe.Pointer(x ^ 0)
}

// TypeOf is the dynamic type of a, without making a escape.
func TypeOf(a any) *Type {
	e := *(*struct {
		typ  *Type
		data unsafe.Pointer
	})(unsafe.Pointer(&a))
	return (*Type)(NoEscape(unsafe.Pointer(e.typ)))
}

// typesDescEnd is the end of the type descriptors, which the compiler lays out first in the
// type data, each at a multiple of 8 (runtime/src/reflect.rs).
func typesDescEnd() unsafe.Pointer

// DescriptorSize is how many bytes the descriptor takes where the compiler lays it out: the
// kind's part, its UncommonType, the parameter types, fields or interface methods after it,
// and the method table.
func (t *Type) DescriptorSize() uintptr {
	size := t.kindPartSize()
	if u := t.Uncommon(); u != nil {
		size += unsafe.Sizeof(UncommonType{}) + uintptr(u.Mcount)*unsafe.Sizeof(Method{})
	}
	switch t.Kind() {
	case Func:
		f := (*FuncType)(unsafe.Pointer(t))
		size += uintptr(f.NumIn()+f.NumOut()) * unsafe.Sizeof(t)
	case Interface:
		size += uintptr(len((*InterfaceType)(unsafe.Pointer(t)).Methods)) * unsafe.Sizeof(Imethod{})
	case Struct:
		size += uintptr(len((*StructType)(unsafe.Pointer(t)).Fields)) * unsafe.Sizeof(StructField{})
	}
	return size
}

// typeLinks caches Types.
var typeLinks []*Type

// Types is every descriptor the program has, in the order of the type data (gc 1.27's
// runtime finds its typelinks the same way: walking the descriptors).
func Types() []*Type {
	if typeLinks != nil {
		return typeLinks
	}
	p := uintptr(typesBase())
	end := uintptr(typesDescEnd())
	list := []*Type{}
	for p < end {
		p = (p + 7) &^ 7
		t := (*Type)(unsafe.Pointer(p))
		list = append(list, t)
		p += t.DescriptorSize()
	}
	typeLinks = list
	return list
}

// IfaceE2I stores src converted to the non-empty interface type t at dst (the runtime's).
func IfaceE2I(t *Type, src any, dst unsafe.Pointer)

// Typedmemmove copies a value of type t from src to dst (the runtime's).
//
//go:noescape
func Typedmemmove(t *Type, dst, src unsafe.Pointer)
