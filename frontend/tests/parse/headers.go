// The composite-literal ambiguity in if/for/switch headers (Go spec, "Composite literals").
package main

func headers() {
	if x == (T{}) {
	}
	if x == T {
	}
	for _, v := range []int{1, 2} {
		_ = v
	}
	for i := range [3]int{} {
		_ = i
	}
	switch p := (Point{1, 2}); p.X {
	}
	if f(T{1}) {
	}
	if xs[T{}.n] {
	}
	for x := range map[string]int{"a": 1} {
		_ = x
	}
	if v := struct{ a int }{1}; v.a > 0 {
	}
	if func() bool { return T{} == T{} }() {
	}
}
