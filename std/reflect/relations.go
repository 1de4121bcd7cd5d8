package reflect

import (
	"internal/abi"
	"unsafe"
)

// Implements reports whether the type implements the interface type u.
func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return abi.Implements(u.common(), &t.t)
}

// AssignableTo reports whether a value of the type is assignable to type u.
func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	uu := u.common()
	return abi.DirectlyAssignable(uu, &t.t) || abi.Implements(uu, &t.t)
}

// ConvertibleTo reports whether a value of the type converts to type u.
func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return convertible(u.common(), &t.t)
}

// The relations between types (Implements, DirectlyAssignable, HaveIdentical…) are
// internal/abi's, which errors.As shares.

// convertible reports whether a value of type src converts to type dst (Go's conversion
// rules as reflect applies them).
func convertible(dst, src *abi.Type) bool {
	switch Kind(src.Kind()) {
	case Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		switch Kind(dst.Kind()) {
		case Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr, Float32, Float64, String:
			return true
		}
	case Float32, Float64:
		switch Kind(dst.Kind()) {
		case Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr, Float32, Float64:
			return true
		}
	case Complex64, Complex128:
		switch Kind(dst.Kind()) {
		case Complex64, Complex128:
			return true
		}
	case String:
		if dst.Kind() == abi.Slice && toRType(dst.Elem()).PkgPath() == "" {
			switch dst.Elem().Kind() {
			case abi.Uint8, abi.Int32:
				return true
			}
		}
	case Slice:
		if dst.Kind() == abi.String && toRType(src.Elem()).PkgPath() == "" {
			switch src.Elem().Kind() {
			case abi.Uint8, abi.Int32:
				return true
			}
		}
		// A slice converts to an array, or a pointer to an array, of its element type.
		if dst.Kind() == abi.Pointer && dst.Elem().Kind() == abi.Array && src.Elem() == dst.Elem().Elem() {
			return true
		}
		if dst.Kind() == abi.Array && src.Elem() == dst.Elem() {
			return true
		}
	case Chan:
		if dst.Kind() == abi.Chan && abi.SpecialChannelAssignability(dst, src) {
			return true
		}
	}
	if abi.HaveIdenticalUnderlyingType(dst, src, false) {
		return true
	}
	// Two unnamed pointer types with identical underlying element types.
	if dst.Kind() == abi.Pointer && !dst.HasName() && src.Kind() == abi.Pointer && !src.HasName() &&
		abi.HaveIdenticalUnderlyingType(dst.Elem(), src.Elem(), false) {
		return true
	}
	return abi.Implements(dst, src)
}

// fnv1 mixes bytes into a hash as gc's reflect does for types it builds.
func fnv1(x uint32, list ...byte) uint32 {
	for _, b := range list {
		x = x*16777619 ^ uint32(b)
	}
	return x
}

// ptrCache remembers the pointer types built at run time, so PointerTo(t) is always the
// same descriptor.
var ptrCache []*abi.PtrType

// PointerTo is the type *t.
func PointerTo(t Type) Type { return toRType(pointerTo(t.common())) }

// PtrTo is the old name of PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

// pointerTo is *t: the compiler's descriptor when it made one (PtrToThis), else one built
// now from *unsafe.Pointer's, with t's name and hash.
func pointerTo(t *abi.Type) *abi.Type {
	if t.PtrToThis != 0 {
		return abi.ResolveTypeOff(t.PtrToThis)
	}
	for _, p := range ptrCache {
		if p.Elem == t {
			return &p.Type
		}
	}
	// The program's own *t, if the compiler made one that t does not point to.
	s := "*" + t.String()
	for _, tt := range typesByString(s) {
		p := (*abi.PtrType)(unsafe.Pointer(tt))
		if p.Elem == t {
			ptrCache = append(ptrCache, p)
			return tt
		}
	}
	var prototypeIface any = (*unsafe.Pointer)(nil)
	prototype := (*abi.PtrType)(unsafe.Pointer((*emptyInterface)(unsafe.Pointer(&prototypeIface)).typ))
	p := new(abi.PtrType)
	*p = *prototype
	p.Str = abi.AddNameOff(abi.NewName(s, "", false, false))
	p.TFlag &^= abi.TFlagNamed | abi.TFlagUncommon | abi.TFlagExtraStar
	p.PtrToThis = 0
	p.Hash = fnv1(t.Hash, '*')
	p.Elem = t
	ptrCache = append(ptrCache, p)
	return &p.Type
}

// funcCache remembers the func types built at run time.
var funcCache []*abi.FuncType

