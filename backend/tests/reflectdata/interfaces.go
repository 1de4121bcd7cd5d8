package main

// Interfaces: empty, error, unnamed with unexported methods, a named
// value type stored in several interfaces.
type Stringer interface{ String() string }

type Celsius float64

func (c Celsius) String() string { return "C" }
func (c Celsius) Error() string  { return "E" }
func (c Celsius) private() int   { return 0 }

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

var s Stringer
var e error
var a any
var p interface{ private() int }
var q interface {
	String() string
	private() int
}

func main() {
	c := Celsius(1.5)
	s = c
	e = c
	a = c
	p = c
	q = c
	e = &MyErr{"x"}
}
