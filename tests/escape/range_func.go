// Range over functions: which loop bodies escape, and which of the rewrite's variables
// (#stateN, #next, #rvN) and captured variables move to the heap with them.
package main

type Seq func(yield func(int) bool)

type List struct{ items []string }

func (l *List) All(yield func(int, string) bool) {
	for i, s := range l.items {
		if !yield(i, s) {
			return
		}
	}
}

func (l *List) Backward() func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i := len(l.items) - 1; i >= 0; i-- {
			if !yield(i, l.items[i]) {
				return
			}
		}
	}
}

func upto(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func bad(yield func(int) bool) {
	yield(1)
	yield(2) // ignores false
}

func nested() (int, int) {
outer:
	for i := range upto(4) {
		for j := range upto(4) {
			if j > i {
				continue outer
			}
			if i+j == 5 {
				return i, j
			}
			if i == 3 {
				break outer
			}
		}
	}
	return -1, -1
}

func labels() int {
	n := 0
	for i := 0; i < 3; i++ {
		for j := range upto(10) {
			if j == 2 {
				continue
			}
			if j == 4 {
				break
			}
			n += i * j
		}
	}
loop:
	for k := range upto(10) {
		switch {
		case k == 1:
			continue
		case k == 5:
			break loop
		}
		n += k
	}
	return n
}

func gotos() (s int) {
	i := 0
again:
	i++
	for x := range upto(10) {
		if x == 3 && i < 3 {
			goto again
		}
		s += x
		if x == 5 {
			break
		}
	}
	return s + i*100
}

func assign() {
	var i int
	var s string
	l := &List{items: []string{"x", "y", "z"}}
	for i, s = range l.All {
		if i == 1 {
			break
		}
	}
	println(i, s)
	for _, s := range l.Backward() {
		print(s)
	}
	println()
}

func main() {
	println(nested())
	println(labels())
	println(gotos())
	assign()
	defer func() {
		println("recovered:", recover().(error).Error())
	}()
	for x := range bad {
		println("got", x)
		break
	}
}
