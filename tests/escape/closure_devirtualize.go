package main

// Devirtualization inside function literals, through captured variables, and gc's order of
// its remarks: declared functions first, then literals as gc's noder reads their bodies (from
// a stack: the last function's literals first, a literal's nested ones after its siblings).

type Shape interface{ Area() int }
type Num int

func (n Num) Area() int { return int(n) }

var kept []func() int

func keepf(f func() int) int { kept = append(kept, f); return f() }

func f0() int {
	var sh Shape = Num(1)
	b := keepf(func() int { return sh.Area() })
	c := keepf(func() int { return sh.Area() + 1 })
	return b + c
}

func f1() int {
	var sh Shape = Num(2)
	b := keepf(func() int { return sh.Area() })
	d := func() int {
		e := keepf(func() int { return sh.Area() })
		return e + sh.Area()
	}()
	return b + d
}

func f2() int {
	var sh Shape = Num(3)
	b := keepf(func() int { return sh.Area() })
	return b + sh.Area()
}

func main() { println(f0(), f1(), f2()) }
