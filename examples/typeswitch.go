// typeswitch.go: a type switch picks a case by the dynamic type of an interface value.
// gc compiles the concrete cases by comparing the type's hash (read once from the type
// descriptor or itab) and confirming with a pointer compare: a few cases become a chain of
// compares, five or more distinct types a jump table indexed by some bits of the hash.
// Interface cases are resolved by one runtime call for all of them. `case nil` matches only a
// nil interface; in a case listing several types, the bound variable keeps the switch's type.
package main

type Stringer interface {
	String() string
}

type Celsius float64

func (c Celsius) String() string { return "celsius" }

type Point struct {
	x, y int
}

type Color uint8

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return "blue"
}

type Pet interface {
	Sound() string
}

type Dog struct{ name string }

func (d *Dog) Sound() string { return d.name + " says woof" }

// small has fewer than five concrete cases.
func small(x any) string {
	switch x.(type) {
	case int:
		return "int"
	case string:
		return "string"
	case bool:
		return "bool"
	}
	return "other"
}

// big has many concrete cases (a jump table under gc), interface cases, nil, a multi-type
// case and a default.
func big(x any) {
	switch v := x.(type) {
	case nil:
		println("nil")
	case int:
		println("int", v+1)
	case int8:
		println("int8", v)
	case int16:
		println("int16", v)
	case int32:
		println("int32", v)
	case int64:
		println("int64", v)
	case uint, uint8, uint16: // v is still an `any` here
		println("some unsigned integer")
	case float64:
		println("float64", v*2)
	case string:
		println("string of length", len(v), v)
	case Point:
		println("Point", v.x, v.y)
	case *Point:
		println("*Point", v.x, v.y)
	case []int:
		println("[]int", len(v))
	case Stringer:
		println("Stringer", v.String())
	case Pet:
		println("Pet", v.Sound())
	default:
		println("default")
	}
}

func kind(p Pet) string {
	// A switch on a non-empty interface: the concrete cases compare itabs.
	switch p.(type) {
	case *Dog:
		return "dog"
	case nil:
		return "nobody"
	}
	return "unknown"
}

func main() {
	println(small(1), small("a"), small(true), small(2.5), small(nil))

	values := []any{
		nil, 41, int8(-8), int16(300), int32(-70000), int64(1) << 40,
		uint(1), uint8(2), uint16(3), uint32(4), 1.25, "hello",
		Point{1, 2}, &Point{3, 4}, []int{1, 2, 3},
		Celsius(21.5), Color(1), Color(7), &Dog{"rex"}, Dog{"max"}, struct{}{},
	}
	for _, v := range values {
		big(v)
	}

	var p Pet
	println(kind(p))
	p = &Dog{"fido"}
	println(kind(p))
}
