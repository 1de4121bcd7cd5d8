// Allocation counts of non-escaping make, append, string conversions and concatenation
// (stack buffers of 32 bytes, as gc 1.25+), checked against gc with runtime.MemStats.
package main

import "runtime"

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

var sink []int
var gstr string

//go:noinline
func varMake(n int) int {
	s := make([]int, n)
	s[0] = 1
	return len(s) + cap(s)
}

//go:noinline
func appendLocal(n int) int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return len(s) + cap(s)
}

//go:noinline
func concatLocal(a, b string) int {
	s := a + b
	return len(s)
}

//go:noinline
func concat6(a string) int {
	s := a + a + a + a + a + a
	return len(s)
}

//go:noinline
func bytesLocal(s string) int {
	b := []byte(s)
	b[0] = 'x'
	return len(b) + cap(b)
}

//go:noinline
func bytesRO(s string) int {
	b := []byte(s)
	return int(b[0]) + len(b) + cap(b)
}

//go:noinline
func strLocal(b []byte) int {
	s := string(b)
	return len(s)
}

//go:noinline
func constMake() int {
	s := make([]int, 10)
	s[1] = 2
	return len(s)
}

//go:noinline
func bigMake() int {
	s := make([]int, 10000)
	s[1] = 2
	return len(s)
}

//go:noinline
func vari(xs ...int) int { return len(xs) }

//go:noinline
func runesLocal(s string) int {
	r := []rune(s)
	return len(r) + cap(r)
}

//go:noinline
func runesBack(r []rune) int {
	s := string(r)
	return len(s)
}

//go:noinline
func intstr(n int) int {
	s := string(rune(n))
	return len(s)
}

//go:noinline
func escapeNew() *int {
	p := new(int)
	return p
}

//go:noinline
func localNew() int {
	p := new(int)
	*p = 3
	return *p
}

func main() {
	b := mallocs()
	r := varMake(3)
	println("varMake 3", mallocs()-b, r)
	b = mallocs()
	r = varMake(5)
	println("varMake 5", mallocs()-b, r)
	b = mallocs()
	r = appendLocal(4)
	println("appendLocal 4", mallocs()-b, r)
	b = mallocs()
	r = appendLocal(20)
	println("appendLocal 20", mallocs()-b, r)
	b = mallocs()
	r = concatLocal("ab", "cd")
	println("concat short", mallocs()-b, r)
	b = mallocs()
	r = concatLocal("abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwxyz")
	println("concat long", mallocs()-b, r)
	b = mallocs()
	r = concat6("ab")
	println("concat6", mallocs()-b, r)
	b = mallocs()
	r = bytesLocal("abc")
	println("bytes short", mallocs()-b, r)
	b = mallocs()
	r = bytesLocal("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz")
	println("bytes long", mallocs()-b, r)
	b = mallocs()
	r = bytesRO("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz")
	println("bytes ro", mallocs()-b, r)
	bs := []byte{'a', 'b'}
	b = mallocs()
	r = strLocal(bs)
	println("str short", mallocs()-b, r)
	b = mallocs()
	r = constMake()
	println("constMake", mallocs()-b, r)
	b = mallocs()
	r = bigMake()
	println("bigMake", mallocs()-b, r)
	b = mallocs()
	r = vari(1, 2, 3)
	println("vari", mallocs()-b, r)
	b = mallocs()
	r = runesLocal("héllo")
	println("runes", mallocs()-b, r)
	rs := []rune("héllo")
	b = mallocs()
	r = runesBack(rs)
	println("runesBack", mallocs()-b, r)
	b = mallocs()
	r = intstr(0x4e16)
	println("intstr", mallocs()-b, r)
	b = mallocs()
	p := escapeNew()
	println("escapeNew", mallocs()-b, *p)
	b = mallocs()
	r = localNew()
	println("localNew", mallocs()-b, r)
}
