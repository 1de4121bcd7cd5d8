// A deferred call that panics while the function panics: gc prints both panics, the first
// one `[recovered]` when a deferred function had recovered it before panicking anew.
package main

func main() {
	defer func() {
		recover()
		panic("second")
	}()
	panic("first")
}
