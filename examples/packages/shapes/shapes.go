// Package shapes declares an interface and types that satisfy it; their type descriptors and
// itabs carry the package's full import path: type:example.com/packages/shapes.Rect.
package shapes

import "example.com/packages/internal/geom"

type Shape interface {
	Area() int
	Name() string
}

type Rect struct {
	W, H int
	tag  string // unexported: its name in the descriptor carries the package path
}

func (r Rect) Area() int       { return geom.Mul(r.W, r.H) }
func (r Rect) Name() string    { return "rect " + r.tag }
func (s *Square) Area() int    { return geom.Mul(s.Side, s.Side) }
func (s *Square) Name() string { return "square" }

type Square struct{ Side int }

// Labeled embeds Rect: Area and Name are promoted through wrappers made in this package.
type Labeled struct {
	Rect
	Label string
}

// NewRect returns a pointer: the Rect escapes to the heap (inside this package).
func NewRect(w, h int, tag string) *Rect { return &Rect{W: w, H: h, tag: tag} }

// Count is initialised after geom's variables: geom is initialised first.
var Count = geom.Scale + 1

func init() { println("shapes: init, Count =", Count) }
