// Goroutines are outside gocrane's subset.
package main

func work() {
	println("working")
}

func main() {
	go work()
	println("started")
}
