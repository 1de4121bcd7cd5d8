// Functions are analysed in gc's order: its bottom-up visit meets the callee of a nested call
// f(g(x)) before the arguments, so f's remarks come before g's.
package main

func both(s []byte) []byte { return outer(inner(s)) }

var sink []byte

func outer(s []byte) []byte { return s[1:] }

func unused() {}

func inner(s []byte) []byte { return s[:1] }

func main() {
	sink = both(make([]byte, 4))
}
