// recover returns the runtime's own panics as values of gc's types, all implementing
// runtime.Error: runtime.boundsError for index and slice bounds, runtime.errorString for a
// nil dereference (a SIGSEGV turned into a panic), a division by zero or an uncomparable
// comparison, *runtime.TypeAssertionError for a failed assertion, and *runtime.PanicNilError
// for panic(nil). A program that calls recover is compiled with the runtime's Go code for
// these types (their Error methods), as gc links package runtime's.
package main

import "runtime"

type Shape interface{ Area() int }

type Square struct{ side int }

func (s Square) Area() int { return s.side * s.side }

func catch(what string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(runtime.Error); ok {
			println(what+":", e.Error())
			return
		}
		println(what+": not a runtime.Error:", r.(string))
	}()
	f()
}

func main() {
	var s []int
	var p *Square
	var zero int
	var x any = 3
	var shape Shape = p
	catch("index", func() { _ = s[4] })
	catch("slice", func() { i := 2 + zero; _ = s[i:1] })
	catch("nil pointer", func() { println(p.side) })
	catch("divide", func() { println(1 / zero) })
	catch("assertion", func() { _ = x.(string) })
	catch("missing method", func() { _ = x.(Shape) })
	catch("uncomparable", func() { var a, b any = []int{}, []int{}; println(a == b) })
	catch("nil value receiver", func() { println(shape.Area()) })
	catch("panic(nil)", func() { panic(nil) })
	catch("user panic", func() { panic("a string is not a runtime.Error") })
}
