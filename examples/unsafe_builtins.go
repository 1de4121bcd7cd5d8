// unsafe.String, unsafe.StringData, unsafe.Slice, unsafe.SliceData and unsafe.Add: strings and
// slices made from a pointer and a length without copying, and the run-time checks gc open-codes
// for them (a negative length, a nil pointer with a length, a length past the address space).
package main

import "unsafe"

type T struct{ a, b int32 }

func str(b []byte) string { return unsafe.String(&b[0], len(b)) }

func main() {
	b := []byte("hello, world")
	s := unsafe.String(&b[0], 5)
	println(s, len(s))
	b[0] = 'J'
	println(s)
	p := unsafe.StringData(s)
	println(*p, *(*byte)(unsafe.Add(unsafe.Pointer(p), 4)))
	arr := [4]T{{1, 2}, {3, 4}, {5, 6}, {7, 8}}
	sl := unsafe.Slice(&arr[1], 2)
	println(len(sl), cap(sl), sl[0].a, sl[1].b)
	println(unsafe.SliceData(sl) == &arr[1], unsafe.SliceData([]int(nil)) == nil)
	var z [0]int
	zs := unsafe.Slice(&z, 3)
	println(len(zs))
	println(unsafe.String(nil, 0) == "", len(unsafe.Slice((*int)(nil), 0)))
	var u8 uint8 = 3
	println(unsafe.String(&b[1], u8), str(b[2:4]))
	q := unsafe.Add(unsafe.Pointer(&arr[3]), -8)
	println((*T)(q).a)
	for _, f := range []func(){
		func() { n := -1; _ = unsafe.String(&b[0], n) },
		func() { n := 1; _ = unsafe.String(nil, n) },
		func() { n := -1; _ = unsafe.Slice(&arr[0], n) },
		func() { n := 2; _ = unsafe.Slice((*T)(nil), n) },
		func() { n := uint64(1) << 62; _ = unsafe.Slice(&arr[0], n) },
		func() { n := uint64(1) << 63; _ = unsafe.String(&b[0], n) },
		func() { n := 1; _ = unsafe.Slice((*[0]int)(nil), n) },
	} {
		func() {
			defer func() { println(recover().(error).Error()) }()
			f()
		}()
	}
	var big uintptr = 1 << 63
	_ = unsafe.String(&b[0], big)
}
