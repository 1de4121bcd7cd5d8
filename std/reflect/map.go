package reflect

import (
	"internal/abi"
	"unsafe"
)

// mapType is gc 1.27's map descriptor (abi.MapType) in full: internal/abi declares only the
// key and element types, the rest is the runtime's (docs/runtime-abi.md, Maps).
type mapType struct {
	abi.Type
	Key        *abi.Type
	Elem       *abi.Type
	Group      *abi.Type
	Hasher     unsafe.Pointer // a funcval: func(key unsafe.Pointer, seed uintptr) uintptr
	GroupSize  uintptr
	KeysOff    uintptr
	KeyStride  uintptr
	ElemsOff   uintptr
	ElemStride uintptr
	ElemOff    uintptr
	Flags      uint32
}

// A map keeps elements over this many bytes out of line; the runtime's string fast paths
// only handle those stored in place.
const mapMaxElemBytes = 128

// hiter is the runtime's map iterator (gc's maps.Iter, 96 bytes): the current entry's key
// and element (key nil once the iteration is over, or before it starts), then the
// runtime's position, which this package never reads.
type hiter struct {
	key         unsafe.Pointer
	elem        unsafe.Pointer
	typ         unsafe.Pointer
	m           unsafe.Pointer
	entryOffset uint64
	dirOffset   uint64
	clearSeq    uint64
	globalDepth uint8
	dirIdx      int
	tab         unsafe.Pointer
	group       unsafe.Pointer
	entryIdx    uint64
}

// started reports whether mapIterStart has run on it (it records the map's type).
func (it *hiter) started() bool { return it.typ != nil }

// The runtime's side (runtime/src/map.rs). Those that only read the map, or copy from
// their pointer arguments without keeping them, are declared noescape; the copies SetMapIndex
// makes into the map are accounted for by its wrappers below.

func makemap(t *abi.Type, cap int) unsafe.Pointer

