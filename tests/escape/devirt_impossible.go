// gc does not devirtualize an interface call to a concrete type that does not implement the
// interface called through: the type assertion it would insert is impossible (the program
// panics there instead).
package main

type S struct{ a int }

func (s *S) Name() int8 { return 1 }

type I1 interface{ Name() int8 }
type I2 interface{ Name() int64 }

func main() {
	var i1 I1 = &S{}
	print(i1.(I2).Name())
	print(i1.Name())
}
