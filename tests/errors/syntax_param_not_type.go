package main

func f(a int, switch) {
}

func main() {
}
