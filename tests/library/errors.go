// errors: New, Is, As, Unwrap, Join and ErrUnsupported over chains of wrapped errors,
// compared with gc's package.
package main

import (
	"errors"
	"runtime"
)

var (
	errA = errors.New("a")
	errB = errors.New("b")
)

// wrap wraps one error, with a message of its own.
type wrap struct {
	msg string
	err error
}

func (w wrap) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrap) Unwrap() error { return w.err }

// multi wraps several.
type multi []error

func (m multi) Error() string   { return "multi" }
func (m multi) Unwrap() []error { return m }

// code is a comparable error type; codes match any code with the same class.
type code struct{ class, n int }

func (c code) Error() string { return "code" }
func (c code) Is(target error) bool {
	t, ok := target.(code)
	return ok && t.class == c.class
}

// sliceErr is not comparable: Is must not compare it with ==.
type sliceErr []int

func (s sliceErr) Error() string { return "slice" }

func main() {
	println(errA.Error(), errB.Error(), errA == errB, errors.New("a") == errA)
	println(errors.ErrUnsupported.Error())

	w1 := wrap{"one", errA}
	w2 := wrap{"two", w1}
	println(w2.Error())
	println(errors.Unwrap(w2) == w1, errors.Unwrap(w1) == errA, errors.Unwrap(errA) == nil)
	println(errors.Unwrap(multi{errA}) == nil, errors.Unwrap(nil) == nil)

	println("Is:", errors.Is(w2, errA), errors.Is(w2, errB), errors.Is(w2, w1))
	println(errors.Is(nil, nil), errors.Is(nil, errA), errors.Is(errA, nil))
	println(errors.Is(multi{errB, w2}, errA), errors.Is(multi{errB, nil}, errA))
	println(errors.Is(wrap{"x", multi{nil, code{1, 2}}}, code{1, 9}))
	println(errors.Is(code{2, 1}, code{1, 1}), errors.Is(code{1, 1}, code{1, 5}))
	println(errors.Is(sliceErr{1}, sliceErr{1}), errors.Is(wrap{"s", sliceErr{}}, errA))
	println(errors.Is(wrap{"u", errors.ErrUnsupported}, errors.ErrUnsupported))

	println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	j := errors.Join(errA, nil, w1, errB)
	println(j.Error())
	println(errors.Is(j, errB), errors.Is(j, w1), errors.Is(j, errors.New("b")))
	one := errors.Join(errA)
	println(one.Error(), one == errA, errors.Is(one, errA))
	inner := j.(interface{ Unwrap() []error }).Unwrap()
	println(len(inner), inner[0] == errA, inner[2] == errB)
	nested := errors.Join(j, errors.Join(code{3, 3}))
	println(nested.Error())
	println(errors.Is(nested, code{3, 0}), errors.Is(nested, code{4, 0}))

	// What each call allocates, as gc's package allocates it. (Not errors.Unwrap: gc inlines
	// it where it is called, and its interface call is then made directly, without the
	// conversion of its argument escaping; gocrane does not inline.)
	println("mallocs:", mallocs(func() { sink = errors.New("x") }),
		mallocs(func() { sink = errors.Join(errA, errB) }),
		mallocs(func() { text = j.Error() }),
		mallocs(func() { text = one.Error() }),
		mallocs(func() { ok = errors.Is(w2, errA) }))
	asCases()
}

// ptrErr is an error with a pointer receiver; asErr has an As method.
type ptrErr struct{ n int }

func (p *ptrErr) Error() string { return "ptr" }

type asErr struct{}

func (asErr) Error() string { return "as" }
func (asErr) As(target any) bool {
	if p, ok := target.(**ptrErr); ok {
		*p = &ptrErr{99}
		return true
	}
	return false
}

type temporary interface {
	error
	Temporary() bool
}

type tempErr string

func (t tempErr) Error() string   { return string(t) }
func (t tempErr) Temporary() bool { return true }

type bigErr struct{ a, b, c int }

func (b bigErr) Error() string { return "big" }

func asCases() {
	println("== As")
	p := &ptrErr{1}
	var tp *ptrErr
	println(errors.As(p, &tp), tp == p)
	tp = nil
	println(errors.As(wrap{"w", wrap{"v", p}}, &tp), tp == p)
	var c code
	println(errors.As(wrap{"w", code{3, 4}}, &c), c.class, c.n)
	var tmp temporary
	println(errors.As(multi{errA, wrap{"x", tempErr("t")}}, &tmp), tmp != nil && tmp.Error() == "t")
	var anyTarget any
	println(errors.As(errB, &anyTarget), anyTarget == errB)
	var e error
	println(errors.As(p, &e), e == error(p))
	tp = nil
	println(errors.As(asErr{}, &tp), tp != nil && tp.n == 99)
	println(errors.As(errA, &tp), errors.As(nil, &tp))
	var big bigErr
	println(errors.As(multi{nil, errA, bigErr{1, 2, 3}}, &big), big.a, big.b, big.c)
	var s sliceErr
	println(errors.As(sliceErr{1, 2}, &s), len(s))
	for _, f := range []func(){
		func() { errors.As(errA, nil) },
		func() { errors.As(errA, tp) },
		func() { var np **ptrErr; errors.As(errA, np) },
		func() { var i int; errors.As(errA, &i) },
		func() { errors.As(errA, 5) },
	} {
		func() {
			defer func() { println("panic:", recover().(string)) }()
			f()
		}()
	}
}

var (
	sink error
	text string
	ok   bool
)

func mallocs(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.Mallocs - before.Mallocs
}
