// defer, panic and recover, as gc compiles them.
//
// Each defer statement here is open-coded, as gc does it when a function has at most 8
// defers and none in a loop: the deferred function value is stored in a slot of the frame
// and a bit is set; returning calls the functions whose bits are set, last deferred first.
// `defer g(1, x)` evaluates its arguments now: gc wraps the call in a closure,
// main.deferArgs.deferwrap1, that captures the evaluated arguments.
//
// Build with -m to see that none of these function literals escapes: a deferred function
// only has to last until its function returns.
package main

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func show(label string, x int) { println(label, x) }

// Deferred calls run last-in, first-out, when the function returns.
func order() {
	defer println("deferred first, runs last")
	defer println("deferred second, runs second")
	defer println("deferred last, runs first")
	println("body")
}

// Arguments are evaluated at the defer statement; the closure sees the variable.
func deferArgs() {
	x := 1
	defer show("argument evaluated at defer:", x)
	defer func() { show("closure reads the variable:", x) }()
	x = 2
}

// A deferred closure can change named results, even after a return statement set them.
func double(n int) (r int) {
	defer func() { r *= 2 }()
	return n + 1
}

// recover stops a panic when a deferred function calls it directly; the function then
// returns normally with its named results.
func safeDivide(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(string)
		}
	}()
	if b == 0 {
		panic("division by zero")
	}
	return a / b, ""
}

// A method call deferred with its receiver evaluated at the defer statement.
func count(c *Counter) {
	defer c.Inc()
	defer c.Inc()
	println("count body sees", c.n)
}

// recover returns nil when nothing panics, and when it is not called by the deferred
// function itself.
func notDirect() (got bool) {
	defer func() {
		helper := func() any { return recover() }
		got = helper() != nil
		recover()
	}()
	panic("caught by the second recover")
}

// A panic inside a deferred call replaces the first one; an outer recover catches it.
func nested() {
	defer func() {
		println("outer recover:", recover().(string))
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func main() {
	order()
	deferArgs()
	println("double(3) =", double(3))
	q, err := safeDivide(7, 2)
	println("7/2 =", q, err == "")
	q, err = safeDivide(1, 0)
	println("1/0 =", q, err)
	c := &Counter{}
	count(c)
	println("after count", c.n)
	println("recover in a helper:", notDirect())
	nested()
	println("recover outside a panic:", recover() == nil)
}
