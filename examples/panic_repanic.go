// A panic a deferred function recovers and panics again: gc prints the value once, marked
// `[recovered, repanicked]`. Deferred calls of outer frames still run before the program
// dies with exit status 2.
package main

func cleanup() {
	defer println("cleanup's deferred call runs too")
	defer func() {
		r := recover()
		println("recovered", r.(string), "and panicking again")
		panic(r)
	}()
	panic("disk full")
}

func main() {
	defer println("main's deferred call runs last")
	cleanup()
}
