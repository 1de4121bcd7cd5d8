package main

// gc prints a statement used as an if condition with its syntax printer: blanks around
// binary and assignment operators, none around ++ or unary operators.

func a() {
	var i int
	if i++ {
	}
}

func b(n int) {
	if a := make([]byte, n+1) {
	}
}

func c(x int) {
	if x = x*2 + -1 {
	}
}

func d(s []int) {
	if y, z := s[1:2], <-make(chan int) {
	}
}

func e(x int) {
	if x += 2 * x {
	}
}

func main() {}
