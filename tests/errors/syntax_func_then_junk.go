package main

func main() + {
}