// FuncOf is the func type with the given parameter and result types.
func FuncOf(in, out []Type, variadic bool) Type {
	if variadic && (len(in) == 0 || in[len(in)-1].Kind() != Slice) {
		panic("reflect.FuncOf: last arg of variadic func must be slice")
	}
	n := len(in) + len(out)
	if n > 128 {
		panic("reflect.FuncOf: too many arguments")
	}
	params := make([]*abi.Type, 0, n)
	for _, t := range in {
		params = append(params, t.common())
	}
	for _, t := range out {
		params = append(params, t.common())
	}
	return toRType(funcOf(params, len(in), variadic))
}

// withReceiver is the func type of method type m with receiver type recv first.
func withReceiver(recv *abi.Type, m *abi.FuncType) *abi.Type {
	params := make([]*abi.Type, 0, 1+m.NumIn()+m.NumOut())
	params = append(params, recv)
	params = append(params, m.InSlice()...)
	params = append(params, m.OutSlice()...)
	return funcOf(params, 1+m.NumIn(), m.IsVariadic())
}

// funcOf builds (or finds among those built before) the func type with params (the first
// nin of them inputs): a FuncType header copied from func()'s, followed by the parameter
// types, as the compiler lays them out.
func funcOf(params []*abi.Type, nin int, variadic bool) *abi.Type {
	var hash uint32
	for i, t := range params {
		if i == nin {
			if variadic {
				hash = fnv1(hash, 'v')
			}
			hash = fnv1(hash, '.')
		}
		hash = fnv1(hash, byte(t.Hash>>24), byte(t.Hash>>16), byte(t.Hash>>8), byte(t.Hash))
	}
	if nin == len(params) {
		if variadic {
			hash = fnv1(hash, 'v')
		}
		hash = fnv1(hash, '.')
	}
	outCount := uint16(len(params) - nin)
	if variadic {
		outCount |= 1 << 15
	}
	for _, ft := range funcCache {
		if int(ft.InCount) == nin && ft.OutCount == outCount && sameParams(ft, params) {
			return &ft.Type
		}
	}
	var prototypeIface any = (func())(nil)
	prototype := (*abi.FuncType)(unsafe.Pointer((*emptyInterface)(unsafe.Pointer(&prototypeIface)).typ))
	// The header (7 words) and the parameter types after it, in one allocation.
	const headerWords = unsafe.Sizeof(abi.FuncType{}) / unsafe.Sizeof(uintptr(0))
	words := make([]*abi.Type, int(headerWords)+len(params))
	ft := (*abi.FuncType)(unsafe.Pointer(&words[0]))
	*ft = *prototype
	copy(words[headerWords:], params)
	ft.TFlag = abi.TFlagDirectIface
	ft.Hash = hash
	ft.InCount = uint16(nin)
	ft.OutCount = outCount
	ft.PtrToThis = 0
	str := funcString(ft)
	// The program's own descriptor of this type, if it has one: the same Type then.
	for _, tt := range typesByString(str) {
		if abi.HaveIdenticalUnderlyingType(&ft.Type, tt, true) {
			funcCache = append(funcCache, (*abi.FuncType)(unsafe.Pointer(tt)))
			return tt
		}
	}
	ft.Str = abi.AddNameOff(abi.NewName(str, "", false, false))
	funcCache = append(funcCache, ft)
	return &ft.Type
}

// typesByString is the program's descriptors whose string is s (gc's typesByString over
// its typelinks).
func typesByString(s string) []*abi.Type {
	var found []*abi.Type
	for _, t := range abi.Types() {
		if t.String() == s {
			found = append(found, t)
		}
	}
	return found
}

func sameParams(ft *abi.FuncType, params []*abi.Type) bool {
	in := ft.InSlice()
	out := ft.OutSlice()
	for i, p := range params {
		var q *abi.Type
		if i < len(in) {
			q = in[i]
		} else {
			q = out[i-len(in)]
		}
		if p != q {
			return false
		}
	}
	return true
}

// funcString writes a func type as Go does: func(int, ...string) (bool, error).
func funcString(ft *abi.FuncType) string {
	s := "func("
	for i, t := range ft.InSlice() {
		if i > 0 {
			s += ", "
		}
		if ft.IsVariadic() && i == int(ft.InCount)-1 {
			s += "..." + t.Elem().String()
		} else {
			s += t.String()
		}
	}
	s += ")"
	out := ft.OutSlice()
	if len(out) == 1 {
		s += " "
	} else if len(out) > 1 {
		s += " ("
	}
	for i, t := range out {
		if i > 0 {
			s += ", "
		}
		s += t.String()
	}
	if len(out) > 1 {
		s += ")"
	}
	return s
}
