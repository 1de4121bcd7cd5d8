// gc reads a multi-value expression into temporaries (`a, b = f()`, `return f()`, `g(f())`,
// `x, ok = y.(T)`) and names them `.autotmp_N` in -m, N counting the function's variables
// declared so far: receiver, parameters and results (unnamed ones too), each `:=`, `var` and
// range variable, one per type-switch clause, and earlier temporaries. The remark sits at the
// `=`, the `return` or the call's `(`.
package main

type T struct{ n int }

var sink interface{}

func two() (int, string)          { return 1, "a" }
func pair(a, b interface{}) int   { return 0 }
func (t *T) both() (*T, error)    { return t, nil }
func three() (int, int, int)      { return 1, 2, 3 }
func trio(a, b, c interface{}) {}

func (t T) M(_ int, x int) (r interface{}, _ interface{}) {
	var y interface{} = x
	switch v := y.(type) {
	case int:
		_ = v
	case string, bool:
		_ = v
	default:
	}
	for i, c := range "hé" {
		_, _ = i, c
	}
	if a, ok := y.(int); ok {
		sink, sink = a, ok
	}
	var p, q interface{} = two()
	sink, sink = p, q
	trio(three())
	return two()
}

func g(x interface{}) (interface{}, bool) {
	v, ok := x.(int)
	_ = v
	if true {
		return nil, false
	}
	sink, ok = x.(int)
	return nil, ok
}

func main() {
	var t T
	t.M(1, 2)
	sink = pair(two())
	var e interface{}
	var err error
	e, err = (&t).both()
	sink, sink = e, err
	g(3)
	asserts()
	k := 0
	k, sink = two()
	_ = k
}

func asserts() {
	{
		i := 0
		j := 0
		var ok bool
		var x interface{} = i
		var y interface{} = j

		sink = x.(int)
		sink, *(&ok) = y.(int)
	}
	{
		j := 0
		var ok bool
		var y interface{} = j
		sink, ok = y.(int)
		_ = ok
		var z interface{} = j
		sink, *(&ok) = z.(int)
	}
}
