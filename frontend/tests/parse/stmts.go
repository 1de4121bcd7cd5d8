// Every statement form.
package main

func stmts(ch chan int, xs []int, m map[string]int) {
	var a, b int
	const k = 1
	type local struct{}
	a = 1
	a, b = b, a
	c := 2
	c += 3
	c <<= 1
	c &^= 4
	c++
	b--
	ch <- c
	<-ch
	v, ok := <-ch
	_, _ = v, ok
	go func() {}()
	defer println(a)
	if a > b {
		return
	} else if c := a; c < 0 {
		a = c
	} else {
		b = a
	}
	for {
		break
	}
	for a < 10 {
		a++
		continue
	}
	for i := 0; i < 3; i++ {
	}
	for ; ; a++ {
	}
	for i := range xs {
		_ = i
	}
	for i, x := range xs {
		_, _ = i, x
	}
	for range 3 {
	}
	for k, v = range m {
	}
outer:
	for {
		for {
			break outer
			continue outer
		}
	}
	switch {
	case a > 1, a < -1:
		fallthrough
	case a == 0:
	default:
		a = 2
	}
	switch x := a; x {
	case 1:
	}
	switch y := interface{}(a).(type) {
	case int, string:
		_ = y
	case nil:
	case []int, map[string]int, func(), *int, chan int:
	}
	switch interface{}(a).(type) {
	}
	select {
	case v := <-ch:
		_ = v
	case ch <- 1:
	case <-ch:
	default:
	}
	goto end
end:
	{
		a = 0
	}
	;
}
