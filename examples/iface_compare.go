// iface_compare.go: two interface values are equal when both are nil, or when their dynamic
// types are identical and their dynamic values are equal (compared with the type's own
// equality). A nil pointer stored in an interface makes a non-nil interface.
package main

type Animal interface {
	Name() string
}

type Cat struct {
	name string
}

func (c Cat) Name() string { return c.name }

type Robot struct {
	id int
}

func (r *Robot) Name() string { return "robot" }

type MyInt int

type Err struct{}

func (e *Err) Error() string { return "an error" }

// mayFail returns a nil *Err as an error: the classic mistake, the result is not nil.
func mayFail() error {
	var e *Err
	return e
}

func main() {
	var a, b any
	println("nil == nil:", a == b)

	a, b = 1, 1
	println("1 == 1:", a == b)
	b = 2
	println("1 == 2:", a == b)
	b = MyInt(1) // same value, different dynamic type
	println("int(1) == MyInt(1):", a == b)
	b = int64(1)
	println("int(1) == int64(1):", a == b)

	a, b = "go", "g"+"o"
	println("strings:", a == b)
	a, b = 1.5, 1.5
	println("floats:", a == b)

	var c1, c2 Animal = Cat{"tom"}, Cat{"tom"}
	println("Cat == Cat:", c1 == c2)
	c2 = Cat{"felix"}
	println("Cat != Cat:", c1 != c2)

	r := &Robot{1}
	var r1, r2 Animal = r, r
	println("same pointer:", r1 == r2)
	r2 = &Robot{1}
	println("different pointers:", r1 == r2)

	// An interface compared with a concrete value: the value is converted first.
	println("Animal == Cat:", c1 == Cat{"tom"})
	var x any = 42
	println("any == 42:", x == 42, "any == \"42\":", x == "42")

	// A nil pointer inside an interface.
	var nilRobot *Robot
	var an Animal = nilRobot
	println("interface holding nil pointer == nil:", an == nil)
	println("it equals another one:", an == Animal(nilRobot))
	err := mayFail()
	println("err == nil:", err == nil)

	var none Animal
	println("nil interface == nil:", none == nil)
}
