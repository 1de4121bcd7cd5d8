// A method name followed by something other than its parameters: gc reads an embedded
// interface name, and its method list wants a semicolon, a newline or }.
package main

type Adder interface {
	Add ++ (int) int
}

func main() {
}
