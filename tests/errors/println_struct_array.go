package main

type S struct{ a int }

func main() {
	var s S
	println(1, s, [2]string{})
	print(struct{}{})
}
