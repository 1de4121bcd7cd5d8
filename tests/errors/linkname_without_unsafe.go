package main

//go:linkname zeroVal runtime.zeroVal
var zeroVal [1024]byte

func main() {
	println(len(zeroVal))
}
