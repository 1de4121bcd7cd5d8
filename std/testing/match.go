package testing

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// matcher decides which tests run (-test.run, -test.skip, -test.bench) and names subtests:
// a subtest's name is its parent's, `/`, and its own with spaces made `_` and unprintable
// runes escaped; a name met again gets `#01`, `#02`, ….
type matcher struct {
	filter    filterMatch
	skip      filterMatch
	matchFunc func(pat, str string) (bool, error)
	// The names given so far, and how many times each (gocrane has no maps: a list).
	names  []string
	counts []int
}

// filterMatch is a pattern split at its top-level `/` (one regexp per level of subtests),
// or an alternation of such patterns at top-level `|`.
type filterMatch struct {
	levels []string
	alts   []filterMatch
	// none: an empty alternation, matching nothing (-test.skip unset).
	none bool
}

func newMatcher(matchString func(pat, str string) (bool, error), patterns, flagName, skips string) *matcher {
	filter := filterMatch{}
	if patterns != "" {
		filter = splitRegexp(patterns)
		if err := filter.verify(flagName, matchString); err != nil {
			fmt.Fprintf(os.Stderr, "testing: invalid regexp for %s\n", err)
			os.Exit(1)
		}
	}
	skipper := filterMatch{none: true}
	if skips != "" {
		skipper = splitRegexp(skips)
		if err := skipper.verify("-test.skip", matchString); err != nil {
			fmt.Fprintf(os.Stderr, "testing: invalid regexp for %v\n", err)
			os.Exit(1)
		}
	}
	return &matcher{filter: filter, skip: skipper, matchFunc: matchString}
}

// fullName is the name of subtest subname of c (c nil or the root: a top-level name), and
// whether it runs; partial: only a prefix of the pattern's levels matched it.
func (m *matcher) fullName(c *common, subname string) (name string, ok, partial bool) {
	name = subname
	if c != nil && c.level > 0 {
		name = m.unique(c.name, rewrite(subname))
	}
	elem := strings.Split(name, "/")
	ok, partial = m.filter.matches(elem, m.matchFunc)
	if !ok {
		return name, false, false
	}
	skipped, partialSkip := m.skip.matches(elem, m.matchFunc)
	if skipped && !partialSkip {
		return name, false, false
	}
	return name, ok, partial
}

func (f filterMatch) matches(name []string, matchString func(pat, str string) (bool, error)) (ok, partial bool) {
	if f.none {
		return false, false
	}
	if f.alts != nil {
		for _, a := range f.alts {
			if ok, partial = a.matches(name, matchString); ok {
				return ok, partial
			}
		}
		return false, false
	}
	for i, s := range name {
		if i >= len(f.levels) {
			break
		}
		if ok, _ := matchString(f.levels[i], s); !ok {
			return false, false
		}
	}
	return true, len(name) < len(f.levels)
}

func (f filterMatch) verify(flagName string, matchString func(pat, str string) (bool, error)) error {
	if f.alts != nil {
		for i, a := range f.alts {
			if err := a.verify(flagName, matchString); err != nil {
				return fmt.Errorf("alternation %d of %s", i, err)
			}
		}
		return nil
	}
	for i, s := range f.levels {
		f.levels[i] = rewrite(s)
	}
	for i, s := range f.levels {
		if _, err := matchString(s, "non-empty"); err != nil {
			return fmt.Errorf("element %d of %s (%q): %s", i, flagName, s, err)
		}
	}
	return nil
}

// splitRegexp splits a pattern at the `/` and `|` outside brackets and parentheses.
func splitRegexp(s string) filterMatch {
	var levels []string
	var alts []filterMatch
	brackets, parens := 0, 0
	for i := 0; i < len(s); {
		switch s[i] {
		case '[':
			brackets++
		case ']':
			if brackets--; brackets < 0 {
				brackets = 0
			}
		case '(':
			if brackets == 0 {
				parens++
			}
		case ')':
			if brackets == 0 {
				parens--
			}
		case '\\':
			i++
		case '/', '|':
			if brackets == 0 && parens == 0 {
				levels = append(levels, s[:i])
				bar := s[i] == '|'
				s = s[i+1:]
				i = 0
				if bar {
					alts = append(alts, filterMatch{levels: levels})
					levels = nil
				}
				continue
			}
		}
		i++
	}
	levels = append(levels, s)
	if alts == nil {
		return filterMatch{levels: levels}
	}
	return filterMatch{alts: append(alts, filterMatch{levels: levels})}
}

// count is how many times name was given (0 if never); bump adds one.
func (m *matcher) count(name string) int {
	for i, n := range m.names {
		if n == name {
			return m.counts[i]
		}
	}
	return 0
}

func (m *matcher) bump(name string) {
	for i, n := range m.names {
		if n == name {
			m.counts[i]++
			return
		}
	}
	m.names = append(m.names, name)
	m.counts = append(m.counts, 1)
}

// unique is parent/subname, with a `#NN` suffix when that name was given already (or would
// read as one given with a suffix).
func (m *matcher) unique(parent, subname string) string {
	base := parent + "/" + subname
	for {
		n := m.count(base)
		m.bump(base)
		if n == 0 && subname != "" {
			prefix, nn := parseSubtestNumber(base)
			if len(prefix) < len(base) && nn < m.count(prefix) {
				// `x#01` given while `x` was given twice already: taken.
				continue
			}
			return base
		}
		name := fmt.Sprintf("%s#%02d", base, n)
		if m.count(name) != 0 {
			continue
		}
		return name
	}
}

// parseSubtestNumber splits `name#NN` into name and NN (or gives s and 0).
func parseSubtestNumber(s string) (prefix string, nn int) {
	i := strings.LastIndex(s, "#")
	if i < 0 {
		return s, 0
	}
	prefix, suffix := s[:i], s[i+1:]
	if len(suffix) < 2 || (len(suffix) > 2 && suffix[0] == '0') {
		return s, 0
	}
	if suffix == "00" && !strings.HasSuffix(prefix, "/") {
		return s, 0
	}
	n, err := strconv.ParseInt(suffix, 10, 32)
	if err != nil || n < 0 {
		return s, 0
	}
	return prefix, int(n)
}

// rewrite makes a subtest name printable: spaces become `_`, unprintable runes their escape.
func rewrite(s string) string {
	var b []byte
	for _, r := range s {
		switch {
		case isSpace(r):
			b = append(b, '_')
		case !strconv.IsPrint(r):
			q := strconv.QuoteRune(r)
			b = append(b, q[1:len(q)-1]...)
		default:
			b = append(b, string(r)...)
		}
	}
	return string(b)
}

func isSpace(r rune) bool {
	if r < 0x2000 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0, 0x1680:
			return true
		}
		return false
	}
	if r <= 0x200a {
		return true
	}
	switch r {
	case 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return false
}
