// Package runtime's stack walking: Caller, Callers, CallersFrames, FuncForPC and Func, through
// plain calls, methods (value and pointer receivers, promoted through a wrapper), closures,
// method values, deferred calls, package initialisation and multi-line calls. File names are
// printed without their directory (gc's are absolute paths).
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func base(path string) string {
	return path[strings.LastIndex(path, "/")+1:]
}

// stack prints the frames above its caller's caller, as gc's runtime reports them.
func stack(label string) {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(2, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	fmt.Println(label + ":")
	for {
		f, more := frames.Next()
		fmt.Printf("  %s %s:%d more=%v\n", f.Function, base(f.File), f.Line, more)
		if !more {
			break
		}
	}
}

// here is where its caller called it from.
func here() string {
	_, file, line, ok := runtime.Caller(1)
	return fmt.Sprintf("%s:%d %v", base(file), line, ok)
}

type Inner struct{ n int }

func (i Inner) Value() { stack("Inner.Value") }

func (i *Inner) Pointer() { stack("(*Inner).Pointer") }

type Outer struct {
	Inner
}

type Valuer interface{ Value() }

var fromInit = here()

func init() {
	stack("init")
}

func deferred() (s string) {
	defer func() {
		s = here()
		stack("deferred at return")
	}()
	if len(fromInit) > 0 {
		return "early"
	}
	return "late"
}

func fallsOff() {
	defer stack("deferred at the closing brace")
	fmt.Print("")
}

func add(a, b int) int { return a + b }

// panicking prints the frames between a deferred call run by a panic and the function that
// panicked: gc's runtime.gopanic, and a run-time error's own runtime frames.
//
//go:noinline
func panicking(label string, f func()) {
	defer func() {
		recover()
		pcs := make([]uintptr, 16)
		n := runtime.Callers(2, pcs)
		frames := runtime.CallersFrames(pcs[:n])
		fmt.Print(label, ":")
		for {
			fr, more := frames.Next()
			fmt.Printf(" %s %s:%d", fr.Function, base(fr.File), fr.Line)
			if !more || !strings.HasPrefix(fr.Function, "runtime.") {
				break
			}
		}
		fmt.Println()
	}()
	f()
}

var zero int
var sl = []int{1}
var neg = -1

type Stringless struct{}

// recovered's deferred calls after the recovery run as called from where it panicked.
func recovered() {
	defer stack("after recover")
	defer func() { recover() }()
	panic("recovered")
}

func lineOf() int {
	_, _, line, _ := runtime.Caller(1)
	return line
}

func main() {
	fmt.Println("fromInit:", fromInit)
	stack("main")
	fmt.Println("here:", here())

	var in Inner
	in.Value()
	in.Pointer()
	var v Valuer = Outer{}
	v.Value()
	method := in.Value
	method()

	func() {
		stack("closure")
	}()

	fmt.Println("deferred:", deferred())
	fallsOff()

	// Multi-line calls: a call's line is that of its parenthesis.
	x := add(1,
		lineOf())
	fmt.Println("add:", x)
	fmt.Println("lineOf:",
		lineOf(),
	)

	// Caller(0) is the caller itself; a skip past the end of the stack is not ok.
	pc, file, line, ok := runtime.Caller(0)
	f := runtime.FuncForPC(pc)
	fmt.Println("Caller(0):", f.Name(), base(file), line, ok, f.Entry() <= pc)
	ffile, fline := f.FileLine(pc)
	fmt.Println("FileLine:", base(ffile), fline)
	pc, file, line, ok = runtime.Caller(50)
	fmt.Printf("Caller(50): %d %q %d %v\n", pc, file, line, ok)

	// Callers: skip 0 is runtime.Callers itself; a short buffer keeps the innermost frames;
	// an empty one gets nothing.
	pcs := make([]uintptr, 3)
	n := runtime.Callers(0, pcs)
	fmt.Println("Callers(0) into 3:", n)
	for _, p := range pcs[:n] {
		fmt.Println("  ", runtime.FuncForPC(p-1).Name())
	}
	fmt.Println("Callers into none:", runtime.Callers(0, nil))
	n = runtime.Callers(100, pcs)
	fmt.Println("Callers(100):", n)

	// Frames pass over addresses outside Go code.
	frames := runtime.CallersFrames([]uintptr{0, 1})
	fr, more := frames.Next()
	fmt.Printf("junk: %q %v %v\n", fr.Function, fr.Func == nil, more)

	panicking("panic", func() { panic("x") })
	panicking("nil", func() {
		var p *int
		_ = *p
	})
	panicking("index", func() {
		i := 5
		_ = sl[i]
	})
	panicking("divide", func() { _ = 1 / zero })
	panicking("shift", func() { _ = 1 << neg })
	panicking("assert", func() {
		var x any = 1
		_ = x.(string)
	})
	panicking("assert method", func() {
		var x any = Stringless{}
		_ = x.(fmt.Stringer)
	})
	panicking("makeslice", func() { _ = make([]int, neg) })
	recovered()

	fmt.Println("FuncForPC(0):", runtime.FuncForPC(0) == nil)
	var none *runtime.Func
	fmt.Printf("nil Func: %q\n", none.Name())
	fmt.Println(none.Entry())
}
