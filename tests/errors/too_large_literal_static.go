package main

// A composite literal of constants too big for registers lives in a read-only static,
// main..stmp_0 here: 8 TiB is over gc's limit for one symbol. gc reports it when it writes
// the object, at the last statement its walk visited.
func main() {
	a := [1 << 40]int{1}
	println(a[0])
	if a[1] == 0 {
		println("zero")
	}
}
