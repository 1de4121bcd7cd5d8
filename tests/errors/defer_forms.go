package main

func f() int { return 1 }

func main() {
	x := []int{1}
	defer int(3)
	defer len(x)
	defer f
	defer (f())
	defer f()
	defer recover(1)
}
