package main

type S struct {
	x int
	default
}

func main() {
}
