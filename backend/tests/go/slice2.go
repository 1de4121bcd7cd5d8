package main

func main() {
	s := make([]int, 3)
	hi := 5
	println(s[1:hi])
}
