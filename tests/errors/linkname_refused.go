package main

import "unsafe"

// gc's linker refuses a pull of a runtime symbol the runtime does not push.
//
//go:linkname zerobase runtime.zerobase
var zerobase uintptr

func main() {
	println(unsafe.Pointer(&zerobase) != nil)
}
