// Errors inside function literals: branches and labels are checked per literal body, results
// against the literal's signature, unused variables at the end of the literal (so the tenth
// error, where gc stops with `too many errors`, is gc's).
package main

type T struct{}

func (t *T) P() {}

func main() {
	for i := 0; i < 3; i++ {
		func() {
			break
		}()
	}
L:
	for {
		func() {
			continue L
		}()
	}
	f := func() int {
		return "x"
	}
	g := func() {
		unused := 1
	}
	h := func() { goto M }
	M:
	const c = func() int { return 1 }()
	T{}.P
	k := T{}.P
	_ = k
	_, _, _ = f, g, h
}
