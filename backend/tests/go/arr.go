package main

func mk() [3]int { println("called"); return [3]int{} }

func main() {
	var a, b [10]string
	a[9] = "x"
	println(a == b, len(mk()))
	b[9] = "x"
	println(a == b)
	var f [10]float64
	g := f
	z := 0.0
	g[3] = z / z
	println(f == g, g == g, f == f)
}
