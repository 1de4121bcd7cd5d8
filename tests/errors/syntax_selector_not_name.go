package main

type P struct{ x int }

func main() {
	var p P
	println(p.*x)
}
