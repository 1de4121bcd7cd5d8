// break and continue outside of a loop (or switch, for break).
package main

func main() {
	println("start")
	break
	if true {
		continue
	}
}
