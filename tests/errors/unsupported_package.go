// A library package: valid Go, but gocrane builds only programs (package main).
package shapes

func Area(w, h int) int { return w * h }
