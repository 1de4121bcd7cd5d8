// Conversions: numeric, named <-> underlying, string <-> []byte / []rune, string(rune),
// unsafe.Pointer <-> *T / uintptr.
package main

import "unsafe"

type MyInt int

type Bytes []byte

func main() {
	x := 300
	b := byte(x)
	f := float64(x) / 7
	i := int(f)
	m := MyInt(x)
	back := int(m) + 1
	s := "héllo"
	bs := []byte(s)
	s2 := string(bs)
	rs := []rune(s)
	s3 := string(rs)
	r := rune(0x4e16)
	s4 := string(r)
	nb := Bytes(s)
	p := &x
	up := unsafe.Pointer(p)
	addr := uintptr(up)
	q := (*int)(up)
	println(b, f, i, m, back, s2, len(rs), s3, s4, len(nb), addr != 0, *q)
}
