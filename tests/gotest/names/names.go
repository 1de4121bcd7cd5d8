// Package names is what the pattern tests run `gocrane test -run` and `-list` on: its
// tests do nothing, but their names (and their subtests' names) differ in case, digits,
// underscores and non-ASCII letters, so that the patterns in patterns.txt pick different
// sets of them.
package names
