package main

func main() {
	for x := 0; x < 3; x++ go {
	}
}
