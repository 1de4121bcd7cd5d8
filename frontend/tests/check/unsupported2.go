// gocrane-specific: more constructs outside the subset, rejected by name.
package main

type T struct{}

func (T) M() {}

func main() {
	m := map[string]int{}
	var c float64
	g := main
	var t T
	h := t.M
	k := T.M
	select {}
	_, _, _, _, _, _ = m, c, g, h, k, 1.5
	recover()
	var p chan<- int
	p <- 1
}
