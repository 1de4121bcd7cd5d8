// Package registry keeps shapes in a slice of interfaces.
package registry

import "example.com/packages/shapes"

var all []shapes.Shape

func init() { println("registry: init") }

// Add stores s: its parameter leaks to the heap (into a package variable).
func Add(s shapes.Shape) { all = append(all, s) }

// Total calls Area through the interface on each shape.
func Total() int {
	t := 0
	for _, s := range all {
		t += s.Area()
	}
	return t
}
