package main

func main() {
	println(1)

// trailing comment

