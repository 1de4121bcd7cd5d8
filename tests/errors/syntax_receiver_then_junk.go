package main

type P struct{}

func (p P) ) Sum() int { return 0 }

func main() {
}
