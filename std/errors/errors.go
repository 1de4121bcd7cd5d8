// Package errors makes error values and inspects chains of wrapped errors.
//
// gocrane's implementation. An error wraps another when it has a method Unwrap() error, or
// several with Unwrap() []error; Is walks the tree those methods describe, depth first.
package errors

import "unsafe"

// New returns an error whose Error method returns text. Each call makes a distinct error,
// even for equal texts.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// ErrUnsupported is what an operation returns when it cannot be done: callers test for it
// with errors.Is(err, errors.ErrUnsupported).
var ErrUnsupported = New("unsupported operation")

// Unwrap returns what err wraps, if err has a method Unwrap() error; otherwise nil (also for
// an error wrapping several, whose Unwrap returns []error).
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether some error in err's tree matches target: is equal to it (when target's
// type is comparable) or has a method Is(error) bool that says so.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return matches(err, target, comparable(target))
}

// matches walks err's tree for Is: err itself, then down single wraps in a loop, and into
// each of several wrapped errors in order.
func matches(err, target error, canCompare bool) bool {
	for {
		if canCompare && err == target {
			return true
		}
		if m, ok := err.(interface{ Is(error) bool }); ok && m.Is(target) {
			return true
		}
		switch w := err.(type) {
		case interface{ Unwrap() error }:
			err = w.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, inner := range w.Unwrap() {
				if inner != nil && matches(inner, target, canCompare) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// The start of a type descriptor (the runtime's abi.Type), as far as its equality function:
// a type whose values cannot be compared has none.
type typeDescriptor struct {
	size, ptrBytes           uintptr
	hash                     uint32
	tflag, align, fieldAlign uint8
	kind                     uint8
	equal                    unsafe.Pointer
}

// eface is the layout of an interface{} value.
type eface struct {
	typ  *typeDescriptor
	data unsafe.Pointer
}

// comparable reports whether v's dynamic type can be compared with ==, as reflection's
// Type.Comparable does: its descriptor has an equality function.
func comparable(v any) bool {
	return (*eface)(unsafe.Pointer(&v)).typ.equal != nil
}

// Join returns an error wrapping the non-nil errs (nil if there are none), whose Error
// method joins their texts with newlines and whose Unwrap method returns them.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	j := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			j.errs = append(j.errs, err)
		}
	}
	return j
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	// One error's text as it is (no copy); several joined by newlines in one buffer, which
	// becomes the string without another copy.
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\n')
		b = append(b, err.Error()...)
	}
	return unsafe.String(&b[0], len(b))
}

func (e *joinError) Unwrap() []error { return e.errs }
