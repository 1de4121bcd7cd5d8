// range_func_defer.go: defer inside a range-over-func loop body.
//
// The loop body is a function literal (main.f-range1), but a `defer` in it belongs to f: gc's
// rewrite takes a token for f's defer record before the loop (`#defers :=
// runtime.deferrangefunc()`) and each defer in a body adds its call there
// (`runtime.deferprocat(fn, #defers)`), so the deferred calls run when f returns — after the
// defers that follow the loop, before those that precede it — or when f panics. f then keeps
// a defer record (`runtime.deferreturn`, no open-coded defers), and so do the bodies.
package main

func upto(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer println("iterator done", n)
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func f() (r int) {
	defer println("before loop")
	for i := range upto(3) {
		defer println("deferred in body", i)
		defer func() { r += i }()
		for j := range upto(2) {
			defer println("inner", i, j)
		}
	}
	defer println("after loop")
	println("f returns")
	return 100
}

func g() {
	defer func() {
		println("recovered", recover().(string))
	}()
	for i := range upto(5) {
		defer println("g body", i)
		if i == 2 {
			panic("boom")
		}
	}
}

func main() {
	println(f())
	g()
}
