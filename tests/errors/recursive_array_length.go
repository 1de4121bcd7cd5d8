package main

// An array length that needs the array type's own size.
type R [len(R{})]int

func main() {
	var r R
	_ = r
}
