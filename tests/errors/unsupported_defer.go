// A defer statement in a loop is outside gocrane's subset (gc allocates a defer record for
// each iteration; gocrane open-codes defers only).
package main

func main() {
	for i := 0; i < 3; i++ {
		defer println("deferred", i)
	}
	println("body")
}
