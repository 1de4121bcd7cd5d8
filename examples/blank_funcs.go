package main

// Functions named _ are type-checked but never compiled or called, so there may be several.

func _() {}

func _() { println("never") }

func _(x int) int { return x }

func main() {
	println("only main runs")
}
