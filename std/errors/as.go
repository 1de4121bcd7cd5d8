package errors

import (
	"internal/abi"
	"unsafe"
)

// As finds the first error in err's tree (err, then what Unwrap returns, depth first) that
// is assignable to the type target points to, or whose As(target) method says it matches;
// it stores that error in *target and reports true. target must be a non-nil pointer to an
// interface type or to a type implementing error (else As panics).
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	typ := abi.TypeOf(target)
	ptr := *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(&target), unsafe.Sizeof(typ)))
	if typ.Kind() != abi.Pointer || ptr == nil {
		panic("errors: target must be a non-nil pointer")
	}
	targetType := typ.Elem()
	if targetType.Kind() != abi.Interface && !abi.Implements(errorType, targetType) {
		panic("errors: *target must be interface or implement error")
	}
	return as(err, target, ptr, targetType)
}

// errorType is the descriptor of the interface type error.
var errorType = abi.TypeOf((*error)(nil)).Elem()

func as(err error, target any, ptr unsafe.Pointer, targetType *abi.Type) bool {
	for {
		if assignable(targetType, abi.TypeOf(err)) {
			store(ptr, targetType, err)
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if err == nil {
					continue
				}
				if as(err, target, ptr, targetType) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// assignable reports whether a value of type v can be assigned to a variable of type t.
func assignable(t, v *abi.Type) bool {
	return abi.DirectlyAssignable(t, v) || abi.Implements(t, v)
}

// store sets the variable of type t at p to err's dynamic value (or to err itself, converted,
// when t is an interface type).
func store(p unsafe.Pointer, t *abi.Type, err error) {
	var e any = err
	if t.Kind() == abi.Interface {
		if t.NumMethod() == 0 {
			*(*any)(p) = e
		} else {
			abi.IfaceE2I(t, e, p)
		}
		return
	}
	word := *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(&e), unsafe.Sizeof(t)))
	if t.IsDirectIface() {
		*(*unsafe.Pointer)(p) = word
	} else {
		abi.Typedmemmove(t, p, word)
	}
}
