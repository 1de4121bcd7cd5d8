package main

// gc's parser reads `func() int(f)` as a conversion to a func type; gocrane's grammar takes
// only the parenthesised form `(func() int)(f)`, and names what it does not support rather
// than invent a syntax error.
func main() {
	var f func() int
	f = func() int(f)
	_ = f
}
