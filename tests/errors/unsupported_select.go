// select statements are outside gocrane's subset (even without channels).
package main

func main() {
	select {
	default:
		println("nothing ready")
	}
}
