// Channels are outside gocrane's subset.
package main

func main() {
	var ch chan int
	println(ch == nil)
}
