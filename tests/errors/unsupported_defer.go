// defer statements are outside gocrane's subset.
package main

func main() {
	defer println("deferred")
	println("body")
}
