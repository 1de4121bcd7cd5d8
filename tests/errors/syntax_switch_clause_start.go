package main

func main() {
	x := 1
	switch x {
	. case 1:
	}
}
