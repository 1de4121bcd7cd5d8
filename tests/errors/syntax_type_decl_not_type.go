package main

type T ++

func main() {
}
