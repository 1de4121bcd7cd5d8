// panic_string.go: panic stops the program with a message of your own.
package main

func check(n int) {
	if n > 2 {
		panic("boom")
	}
	println("check", n, "ok")
}

func main() {
	for i := 0; i < 5; i++ {
		check(i)
	}
}
