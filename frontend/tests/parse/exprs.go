// Every expression form, including types in expression position.
package main

func exprs() {
	_ = a + b*c - d/e%f
	_ = a<<1 | b>>2 ^ c&d &^ e
	_ = a == b || c != d && e < f
	_ = a <= b && c > d || e >= f
	_ = -a + +b - ^c
	_ = !ok
	_ = *p
	_ = &x
	_ = <-ch
	_ = (a + b) * c
	_ = x.y.z
	_ = fmt.Sprintf("%d", 1)
	_ = f(xs...)
	_ = f(a, b,
	)
	_ = xs[1]
	_ = xs[1:]
	_ = xs[:2]
	_ = xs[1:2]
	_ = xs[:]
	_ = xs[1:2:3]
	_ = xs[:2:3]
	_ = m["k"]
	_ = x.(T)
	_ = x.(*pkg.T)
	_ = []byte(s)
	_ = (*T)(p)
	_ = []int{1, 2, 3}
	_ = [...]string{"a", "b"}
	_ = [2][2]int{{1, 2}, {3, 4}}
	_ = map[string]int{"a": 1, "b": 2}
	_ = map[Point]string{{1, 2}: "p"}
	_ = []*Point{{X: 1}, &Point{Y: 2}}
	_ = struct{ a int }{a: 1}
	_ = Point{}
	_ = pkg.Point{1, 2}
	_ = func(x int) int { return x * 2 }(3)
	_ = make([]int, 10)
	_ = make(map[string][]int)
	_ = make(chan int, 1)
	_ = make(<-chan int)
	_ = make(chan<- int)
	_ = new(int)
	_ = new([]func())
	_ = make([]func(), 2)
	_ = []func(){f, g}
	_ = (func())(nil)
	_ = (*func(int))(nil)
	_ = interface{}(x)
	_ = len(s) + cap(xs)
	_ = 'a' + '\n' + '\x41' + '\u00e9'
	_ = "str\t" + `raw\n`
	_ = 0x1F + 0o17 + 0b101 + 017 + 1_000_000
	_ = 1.5 + .5 + 1e3 + 0x1p-2 + 2i
	_ = List[int]{}
	_ = f[int](x)
}