//go:noescape
func mapaccess(t *abi.Type, m unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer

//go:noescape
func mapaccess_faststr(t *abi.Type, m unsafe.Pointer, key string) unsafe.Pointer

//go:noescape
func mapassign0(t *abi.Type, m unsafe.Pointer, key, val unsafe.Pointer)

//go:noescape
func mapassign_faststr0(t *abi.Type, m unsafe.Pointer, key string, val unsafe.Pointer)

//go:noescape
func mapdelete(t *abi.Type, m unsafe.Pointer, key unsafe.Pointer)

//go:noescape
func mapdelete_faststr(t *abi.Type, m unsafe.Pointer, key string)

//go:noescape
func maplen(m unsafe.Pointer) int

func mapclear(t *abi.Type, m unsafe.Pointer)

// mapIterStart zeroes *it and moves it to m's first entry (at a random place, as range
// does); mapIterNext moves it to the next one.
//
//go:noescape
func mapIterStart(t *abi.Type, m unsafe.Pointer, it *hiter)

//go:noescape
func mapIterNext(it *hiter)

// mapstore puts a copy of *key and *val in the map: what they point at is kept there.
func mapstore(t *abi.Type, m unsafe.Pointer, key, val unsafe.Pointer) {
	contentEscapes(key)
	contentEscapes(val)
	mapassign0(t, m, key, val)
}

// mapstoreString is mapstore for a string key: the key's bytes are kept in the map.
func mapstoreString(t *abi.Type, m unsafe.Pointer, key string, val unsafe.Pointer) {
	contentEscapes((*stringHeader)(unsafe.Pointer(&key)).Data)
	contentEscapes(val)
	mapassign_faststr0(t, m, key, val)
}

// contentEscapes makes what p points at escape (never running the load that says so).
func contentEscapes(p unsafe.Pointer) {
	if sink.never {
		escapes(*(*any)(p))
	}
}

// stringType is string's descriptor: a map with string keys takes the runtime's string paths.
var stringType = abi.TypeOf("")

// mapType is v's descriptor as a map type (v must be a map).
func (v Value) mapType() *mapType { return (*mapType)(unsafe.Pointer(v.typ())) }

// mustBeExportedIn is mustBeExported naming the method in its message.
func (f flag) mustBeExportedIn(method string) {
	if f == 0 {
		panic(&ValueError{method, Invalid})
	}
	if f&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
}

// copyVal is a Value of type typ for the value at ptr, which belongs to a map: a value the
// Value would point at is copied, so later changes to the map do not show through it.
func copyVal(typ *abi.Type, fl flag, ptr unsafe.Pointer) Value {
	if typ.IsDirectIface() {
		return Value{typ, *(*unsafe.Pointer)(ptr), fl}
	}
	c := unsafe_New(typ)
	abi.Typedmemmove(typ, c, ptr)
	return Value{typ, c, fl | flagIndir}
}

// stringKey reports whether the runtime's string paths apply to key in a map of type tt:
// a key of exactly the map's string key type, elements stored in place.
func stringKey(tt *mapType, key Value) bool {
	return (tt.Key == stringType || key.kind() == String) && tt.Key == key.typ() && tt.Elem.Size_ <= mapMaxElemBytes
}

// MapIndex is the element stored under key in the map v; the zero Value when there is none
// (a nil map has none). key must be assignable to the key type; it may have been read
// through unexported fields, but then so is the result.
func (v Value) MapIndex(key Value) Value {
	v.kindIs("reflect.Value.MapIndex", Map)
	tt := v.mapType()
	var e unsafe.Pointer
	if stringKey(tt, key) {
		e = mapaccess_faststr(v.typ(), v.pointer(), *(*string)(key.ptr))
	} else {
		key = key.assignTo("reflect.Value.MapIndex", tt.Key, nil)
		// The runtime takes the key's address: a pointer-shaped key is in key.ptr itself.
		k := key.ptr
		if key.flag&flagIndir == 0 {
			k = unsafe.Pointer(&key.ptr)
		}
		e = mapaccess(v.typ(), v.pointer(), k)
	}
	if e == nil {
		return Value{}
	}
	fl := (v.flag | key.flag).ro() | flag(tt.Elem.Kind())
	return copyVal(tt.Elem, fl, e)
}

// MapKeys is every key of the map v, in no particular order (none for a nil map).
func (v Value) MapKeys() []Value {
	v.kindIs("reflect.Value.MapKeys", Map)
	tt := v.mapType()
	fl := v.flag.ro() | flag(tt.Key.Kind())
	m := v.pointer()
	n := 0
	if m != nil {
		n = maplen(m)
	}
	var it hiter
	mapIterStart(v.typ(), m, &it)
	keys := make([]Value, n)
	i := 0
	// Fewer entries than counted only if the map changed meanwhile (a race).
	for ; i < n && it.key != nil; i++ {
		keys[i] = copyVal(tt.Key, fl, it.key)
		mapIterNext(&it)
	}
	return keys[:i]
}

// A MapIter steps through a map's entries (see Value.MapRange).
type MapIter struct {
	m     Value
	hiter hiter
}

// MapRange is an iterator over the map v, before its first entry: Next moves to an entry,
// Key and Value read it. The order is range's (unspecified).
func (v Value) MapRange() *MapIter {
	if v.kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.kind()})
	}
	return &MapIter{m: v}
}

// Next moves to the next entry and reports whether there is one; after it reported false,
// Next, Key and Value panic.
func (iter *MapIter) Next() bool {
	if !iter.m.IsValid() {
		panic("MapIter.Next called on an iterator that does not have an associated map Value")
	}
	if iter.hiter.started() {
		if iter.hiter.key == nil {
			panic("MapIter.Next called on exhausted iterator")
		}
		mapIterNext(&iter.hiter)
	} else {
		// The iterator keeps a pointer to the map.
		m := iter.m.pointer()
		escapes(m)
		mapIterStart(iter.m.typ(), m, &iter.hiter)
	}
	return iter.hiter.key != nil
}

// Key is the current entry's key.
func (iter *MapIter) Key() Value {
	if !iter.hiter.started() {
		panic("MapIter.Key called before Next")
	}
	if iter.hiter.key == nil {
		panic("MapIter.Key called on exhausted iterator")
	}
	kt := iter.m.mapType().Key
	return copyVal(kt, iter.m.flag.ro()|flag(kt.Kind()), iter.hiter.key)
}

// Value is the current entry's element.
func (iter *MapIter) Value() Value {
	if !iter.hiter.started() {
		panic("MapIter.Value called before Next")
	}
	if iter.hiter.elem == nil {
		panic("MapIter.Value called on exhausted iterator")
	}
	et := iter.m.mapType().Elem
	return copyVal(et, iter.m.flag.ro()|flag(et.Kind()), iter.hiter.elem)
}

// Reset makes iter an iterator over the map v from the start; Reset(Value{}) drops the map.
func (iter *MapIter) Reset(v Value) {
	if v.IsValid() && v.kind() != Map {
		// gc names the method from the stack, where no Value method is.
		panic(&ValueError{"unknown method", v.kind()})
	}
	iter.m = v
	iter.hiter = hiter{}
}

