// println of interface values prints the two words as (0x…,0x…): the type word (type
// descriptor for an empty interface, itab otherwise) and the data word. The program prints
// each interface, then its two words read through unsafe, so a test can check they agree.
package main

import "unsafe"

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func words(p unsafe.Pointer) (unsafe.Pointer, unsafe.Pointer) {
	w := (*[2]unsafe.Pointer)(p)
	return w[0], w[1]
}

func main() {
	var e any = 1000
	var s Shape = Sq{3}
	var none any
	var noShape Shape
	println(e)
	println(words(unsafe.Pointer(&e)))
	println(s)
	println(words(unsafe.Pointer(&s)))
	println(none, noShape)
}
