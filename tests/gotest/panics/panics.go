// Package panics has a test that panics.
package panics
