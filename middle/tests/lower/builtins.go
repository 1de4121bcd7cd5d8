// Builtins: len/cap (constant when the checker folded them), append (both forms), copy, make,
// new, panic, print/println, runtime.ReadMemStats, runtime.KeepAlive, unsafe.Sizeof.
package main

import (
	"runtime"
	"unsafe"
)

type T struct {
	a int8
	b int64
}

func arr() [4]int { return [4]int{} }

func main() {
	var a [3]int
	s := make([]int, 2, 10)
	t := make([]int, 5)
	println(len(a), cap(a), len(s), cap(s), len(t), len("abc"), len(arr()))
	s = append(s, 1)
	s = append(s, 2, 3)
	s = append(s, t...)
	bs := append([]byte("x"), "yz"...)
	n := copy(t, s)
	nb := copy(bs, "ab")
	p := new(int)
	*p = 5
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	runtime.KeepAlive(p)
	println(len(s), n, nb, string(bs), *p, unsafe.Sizeof(T{}), unsafe.Offsetof(T{}.b), unsafe.Alignof(a))
	println(1<<40, 'x', 2.5, "s", true, nil == p)
	print("no newline", 1, "\n")
	if ms.Mallocs == 0 {
		panic("no mallocs")
	}
	panic(42)
}
