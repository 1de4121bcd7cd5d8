package fmt

import (
	"errors"
	"internal/bytealg"
	"sort"
)

// Errorf formats like Sprintf and returns the text as an error. An operand of a %w verb
// must be an error: with one %w, the result's Unwrap returns it; with several, Unwrap
// returns all of them (in operand order), as []error.
func Errorf(format string, a ...any) (err error) {
	if err = errorf(format, a...); err != nil {
		return err
	}
	// No operands and nothing to format: the format is the message.
	return errors.New(format)
}

func errorf(format string, a ...any) error {
	if len(a) == 0 && bytealg.IndexByteString(format, '%') < 0 {
		return nil
	}
	p := newPrinter()
	p.wrapErrs = true
	p.printf(format, a)
	s := string(p.buf)
	var err error
	switch len(p.wrappedErrs) {
	case 0:
		err = errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[p.wrappedErrs[0]].(error)
		err = w
	default:
		if p.reordered {
			sort.Ints(p.wrappedErrs)
		}
		var errs []error
		for i, argNum := range p.wrappedErrs {
			if i > 0 && p.wrappedErrs[i-1] == argNum {
				continue // the same operand wrapped twice
			}
			if e, ok := a[argNum].(error); ok {
				errs = append(errs, e)
			}
		}
		err = &wrapErrors{s, errs}
	}
	p.free()
	return err
}

// wrapError is Errorf's error with one %w.
type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

// wrapErrors is Errorf's error with several %w.
type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string { return e.msg }

func (e *wrapErrors) Unwrap() []error { return e.errs }
