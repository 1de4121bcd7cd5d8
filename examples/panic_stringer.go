// panic_stringer.go: a panic value that is not an error but has a String method is printed
// through String().
package main

type Level int

func (l Level) String() string {
	if l > 2 {
		return "critical"
	}
	return "minor"
}

func main() {
	panic(Level(3))
}
