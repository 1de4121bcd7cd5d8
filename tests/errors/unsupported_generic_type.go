package main

type List[T any] struct{ head T }

// A generic type instantiated in a type position.
var l List[int]

func main() { _ = l }