// SetIterKey sets v to iter's current key, as v.Set(iter.Key()) without the copy.
func (v Value) SetIterKey(iter *MapIter) {
	if !iter.hiter.started() {
		panic("reflect: Value.SetIterKey called before Next")
	}
	if iter.hiter.key == nil {
		panic("reflect: Value.SetIterKey called on exhausted iterator")
	}
	v.setFromIter(iter, iter.m.mapType().Key, iter.hiter.key, "reflect.Value.SetIterKey", "reflect.MapIter.SetKey")
}

// SetIterValue sets v to iter's current element, as v.Set(iter.Value()) without the copy.
func (v Value) SetIterValue(iter *MapIter) {
	if !iter.hiter.started() {
		panic("reflect: Value.SetIterValue called before Next")
	}
	if iter.hiter.elem == nil {
		panic("reflect: Value.SetIterValue called on exhausted iterator")
	}
	v.setFromIter(iter, iter.m.mapType().Elem, iter.hiter.elem, "reflect.Value.SetIterValue", "reflect.MapIter.SetValue")
}

// setFromIter stores the key or element of type t at p, for SetIterKey or SetIterValue
// (method), converted as assignTo does in context.
func (v Value) setFromIter(iter *MapIter, t *abi.Type, p unsafe.Pointer, method, context string) {
	v.mustBeAssignable(method)
	var target unsafe.Pointer
	if v.kind() == Interface {
		target = v.ptr
	}
	iter.m.flag.mustBeExportedIn(method)
	x := Value{t, p, iter.m.flag&flagRO | flagIndir | flag(t.Kind())}
	x = x.assignTo(context, v.typ(), target)
	abi.Typedmemmove(v.typ(), v.ptr, x.ptr)
}

// SetMapIndex stores elem under key in the map v, or deletes key if elem is the zero
// Value. Storing into a nil map panics as m[k] = e does; deleting from one does nothing.
func (v Value) SetMapIndex(key, elem Value) {
	v.kindIs("reflect.Value.SetMapIndex", Map)
	v.flag.mustBeExportedIn("reflect.Value.SetMapIndex")
	key.flag.mustBeExportedIn("reflect.Value.SetMapIndex")
	tt := v.mapType()
	if stringKey(tt, key) {
		k := *(*string)(key.ptr)
		if elem.typ() == nil {
			mapdelete_faststr(v.typ(), v.pointer(), k)
			return
		}
		elem.flag.mustBeExportedIn("reflect.Value.SetMapIndex")
		elem = elem.assignTo("reflect.Value.SetMapIndex", tt.Elem, nil)
		e := elem.ptr
		if elem.flag&flagIndir == 0 {
			e = unsafe.Pointer(&elem.ptr)
		}
		mapstoreString(v.typ(), v.pointer(), k, e)
		return
	}
	key = key.assignTo("reflect.Value.SetMapIndex", tt.Key, nil)
	k := key.ptr
	if key.flag&flagIndir == 0 {
		k = unsafe.Pointer(&key.ptr)
	}
	if elem.typ() == nil {
		mapdelete(v.typ(), v.pointer(), k)
		return
	}
	elem.flag.mustBeExportedIn("reflect.Value.SetMapIndex")
	elem = elem.assignTo("reflect.Value.SetMapIndex", tt.Elem, nil)
	e := elem.ptr
	if elem.flag&flagIndir == 0 {
		e = unsafe.Pointer(&elem.ptr)
	}
	mapstore(v.typ(), v.pointer(), k, e)
}

// Clear empties a map, or zeroes a slice's elements.
func (v Value) Clear() {
	switch v.Kind() {
	case Slice:
		s := (*sliceHeader)(v.ptr)
		clearBytes(s.Data, uintptr(s.Len)*v.typ().Elem().Size_)
	case Map:
		mapclear(v.typ(), v.pointer())
	default:
		panic(&ValueError{"reflect.Value.Clear", v.Kind()})
	}
}

// MakeMap is a new empty map of type typ.
func MakeMap(typ Type) Value {
	return MakeMapWithSize(typ, 0)
}

// MakeMapWithSize is a new empty map of type typ with room for about n entries.
func MakeMapWithSize(typ Type, n int) Value {
	t := typ.common()
	if t.Kind() != abi.Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	return Value{t, makemap(t, n), flag(Map)}
}
