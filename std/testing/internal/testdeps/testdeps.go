// Package testdeps is what the main function `gocrane test` generates gives the testing
// package: the tested package's import path and a regular-expression matcher for the
// -run, -bench, -skip and -list patterns. The matcher (regexp.go, regexp_match.go) accepts
// Go's regexp syntax and reports Go's errors; it lives here rather than in a regexp package
// so that only test binaries carry it.
package testdeps

// ImportPath is the import path of the package under test (set by the generated main).
var ImportPath string

// TestDeps is the testing package's view of the test binary.
type TestDeps struct{}

// ImportPath is the tested package's import path.
func (TestDeps) ImportPath() string { return ImportPath }

// The pattern compiled last, kept because the testing package asks about one pattern
// many times in a row (as gc's testdeps does).
var (
	lastPattern string
	lastProgram *program
	lastErr     error
	haveLast    bool
)

// MatchString reports whether str contains a match of the regular expression pat, as Go's
// regexp.MatchString does. An invalid pat is an error with regexp's text.
func (TestDeps) MatchString(pat, str string) (bool, error) {
	if !haveLast || pat != lastPattern {
		lastPattern = pat
		lastProgram, lastErr = compileRegexp(pat)
		haveLast = true
	}
	if lastErr != nil {
		return false, lastErr
	}
	return lastProgram.match(str), nil
}
