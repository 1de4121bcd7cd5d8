// A map with interface keys hashes the dynamic value: a slice has no hash, and inserting one
// panics as gc's runtime does.
package main

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	m["s"] = 2
	println(len(m))
	var k interface{} = []int{1, 2}
	m[k] = 3
	println("unreachable")
}
