// gocrane-specific: a defer in a range-over-func loop body belongs to the enclosing function
// (gc's runtime.deferrangefunc and deferprocat), which gocrane does not do yet.
package main

func upto(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	for i := range upto(3) {
		defer println(i)
	}
}
