// Types spelled two ways: as types2's messages print them (frontend/tests/check.rs,
// type_strings) and as gc's link strings in `type:…` symbols and type hashes
// (backend/tests/reflectdata.rs, link_strings_are_gcs; checked against `go build -gcflags=-S`).
package main

type E struct{ X int }
type T struct {
	A int
	b string
	E
	*int
	t int `tag:"x"`
	c []byte
}
type I interface {
	M(int, ...string) (bool, error)
	n()
}

var v1 T
var v2 *T
var v3 [3]rune
var v4 struct {
	A int
	b string
}
var v5 *interface {
	M(int) string
	n()
}
var v6 interface{}
var v7 []struct{}
var v8 I

func main() {
	type L struct{ z int }
	var v9 L
	_ = v9
}
