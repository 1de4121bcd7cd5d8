// An import that is never used.
package main

import "runtime"

func main() {
	println("no runtime here")
}
