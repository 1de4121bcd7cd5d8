package main

// Captured loop variables (range and 3-clause loops with continue, per-iteration copies),
// captured arrays over and under 128 bytes, type switch variables, goto loops, local types,
// pointers, slices and interfaces captured.

type S struct{ a [40]int }

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

var fs []func() int

func main() {
	for i, v := range []int{10, 20, 30} {
		fs = append(fs, func() int { return i*100 + v })
	}
	arr := [3]string{"a", "b", "c"}
	for i := range arr {
		fs = append(fs, func() int { return len(arr[i]) + i })
	}
	for i := 0; i < 5; i++ {
		if i%2 == 0 {
			continue
		}
		fs = append(fs, func() int { return i })
	}
	var big S
	big.a[39] = 7
	g := func() int { big.a[0]++; return big.a[39] + big.a[0] }
	g()
	println(g(), big.a[0])
	var sh Shape = Sq{3}
	switch x := sh.(type) {
	case Sq:
		fs = append(fs, func() int { return x.s })
	}
	n := 0
loop:
	if n < 3 {
		h := func() { n++ }
		h()
		goto loop
	}
	println(n)
	type local struct{ v int }
	lv := local{5}
	fs = append(fs, func() int { return lv.v })
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	x := 1
	p := &x
	k := func() int { return *p + x }
	x = 5
	println(k())
	s := "hello"
	b := []byte(s)
	q := func() string { return string(b) + s }
	println(q())
	var iface interface{} = 42
	r := func() interface{} { return iface }
	println(r().(int))
}
