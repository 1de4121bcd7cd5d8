package abi

import "unsafe"

// The relations between types that reflect and errors.As need: implementing an interface,
// assignability, identity.

// methodPkgPath is the package of a method name: its own, else the declaring type's.
func methodPkgPath(n Name, declaring string) string {
	if p := n.PkgPath(); p != "" {
		return p
	}
	return declaring
}

// Implements reports whether V implements the interface type T: every method of T, in
// name order, is found in V's method table (also in name order) with the same type, and
// unexported methods from the same package.
func Implements(T, V *Type) bool {
	if T.Kind() != Interface {
		return false
	}
	t := T.InterfaceType()
	if len(t.Methods) == 0 {
		return true
	}
	tpkg := t.PkgPath.Name()
	if V.Kind() == Interface {
		v := V.InterfaceType()
		vpkg := v.PkgPath.Name()
		i := 0
		for j := 0; j < len(v.Methods); j++ {
			tm := &t.Methods[i]
			tmName := ResolveNameOff(tm.Name)
			vm := &v.Methods[j]
			vmName := ResolveNameOff(vm.Name)
			if vmName.Name() == tmName.Name() && ResolveTypeOff(vm.Typ) == ResolveTypeOff(tm.Typ) {
				if !tmName.IsExported() && methodPkgPath(tmName, tpkg) != methodPkgPath(vmName, vpkg) {
					continue
				}
				if i++; i >= len(t.Methods) {
					return true
				}
			}
		}
		return false
	}
	u := V.Uncommon()
	if u == nil {
		return false
	}
	vpkg := ResolveNameOff(u.PkgPath).Name()
	vmethods := u.Methods()
	i := 0
	for j := 0; j < len(vmethods); j++ {
		tm := &t.Methods[i]
		tmName := ResolveNameOff(tm.Name)
		vm := vmethods[j]
		vmName := ResolveNameOff(vm.Name)
		if vmName.Name() == tmName.Name() && ResolveTypeOff(vm.Mtyp) == ResolveTypeOff(tm.Typ) {
			if !tmName.IsExported() && methodPkgPath(tmName, tpkg) != methodPkgPath(vmName, vpkg) {
				continue
			}
			if i++; i >= len(t.Methods) {
				return true
			}
		}
	}
	return false
}

// DirectlyAssignable reports whether a value of type V can be assigned to type T without
// an interface conversion: identical types, or one of them unnamed with identical
// underlying types (a bidirectional channel to a directional one too).
func DirectlyAssignable(T, V *Type) bool {
	if T == V {
		return true
	}
	if T.HasName() && V.HasName() || T.Kind() != V.Kind() {
		return false
	}
	if T.Kind() == Chan && SpecialChannelAssignability(T, V) {
		return true
	}
	return HaveIdenticalUnderlyingType(T, V, true)
}

// SpecialChannelAssignability: a bidirectional channel value is assignable to a directional
// channel type with an identical element type when either type is unnamed.
func SpecialChannelAssignability(T, V *Type) bool {
	tc := (*ChanType)(unsafe.Pointer(T))
	vc := (*ChanType)(unsafe.Pointer(V))
	return vc.Dir == BothDir && (T.Name() == "" || V.Name() == "") &&
		HaveIdenticalType(tc.Elem, vc.Elem, true)
}

// HaveIdenticalType reports whether T and V are identical types (with cmpTags, the same
// descriptor; without, ignoring struct tags).
func HaveIdenticalType(T, V *Type, cmpTags bool) bool {
	if cmpTags {
		return T == V
	}
	if T.Name() != V.Name() || T.Kind() != V.Kind() || T.PkgPath() != V.PkgPath() {
		return false
	}
	return HaveIdenticalUnderlyingType(T, V, false)
}

// HaveIdenticalUnderlyingType reports whether T and V have identical underlying types.
func HaveIdenticalUnderlyingType(T, V *Type, cmpTags bool) bool {
	if T == V {
		return true
	}
	kind := T.Kind()
	if kind != V.Kind() {
		return false
	}
	if Bool <= kind && kind <= Complex128 || kind == String || kind == UnsafePointer {
		return true
	}
	switch kind {
	case Array:
		return T.Len() == V.Len() && HaveIdenticalType(T.Elem(), V.Elem(), cmpTags)
	case Chan:
		return V.ChanDir() == T.ChanDir() && HaveIdenticalType(T.Elem(), V.Elem(), cmpTags)
	case Func:
		t := T.FuncType()
		v := V.FuncType()
		if t.OutCount != v.OutCount || t.InCount != v.InCount {
			return false
		}
		for i := 0; i < t.NumIn(); i++ {
			if !HaveIdenticalType(t.In(i), v.In(i), cmpTags) {
				return false
			}
		}
		for i := 0; i < t.NumOut(); i++ {
			if !HaveIdenticalType(t.Out(i), v.Out(i), cmpTags) {
				return false
			}
		}
		return true
	case Interface:
		t := T.InterfaceType()
		v := V.InterfaceType()
		if len(t.Methods) == 0 && len(v.Methods) == 0 {
			return true
		}
		// Different descriptors of method-full interfaces are different types.
		return false
	case Map:
		return HaveIdenticalType(T.MapType().Key, V.MapType().Key, cmpTags) && HaveIdenticalType(T.Elem(), V.Elem(), cmpTags)
	case Pointer, Slice:
		return HaveIdenticalType(T.Elem(), V.Elem(), cmpTags)
	case Struct:
		t := T.StructType()
		v := V.StructType()
		if len(t.Fields) != len(v.Fields) {
			return false
		}
		if t.PkgPath.Name() != v.PkgPath.Name() {
			return false
		}
		for i := range t.Fields {
			tf := &t.Fields[i]
			vf := &v.Fields[i]
			if tf.Name.Name() != vf.Name.Name() {
				return false
			}
			if !HaveIdenticalType(tf.Typ, vf.Typ, cmpTags) {
				return false
			}
			if cmpTags && tf.Name.Tag() != vf.Name.Tag() {
				return false
			}
			if tf.Offset != vf.Offset {
				return false
			}
			if tf.Embedded() != vf.Embedded() {
				return false
			}
		}
		return true
	}
	return false
}


// Name is a named type's name within its package ("" for unnamed types): the text after the
// last dot that is not inside a type argument list.
func (t *Type) Name() string {
	if !t.HasName() {
		return ""
	}
	s := t.String()
	depth := 0
	i := len(s) - 1
	for ; i >= 0; i-- {
		c := s[i]
		if c == ']' {
			depth++
		} else if c == '[' {
			depth--
		} else if c == '.' && depth == 0 {
			break
		}
	}
	return s[i+1:]
}

// PkgPath is the import path of a named type's package ("" for predeclared and unnamed
// types).
func (t *Type) PkgPath() string {
	if !t.HasName() {
		return ""
	}
	u := t.Uncommon()
	if u == nil {
		return ""
	}
	return ResolveNameOff(u.PkgPath).Name()
}
