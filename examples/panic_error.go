// panic_error.go: when the panic value is an error, the runtime prints its Error() text.
package main

type NotFound struct {
	name string
}

func (e *NotFound) Error() string { return e.name + " not found" }

func lookup(name string) error {
	return &NotFound{name}
}

func main() {
	if err := lookup("config"); err != nil {
		panic(err)
	}
}
