// Writing to a nil map panics with gc's message (exit status 2); reading and deleting do not.
package main

func main() {
	var m map[string]int
	println(m["a"], len(m))
	delete(m, "a")
	m["a"] = 1
	println("unreachable")
}
