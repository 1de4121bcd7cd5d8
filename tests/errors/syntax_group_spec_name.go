// A const group entry that does not start with a name.
package main

const (
	A = 1
	"x"
)

func main() {
}
