package main

// go/parser's scanner meets the bad literal first: its error is the only one.
import 09

func main() {}
