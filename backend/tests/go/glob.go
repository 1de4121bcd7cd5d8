package main

var counter int
var names []string

func init() { counter = 10 }

func next() (n int, ok bool) {
	counter++
	n = counter
	ok = n%2 == 0
	return
}

func main() {
	var ptrs []*int
	for i := 0; i < 3; i++ {
		v := i * 100
		ptrs = append(ptrs, &v)
	}
	println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] != ptrs[1])
	a, b := next()
	c, d := next()
	println(a, b, c, d, counter)
	names = append(names, "x", "yz")
	println(len(names), names[1])
}
