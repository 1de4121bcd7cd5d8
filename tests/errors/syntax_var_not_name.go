package main

var , x int

func main() {
}
