package main

// Found by tests/difftest.rs (random programs compared with gc):
// * an untyped constant shift count prints as gc's implicit uint(N);
// * a type-switch clause variable of one interface case is x.(I) for devirtualization, so a
//   call through it is direct and what x holds need not escape;
// * a conversion of a parenthesised expression is reported at the parenthesis;
// * any(s) of a string is an interface conversion (with its remark) in a comparison too;
// * a conversion's remark comes before those of what it converts (any(s + "x"));
// * a variable initialised with a variable stands for that one's static value (t := "x\n";
//   u := t; any(u) is the constant's conversion).

type Shape interface{ Area() int }

type Box struct{ w, h int }

func (b *Box) Area() int { return b.w * b.h }

var sink any

func name() string { return "n" }

func shifts(a int) {
	sink = a << 1
	sink = a >> 3
	sink = (a & 1)
}

func typeSwitch(w int) int {
	var e any = &Box{w, 2}
	switch v := e.(type) {
	case Shape:
		return v.Area()
	case int:
		return v
	}
	return 0
}

func compare(e any) bool {
	s := name()
	return e == any(s) || any(s+"x") == e
}

func chain() any {
	t := "x\n"
	u := t
	var e any = u
	return e
}

// An explicit conversion of a variable that stands for a constant names the constant.
func explicit(e any) bool {
	t := "hello, world"
	return e == any(t)
}

func main() {
	shifts(3)
	println(typeSwitch(4), compare(sink), chain() == any("x\n"), explicit(sink))
}
