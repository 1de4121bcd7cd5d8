// Package geom is internal: only packages under example.com/packages may import it.
package geom

// Scale is set before any package that imports geom initialises.
var Scale = scale()

func scale() int {
	println("geom: package variables")
	return 10
}

func init() { println("geom: init") }

// Mul multiplies two lengths at the package's scale.
func Mul(a, b int) int { return a * b * Scale }
