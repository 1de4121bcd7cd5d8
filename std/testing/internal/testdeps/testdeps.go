// Package testdeps is what the main function `gocrane test` generates gives the testing
// package: the tested package's import path and a regular-expression matcher.
package testdeps

// ImportPath is the import path of the package under test (set by the generated main).
var ImportPath string

// TestDeps is the testing package's view of the test binary.
type TestDeps struct{}

// ImportPath is the tested package's import path.
func (TestDeps) ImportPath() string { return ImportPath }

// MatchString reports whether str matches the regular expression pat (RE2 syntax, as Go's
// regexp package; the runtime matches it). An invalid pat is an error.
func (TestDeps) MatchString(pat, str string) (bool, error) {
	switch matchString(pat, str) {
	case 1:
		return true, nil
	case 0:
		return false, nil
	}
	return false, regexpError(regexpProblem(pat))
}

type regexpError string

func (e regexpError) Error() string { return string(e) }

// matchString is 1 when str matches pat, 0 when not, -1 when pat is not a regular expression.
//
//go:noescape
func matchString(pat, str string) int

// regexpProblem is what is wrong with pat, in the form of Go's regexp errors.
//
//go:noescape
func regexpProblem(pat string) string
