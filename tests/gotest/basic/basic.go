// Package basic is what tests/gotest.rs runs `gocrane test` and `go test` on: tests that
// pass, fail, skip, log, use helpers, subtests and cleanups, and examples.
package basic

import "strings"

// Greet says hello.
func Greet(name string) string { return "hello, " + name }

// Words splits s at spaces.
func Words(s string) []string { return strings.Fields(s) }
