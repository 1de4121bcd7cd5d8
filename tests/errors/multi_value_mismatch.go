package main

type I interface{ M() }

func two() (int, string) { return 1, "a" }

func f() (int, error) {
	return two()
}

func g(a int, b I) {}

func main() {
	var x int
	var s I
	x, s = two()
	g(two())
	var e interface{} = 1
	var b string
	x, b = e.(int)
	var p, q string = two()
	_, _, _, _, _ = x, s, b, p, q
}
