// Interfaces: implementation, pointer receivers, type assertions and type switches.
//
// gc:
// ./interfaces.go:26:16: cannot use Sq{…} (value of struct type Sq) as Shape value in variable declaration: Sq does not implement Shape (method Area has pointer receiver)
// ./interfaces.go:27:16: cannot use Circ{} (value of struct type Circ) as Shape value in variable declaration: Circ does not implement Shape (missing method Area)
// ./interfaces.go:29:6: invalid operation: x (variable of type int) is not an interface
// ./interfaces.go:31:6: impossible type assertion: n.(Sq)
// 	Sq does not implement Named (missing method Name)
// ./interfaces.go:32:9: v declared and not used
// ./interfaces.go:33:12: duplicate case *Sq in type switch
// 	./interfaces.go:33:7: previous case
// ./interfaces.go:36:7: impossible type switch case: int
// 	s (variable of interface type Shape) cannot have dynamic type int (missing method Area)
package main

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q *Sq) Area() float64 { return q.s * q.s }

type Circ struct{}

type Named interface{ Name() string }

func main() {
	var s Shape = Sq{2}
	var t Shape = Circ{}
	x := 3
	_ = x.(int)
	var n Named
	_ = n.(Sq)
	switch v := s.(type) {
	case *Sq, *Sq:
	}
	switch s.(type) {
	case int:
	}
	_ = t
}
